// Ink's (input, Key) pair, turned into the key presses the key table reads.
// The only file of the reader that knows Ink's Key: the table and the state
// machine work on plain data and are tested without a terminal.
import type {Key} from 'ink';
import type {KeyName, KeyPress} from './key-table.js';

function nameOf(key: Key): KeyName | undefined {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageUp';
	if (key.pageDown) return 'pageDown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.escape) return 'escape';
	// Ink 6 reports Backspace (0x7f) as `delete`.
	if (key.backspace || key.delete) return 'backspace';
	if (key.tab) return 'tab';
	return undefined;
}

/**
 * The presses in one read. Fast typing, a held key or tmux's send-keys can
 * arrive as one string (`jj\r`): each character is a key, and Ink only
 * flags Enter, Backspace or Ctrl+C when they arrive alone.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
	const name = nameOf(key);
	// Escape also sets `meta` in Ink 6: it is a key of its own, not a modifier.
	const meta = key.meta && name !== 'escape';
	if (input.length <= 1 || key.ctrl || meta) return [{input, name, ctrl: key.ctrl, meta}];
	return Array.from(input, (character): KeyPress => {
		if (character === '\r' || character === '\n') return {input: character, name: 'return', ctrl: false, meta: false};
		if (character === '\u007F' || character === '\b') return {input: character, name: 'backspace', ctrl: false, meta: false};
		if (character === '\u0003') return {input: 'c', ctrl: true, meta: false};
		return {input: character, ctrl: false, meta: false};
	});
}
