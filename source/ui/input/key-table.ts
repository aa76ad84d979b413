// Every key of the reader in one table: the input handler looks commands up
// here, the help screen prints the same rows, the status line's hints and
// `--help`'s brief are read off them, and the picker's digits come from the
// reaction catalogue. Nothing about a key is written down twice.
import {type Reaction, reactions} from '../../news/catalogue.js';
import type {Command, Mode} from '../reader/commands.js';
import {scrollsHelp} from '../reader/help.js';
import type {ReaderEvent, ReaderState} from '../reader/state.js';

/** The keys that have names; key-press.ts reads them off Ink's Key. */
export type KeyName = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'backspace' | 'tab';

/** One key as plain data: the text it typed (a letter, a digit, a space) or its name, and its modifiers. */
export type KeyPress = {
	input: string;
	name?: KeyName;
	ctrl: boolean;
	meta: boolean;
};

/**
 * A binding's word in the status line. When space runs out the hints of
 * rank 3 go first, then those of rank 2; `at` orders them left to right.
 */
type Hint = {keys: string; says: string; rank: 1 | 2 | 3; at: number};

/** One row of the table: the keys, what they do, and how they are told apart and hinted. */
type Binding = {
	/** The keys as the help screen names them. */
	keys: string;
	does: string;
	/** Left out of the help screen when a row beside it names it already. */
	hidden?: boolean;
	/** Absent for a row that only explains (the filter's text). */
	command?: Command;
	matches?: (press: KeyPress) => boolean;
	/** Shown in the status line. */
	hint?: Hint;
	/** Shown in the status line while the list is filtered (and the filter no longer typed). */
	filteredHint?: Hint;
	/** Shown in the status line on an article's last page instead of `hint`, where the key does something else; null: not shown there. */
	lastPageHint?: Hint | null;
	/** Shown in the status line while the list shows a mood group's articles instead of `hint`; null: not shown there. */
	groupHint?: Hint | null;
};

/** What the status line shows hints for: a mode, the list while a filter holds or while it shows a mood group, an article's last page. */
type HintView = Mode | 'filtered' | 'lastPage' | 'group';

/** The reader's keys, built for one catalogue: what the input handler matches, the help screen prints and the status line hints. */
export type KeyTable = {
	bindings: Record<Mode, Binding[]>;
	/** Alternatives for the status line, longest first; the last is the shortest. */
	hints: Record<HintView, string[]>;
	/** On a screen too small to show any view, only the ways out work (SPEC §6: q exits). */
	tooSmall: Binding[];
};

const plain = (press: KeyPress) => !press.ctrl && !press.meta;
const letter = (...letters: string[]) => (press: KeyPress) => plain(press) && press.name === undefined && letters.includes(press.input);
const named = (...names: KeyName[]) => (press: KeyPress) => press.name !== undefined && names.includes(press.name);
const either = (...tests: Array<(press: KeyPress) => boolean>) => (press: KeyPress) => tests.some(test => test(press));

/** `1–7` for seven reactions, `1` for one. */
function digitRange(count: number): string {
	return count > 1 ? `1–${count}` : '1';
}

function pickerDigits(catalogue: readonly Reaction[]): Binding[] {
	const keys = digitRange(catalogue.length);
	// One row in the help for all the digits.
	return catalogue.map((_reaction, index): Binding => ({
		keys,
		does: 'pick that reaction at once',
		hidden: index > 0,
		command: {choose: index},
		matches: letter(String(index + 1)),
		hint: index === 0 ? {keys, says: 'pick', rank: 3, at: 1} : undefined,
	}));
}

function hintAlternatives(rows: ReadonlyArray<Hint | undefined>): string[] {
	const hints = rows.filter((hint): hint is Hint => hint !== undefined).sort((a, b) => a.at - b.at);
	const alternatives: string[] = [];
	for (const most of [3, 2, 1]) {
		const text = hints.filter(hint => hint.rank <= most).map(hint => `${hint.keys} ${hint.says}`).join(' · ');
		if (text !== '' && !alternatives.includes(text)) alternatives.push(text);
	}

	return alternatives;
}

/**
 * The reader's keys for a catalogue of reactions. The picker takes a digit
 * per reaction, so a catalogue of up to nine reactions fits.
 */
export function buildKeyTable(catalogue: readonly Reaction[]): KeyTable {
	// One table a catalogue: the reader's context and its views ask for the same one.
	let table = built.get(catalogue);
	if (table === undefined) {
		table = tableFor(catalogue);
		built.set(catalogue, table);
	}

	return table;
}

const built = new WeakMap<readonly Reaction[], KeyTable>();

function tableFor(catalogue: readonly Reaction[]): KeyTable {
	const up = either(named('up'), letter('k'));
	const down = either(named('down'), letter('j'));
	const help: Binding = {keys: '?', does: 'show these keys (a long list scrolls; other keys close it)', command: 'help', matches: letter('?'), hint: {keys: '?', says: 'keys', rank: 1, at: 8}};
	// The ways out, in every view: raw mode turns off the terminal's own Ctrl+C and Ctrl+Z, so they are keys here.
	const exit: Binding = {keys: 'Ctrl+C', does: 'quit broadsheet', command: 'exit', matches: press => press.ctrl && press.input === 'c'};
	const suspend: Binding = {keys: 'Ctrl+Z', does: 'suspend (fg to come back)', command: 'suspend', matches: press => press.ctrl && press.input === 'z'};
	// Anywhere, as in less and mutt: another program's output over the screen is painted over.
	const redraw: Binding = {keys: 'Ctrl+L', does: 'redraw the screen', command: 'redraw', matches: press => press.ctrl && press.input === 'l'};
	const bindings: Record<Mode, Binding[]> = {
		list: [
			{keys: '↑ k', does: 'previous article', command: 'up', matches: up},
			{keys: '↓ j', does: 'next article', command: 'down', matches: down},
			{keys: 'g Home', does: 'first article', command: 'first', matches: either(named('home'), letter('g'))},
			{keys: 'G End', does: 'last article', command: 'last', matches: either(named('end'), letter('G'))},
			{keys: 'Space PgDn', does: 'a page of the list down', command: 'next', matches: either(named('pageDown'), letter(' '))},
			{keys: 'b PgUp', does: 'a page of the list up', command: 'previous', matches: either(named('pageUp'), letter('b'))},
			{keys: 'Enter', does: 'open the article', command: 'open', matches: named('return'), hint: {keys: 'Enter', says: 'open', rank: 3, at: 1}},
			{keys: '/', does: 'filter by id, title, label, summary, byline', command: 'filter', matches: letter('/'), hint: {keys: '/', says: 'filter', rank: 2, at: 2}, filteredHint: {keys: '/', says: 'edit', rank: 2, at: 2}},
			{keys: 'Esc', does: 'clear the filter (in a mood group\'s list without one: back to the mood view)', command: 'clear', matches: named('escape'), filteredHint: {keys: 'Esc', says: 'clear', rank: 1, at: 1}},
			{keys: 'r', does: 'react to the highlighted article (without opening it)', command: 'react', matches: letter('r')},
			{keys: 'N', does: 'mark the highlighted article read, or unread', command: 'toggleRead', matches: letter('N')},
			{keys: 'A', does: 'mark every article shown read', command: 'markAllRead', matches: letter('A')},
			{keys: 'u', does: 'show unread articles only, or all again', command: 'unreadOnly', matches: letter('u')},
			{keys: 'R', does: 'reload the folder, updating subscribed feeds first', command: 'reload', matches: letter('R')},
			{keys: 'm', does: 'the mood view: how the news made you feel, by week, source, label', command: 'mood', matches: letter('m'), hint: {keys: 'm', says: 'mood', rank: 3, at: 7}, groupHint: null},
			{keys: 'q', does: 'quit (in a mood group\'s list: back to the mood view)', command: 'quit', matches: letter('q'), hint: {keys: 'q', says: 'quit', rank: 2, at: 9}, groupHint: {keys: 'q', says: 'mood', rank: 1, at: 9}},
			{...help, filteredHint: {keys: '?', says: 'keys', rank: 2, at: 8}},
			exit,
			suspend,
			redraw,
		],
		filter: [
			{keys: 'text', does: 'narrow the list as you type'},
			{keys: 'Backspace', does: 'erase a character', command: 'erase', matches: named('backspace')},
			{keys: 'Ctrl+W', does: 'erase a word', command: 'eraseWord', matches: press => press.ctrl && press.input === 'w'},
			{keys: 'Ctrl+U', does: 'erase the whole filter', command: 'eraseAll', matches: press => press.ctrl && press.input === 'u'},
			{keys: '↑ ↓', does: 'move among the matches', command: 'up', matches: named('up')},
			{keys: '↓', does: 'next match', command: 'down', matches: named('down'), hidden: true},
			{keys: 'Enter', does: 'open the highlighted match', command: 'open', matches: named('return'), hint: {keys: 'Enter', says: 'open', rank: 2, at: 1}},
			{keys: 'Esc', does: 'clear the filter', command: 'clear', matches: named('escape'), hint: {keys: 'Esc', says: 'clear', rank: 1, at: 2}},
			exit,
			// The list's help, above the filter's, names it already.
			{...suspend, hidden: true},
			{...redraw, hidden: true},
		],
		article: [
			{keys: '↓ j Enter', does: 'a line down', command: 'down', matches: either(named('down', 'return'), letter('j'))},
			{keys: '↑ k', does: 'a line up', command: 'up', matches: up},
			{keys: 'd Ctrl+D', does: 'half a page down', command: 'halfDown', matches: either(letter('d'), press => press.ctrl && press.input === 'd')},
			{keys: 'u Ctrl+U', does: 'half a page up', command: 'halfUp', matches: either(letter('u'), press => press.ctrl && press.input === 'u')},
			{keys: 'Space f PgDn Ctrl+F → l', does: 'next page (on the last: react)', command: 'next', matches: either(named('pageDown', 'right'), letter(' ', 'f', 'l'), press => press.ctrl && press.input === 'f'), hint: {keys: 'Space', says: 'next', rank: 2, at: 1}, lastPageHint: {keys: 'Space', says: 'react', rank: 2, at: 1}},
			{keys: 'b PgUp Ctrl+B ← h', does: 'previous page', command: 'previous', matches: either(named('pageUp', 'left'), letter('b', 'h'), press => press.ctrl && press.input === 'b'), hint: {keys: 'b', says: 'previous', rank: 3, at: 2}},
			{keys: 'g Home', does: 'first page', command: 'first', matches: either(named('home'), letter('g'))},
			{keys: 'G End', does: 'last page', command: 'last', matches: either(named('end'), letter('G'))},
			// On the last page Space reacts, and says so: r would say it twice.
			{keys: 'J', does: 'next article in the list (within the filter)', command: 'nextArticle', matches: letter('J')},
			{keys: 'K', does: 'previous article in the list', command: 'previousArticle', matches: letter('K')},
			{keys: '] [', does: 'next, previous unread article', command: 'nextUnread', matches: letter(']')},
			{keys: '[', does: 'previous unread article', command: 'previousUnread', matches: letter('['), hidden: true},
			{keys: '/', does: 'search the article (smart case: a capital means exact case)', command: 'search', matches: letter('/')},
			{keys: 'n', does: 'next match of the search', command: 'nextMatch', matches: letter('n')},
			{keys: 'N', does: 'previous match while searching; else mark unread (or read again)', command: 'toggleRead', matches: letter('N')},
			{keys: 'o', does: 'open the article\'s link in the browser ($BROWSER)', command: 'openLink', matches: letter('o')},
			{keys: 'r', does: 'react to the article', command: 'react', matches: letter('r'), hint: {keys: 'r', says: 'react', rank: 3, at: 3}, lastPageHint: null},
			{keys: 'm', does: 'the mood view (q there comes back to this page)', command: 'mood', matches: letter('m')},
			{keys: 'q Esc', does: 'back to the list', command: 'back', matches: either(named('escape'), letter('q')), hint: {keys: 'q', says: 'list', rank: 2, at: 9}},
			help,
			exit,
			suspend,
			redraw,
		],
		search: [
			{keys: 'text', does: 'the pattern to search for'},
			{keys: 'Backspace', does: 'erase a character', command: 'erase', matches: named('backspace')},
			{keys: 'Enter', does: 'search, from the top of the screen', command: 'open', matches: named('return'), hint: {keys: 'Enter', says: 'search', rank: 2, at: 1}},
			{keys: 'Esc', does: 'give up the search', command: 'clear', matches: named('escape'), hint: {keys: 'Esc', says: 'cancel', rank: 1, at: 2}},
			exit,
			{...suspend, hidden: true},
			{...redraw, hidden: true},
		],
		picker: [
			{keys: '↑ k', does: 'previous reaction', command: 'up', matches: up},
			{keys: '↓ j', does: 'next reaction', command: 'down', matches: down},
			{keys: 'Enter', does: 'pick the highlighted reaction', command: 'pick', matches: named('return')},
			...pickerDigits(catalogue),
			{keys: 'x', does: "clear the article's reaction", command: 'unreact', matches: letter('x'), hint: {keys: 'x', says: 'clear', rank: 3, at: 2}},
			{keys: 'q Esc', does: 'close without change', command: 'cancel', matches: either(named('escape'), letter('q')), hint: {keys: 'q', says: 'cancel', rank: 2, at: 3}},
			help,
			exit,
			suspend,
			redraw,
		],
		mood: [
			{keys: '↑ k', does: 'previous group', command: 'up', matches: up},
			{keys: '↓ j', does: 'next group', command: 'down', matches: down, hint: {keys: '↑↓', says: 'move', rank: 3, at: 2}},
			{keys: 'g Home', does: 'first group', command: 'first', matches: either(named('home'), letter('g'))},
			{keys: 'G End', does: 'last group', command: 'last', matches: either(named('end'), letter('G'))},
			{keys: 'Tab', does: 'group by week, then source, then label, then week again', command: 'nextGrouping', matches: named('tab'), hint: {keys: 'Tab', says: 'grouping', rank: 1, at: 1}},
			{keys: 'Enter', does: 'list the group\'s articles (Esc or q there comes back)', command: 'open', matches: named('return'), hint: {keys: 'Enter', says: 'articles', rank: 2, at: 3}},
			{keys: 'q Esc', does: 'back to the list or article the mood view was opened from', command: 'back', matches: either(named('escape'), letter('q')), hint: {keys: 'q', says: 'back', rank: 1, at: 9}},
			{...help, hint: {keys: '?', says: 'keys', rank: 2, at: 8}},
			exit,
			suspend,
			redraw,
		],
	};
	return {
		bindings,
		hints: {
			list: hintAlternatives(bindings.list.map(binding => binding.hint)),
			filtered: hintAlternatives(bindings.list.map(binding => binding.filteredHint)),
			filter: hintAlternatives(bindings.filter.map(binding => binding.hint)),
			article: hintAlternatives(bindings.article.map(binding => binding.hint)),
			lastPage: hintAlternatives(bindings.article.map(binding => (binding.lastPageHint === undefined ? binding.hint : binding.lastPageHint ?? undefined))),
			picker: hintAlternatives(bindings.picker.map(binding => binding.hint)),
			search: hintAlternatives(bindings.search.map(binding => binding.hint)),
			mood: hintAlternatives(bindings.mood.map(binding => binding.hint)),
			group: hintAlternatives(bindings.list.map(binding => (binding.groupHint === undefined ? binding.hint : binding.groupHint ?? undefined))),
		},
		tooSmall: [{keys: 'q', does: 'quit', command: 'quit', matches: letter('q')}, exit, suspend, redraw],
	};
}

/** The reader's keys, for the catalogue broadsheet ships. */
export const keyTable = buildKeyTable(reactions);

/** The command a key press means in `mode` (or on a screen too small for any view). */
function commandFor(table: KeyTable, mode: Mode, press: KeyPress, tooSmall: boolean): Command | undefined {
	return (tooSmall ? table.tooSmall : table.bindings[mode]).find(binding => binding.matches?.(press))?.command;
}

/** Printable text typed into the filter (a paste arrives as one string). */
function typedText(press: KeyPress): string {
	if (press.ctrl || press.meta || press.name !== undefined) return '';
	return press.input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

// Over help, the article's page keys and the list's line keys scroll it;
// every other key closes it, but the ways out.
function helpCommand(table: KeyTable, command: Command | undefined, press: KeyPress): Command {
	if (command === 'exit' || command === 'suspend' || command === 'redraw') return command;
	const page = commandFor(table, 'article', press, false);
	if (page !== undefined && scrollsHelp(page)) return page;
	const line = commandFor(table, 'list', press, false);
	if (line === 'up' || line === 'down') return line;
	return 'help';
}

/**
 * What a key press means in this state: in help the scrolling keys scroll it
 * and every other closes it (but Ctrl+C and Ctrl+Z), in the filter text is typed, and on a screen too small for any
 * view only the ways out count.
 */
export function eventFor(state: Pick<ReaderState, 'mode' | 'help'>, press: KeyPress, tooSmall: boolean, table: KeyTable = keyTable): ReaderEvent | undefined {
	const command = commandFor(table, state.mode, press, tooSmall);
	if (tooSmall) return command ? {type: 'command', command} : undefined;
	if (state.help) return {type: 'command', command: helpCommand(table, command, press)};
	if (command) return {type: 'command', command};
	const text = state.mode === 'filter' || state.mode === 'search' ? typedText(press) : '';
	return text === '' ? undefined : {type: 'text', text};
}
