// Keys read straight from the terminal before Ink has loaded, as the key
// presses Ink's keys become (key-press.ts): the first frame is painted
// before Ink is imported, and keys typed at it must act, not wait or be lost.
import type {KeyName, KeyPress} from './key-table.js';
import {characterPress, escape} from './key-press.js';

// The final part of a CSI or SS3 sequence, or its number before `~`, as a key.
const finals: Record<string, KeyName> = {A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'tab'};
const tildes: Record<string, KeyName> = {1: 'home', 7: 'home', 4: 'end', 8: 'end', 5: 'pageUp', 6: 'pageDown', 3: 'backspace', 2: 'tab'};

const sequence = /^\u001B(?:\[([\d;]*)([~A-Za-z])|O([A-Za-z]))/;

/**
 * The presses in one read from a terminal in raw mode: arrows, Home, End,
 * PgUp and PgDn in their CSI and SS3 spellings, Esc alone or before a key
 * (read as the two keys, as key-press.ts reads Ink's Meta+key), Enter,
 * Backspace, Tab, Ctrl+letter, and every other character as typed. A
 * sequence this does not know is dropped rather than typed as text.
 */
export function rawPresses(read: string): KeyPress[] {
	const presses: KeyPress[] = [];
	let index = 0;
	while (index < read.length) {
		if (read[index] !== '\u001B') {
			const character = String.fromCodePoint(read.codePointAt(index)!);
			presses.push(characterPress(character));
			index += character.length;
			continue;
		}

		const match = sequence.exec(read.slice(index));
		if (match) {
			const [whole, parameters = '', final, ss3] = match;
			const name = ss3 === undefined ? (final === '~' ? tildes[parameters.split(';')[0]!] : finals[final!]) : finals[ss3];
			const modifier = Number(parameters.split(';')[1] ?? 1) - 1;
			if (name !== undefined) presses.push({input: '', name, ctrl: (modifier & 4) !== 0, meta: false});
			index += whole.length;
			continue;
		}

		presses.push(escape);
		index++;
	}

	return presses;
}
