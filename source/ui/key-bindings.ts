// Every key of the reader in one table: the input handler looks commands up
// here and the help screen prints the same rows, so the two cannot disagree.
import {type Key} from 'ink';

/** Where the keys go: `filter` is the list while the user types a filter. */
export type Mode = 'list' | 'filter' | 'article' | 'picker';

export type Command =
	| 'up'
	| 'down'
	| 'first'
	| 'last'
	| 'open'
	| 'filter'
	| 'erase'
	| 'clear'
	| 'quit'
	| 'next'
	| 'previous'
	| 'back'
	| 'react'
	| 'pick'
	| Choice
	| 'unreact'
	| 'cancel'
	| 'help'
	| 'exit';

/** The picker's digits: `choose1` picks the first reaction at once, and so on. */
export type Choice = `choose${1 | 2 | 3 | 4 | 5 | 6 | 7}`;

/** The reaction a digit picks (0 for `choose1`), or -1 for any other command. */
export function choiceIndex(command: Command): number {
	const match = /^choose([1-7])$/.exec(command);
	return match ? Number(match[1]) - 1 : -1;
}

export type Binding = {
	/** The keys as the help screen names them. */
	keys: string;
	does: string;
	/** Left out of the help screen when a row beside it names it already. */
	hidden?: boolean;
	/** Absent for a row that only explains (the filter's text). */
	command?: Command;
	matches?: (input: string, key: Key) => boolean;
};

const plain = (key: Key) => !key.ctrl && !key.meta;
const letter = (...letters: string[]) => (input: string, key: Key) => plain(key) && letters.includes(input);

const up = (input: string, key: Key) => key.upArrow || letter('k')(input, key);
const down = (input: string, key: Key) => key.downArrow || letter('j')(input, key);
const enter = (_input: string, key: Key) => key.return;
const escape = (_input: string, key: Key) => key.escape;
const help: Binding = {keys: '?', does: 'show these keys (any key closes)', command: 'help', matches: letter('?')};
const exit: Binding = {keys: 'Ctrl+C', does: 'quit broadsheet', command: 'exit', matches: (input, key) => key.ctrl && input === 'c'};

export const bindings: Record<Mode, Binding[]> = {
	list: [
		{keys: '↑ k', does: 'previous article', command: 'up', matches: up},
		{keys: '↓ j', does: 'next article', command: 'down', matches: down},
		{keys: 'g', does: 'first article', command: 'first', matches: letter('g')},
		{keys: 'G', does: 'last article', command: 'last', matches: letter('G')},
		{keys: 'Enter', does: 'open the article', command: 'open', matches: enter},
		{keys: '/', does: 'filter by title, label, summary, byline', command: 'filter', matches: letter('/')},
		{keys: 'Esc', does: 'clear the filter', command: 'clear', matches: escape},
		{keys: 'q', does: 'quit', command: 'quit', matches: letter('q')},
		help,
		exit,
	],
	filter: [
		{keys: 'text', does: 'narrow the list as you type'},
		{keys: 'Backspace', does: 'erase a character', command: 'erase', matches: (_input, key) => key.backspace || key.delete},
		{keys: '↑ ↓', does: 'move among the matches', command: 'up', matches: (_input, key) => key.upArrow},
		{keys: '↓', does: 'next match', command: 'down', matches: (_input, key) => key.downArrow, hidden: true},
		{keys: 'Enter', does: 'open the highlighted match', command: 'open', matches: enter},
		{keys: 'Esc', does: 'clear the filter', command: 'clear', matches: escape},
		exit,
	],
	article: [
		{keys: 'Space PgDn → l', does: 'next page (on the last: react)', command: 'next', matches: (input, key) => key.pageDown || key.rightArrow || letter(' ', 'l')(input, key)},
		{keys: 'b PgUp ← h', does: 'previous page', command: 'previous', matches: (input, key) => key.pageUp || key.leftArrow || letter('b', 'h')(input, key)},
		{keys: 'g Home', does: 'first page', command: 'first', matches: (input, key) => key.home || letter('g')(input, key)},
		{keys: 'G End', does: 'last page', command: 'last', matches: (input, key) => key.end || letter('G')(input, key)},
		{keys: 'r', does: 'react to the article', command: 'react', matches: letter('r')},
		{keys: 'q Esc', does: 'back to the list', command: 'back', matches: (input, key) => key.escape || letter('q')(input, key)},
		help,
		exit,
	],
	picker: [
		{keys: '↑ k', does: 'previous reaction', command: 'up', matches: up},
		{keys: '↓ j', does: 'next reaction', command: 'down', matches: down},
		{keys: 'Enter', does: 'pick the highlighted reaction', command: 'pick', matches: enter},
		// One row in the help for all seven digits.
		...([1, 2, 3, 4, 5, 6, 7] as const).map((digit): Binding => ({keys: '1–7', does: 'pick that reaction at once', hidden: digit > 1, command: `choose${digit}`, matches: letter(String(digit))})),
		{keys: 'x', does: "clear the article's reaction", command: 'unreact', matches: letter('x')},
		{keys: 'Esc', does: 'close without change', command: 'cancel', matches: escape},
		help,
		exit,
	],
};

/** The few keys that matter, for the status line: the longest that fits is shown. */
export const hints: Record<Mode, string[]> = {
	list: ['Enter open · / filter · ? keys · q quit', '/ filter · ? keys · q quit', '? keys'],
	filter: ['Enter open · Esc clear', 'Esc clear'],
	article: ['Space next · b back · r react · ? keys · q list', 'Space next · ? keys · q list', '? keys'],
	picker: ['1–7 pick · x clear · Esc cancel · ? keys', 'Esc cancel · ? keys', '? keys'],
};

/** On a screen too small to show any view, only the ways out work (SPEC §6: q exits). */
const tooSmallBindings: Binding[] = [{keys: 'q', does: 'quit', command: 'quit', matches: letter('q')}, exit];

export function commandFor(mode: Mode, input: string, key: Key, tooSmall = false): Command | undefined {
	return (tooSmall ? tooSmallBindings : bindings[mode]).find(binding => binding.matches?.(input, key))?.command;
}

/** Printable text typed into the filter (a paste arrives as one string). */
export function typedText(input: string, key: Key): string {
	if (key.ctrl || key.meta || key.tab || key.return || key.escape) return '';
	return input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
