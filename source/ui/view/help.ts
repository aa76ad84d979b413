// The help screen: every key of the view the reader was in, from the same
// table the input handler matches, so the two cannot disagree.
import type {Mode} from '../reader/commands.js';
import type {KeyTable} from '../input/key-table.js';
import {displayWidth, padEnd, truncateEnd} from './fit.js';
import {frameView, type FrameView} from './frame.js';
import type {ViewInput} from './screen.js';
import type {ScreenSize} from './size.js';

/** One line of help; headings stand out. */
type HelpLine = {text: string; heading: boolean};

/** Everything the help screen draws. */
export type HelpScreenView = {frame: FrameView; lines: HelpLine[]; height: number};

const titles: Record<Mode, string> = {
	list: 'Keys in the list',
	filter: 'Keys while filtering',
	article: 'Keys in an article',
	search: 'Keys while typing a search',
	picker: 'Keys in the reaction picker',
	mood: 'Keys in the mood view',
};

// The list's help also explains the filter: while typing, `?` is text.
const sections: Record<Mode, Mode[]> = {list: ['list', 'filter'], filter: ['filter'], article: ['article', 'search'], search: ['search'], picker: ['picker'], mood: ['mood']};

function helpLines(keys: KeyTable, mode: Mode, width: number): HelpLine[] {
	const [main, ...more] = sections[mode].map((section, index) => ({
		title: titles[section],
		// Ctrl+C is named once, in the first section.
		rows: keys.bindings[section].filter(binding => !binding.hidden && (index === 0 || binding.command !== 'exit')),
	}));
	const all = [main!, ...more];
	const keysWidth = Math.max(...all.flatMap(section => section.rows.map(binding => displayWidth(binding.keys))));
	const line = (text: string, heading = false): HelpLine => ({text: truncateEnd(text, width), heading});
	const rowsOf = (section: typeof main) => section!.rows.map(binding => line(`${padEnd(binding.keys, keysWidth)}  ${binding.does}`));
	// What the list's rows show, beside its keys.
	const legend = mode === 'list' ? [line(''), line('Marks: N unread · ~ begun, left before its last page · 😟 your reaction')] : [];
	return [line(main!.title, true), line(''), ...rowsOf(main), ...legend, ...more.flatMap(section => [line(''), line(section.title, true), ...rowsOf(section)])];
}

/** How far down the help of `mode` can scroll at this size: 0 when it all fits. */
export function helpMaxTop(keys: KeyTable, mode: Mode, size: Pick<ScreenSize, 'columns' | 'body'>): number {
	return maxTopOf(helpLines(keys, mode, size.columns), size.body);
}

// How far lines scroll in a body of `body` rows: 0 when they fit.
function maxTopOf(lines: readonly HelpLine[], body: number): number {
	return Math.max(0, lines.length - body);
}

/** Help for the view under it, from the line it is scrolled to, as much as the body holds. */
export function helpView(input: ViewInput): HelpScreenView {
	const {state, size, keys} = input;
	const all = helpLines(keys, state.mode, size.columns);
	const top = Math.min(state.helpTop, maxTopOf(all, size.body));
	const shown = all.slice(top, top + size.body);
	const scrolls = all.length > size.body;
	const where = `lines ${top + 1}–${top + shown.length} of ${all.length}`;
	return {
		frame: frameView(input, {left: '', middle: scrolls ? `Help, ${where} · ↓ Space more · other keys close` : 'Any key closes this help', hints: []}),
		lines: shown,
		height: size.body,
	};
}
