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

/** Esc as a press of its own. */
export const escape: KeyPress = {input: '', name: 'escape', ctrl: false, meta: false};

/** One character of a read as a key: Enter, Backspace, Ctrl+letter, or the character typed. */
export function characterPress(character: string): KeyPress {
	// A line feed is Enter too: one typed before raw mode was set arrives as `\n` (the tty turned `\r` into it).
	if (character === '\r' || character === '\n') return {input: character, name: 'return', ctrl: false, meta: false};
	if (character === '\u007F' || character === '\b') return {input: character, name: 'backspace', ctrl: false, meta: false};
	if (character === '\t') return {input: character, name: 'tab', ctrl: false, meta: false};
	const code = character.codePointAt(0)!;
	// Ctrl+A to Ctrl+Z: Ctrl+C to quit, Ctrl+Z to suspend, wherever in a read they come.
	if (code >= 1 && code <= 26) return {input: String.fromCodePoint(code + 96), ctrl: true, meta: false};
	return {input: character, ctrl: false, meta: false};
}

/**
 * The presses in one read. Fast typing, a held key or tmux's send-keys can
 * arrive as one string (`jj\r`): each character is a key, and Ink only
 * flags Enter, Backspace or Ctrl+C when they arrive alone.
 *
 * Esc and the key after it in one read (fast typing, SSH, tmux) reach Ink as
 * `ESC x`, which it reports as Meta+x (Meta+Enter, Meta+↓ for `ESC ESC [B`).
 * The reader binds no Alt key, and `ESC x` is also what a terminal sends for
 * Alt+x: either way it is read as the two keys the terminal sent. (Ink 6.8
 * gives no Meta for `ESC` before punctuation, `ESC ?` is plain `?`: that Esc
 * cannot be told apart and is lost.)
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
	const name = nameOf(key);
	// Escape also sets `meta` in Ink 6: it is a key of its own, not a modifier.
	if (key.meta && name !== 'escape' && !key.ctrl) return [escape, ...keyPresses(input, {...key, meta: false})];
	if (key.ctrl || name !== undefined) return [{input, name, ctrl: key.ctrl, meta: false}];
	return Array.from(input, characterPress);
}
