// The help screen: every key of the view the reader was in, from the same
// table the input handler matches, so the two cannot disagree.
import {type Mode} from '../reader/commands.js';
import {type KeyTable} from '../input/key-table.js';
import {displayWidth, padEnd, truncateEnd} from './fit.js';
import {frameView, type FrameView} from './frame.js';
import {type ViewInput} from './screen.js';

/** One line of help; headings stand out. */
type HelpLine = {text: string; heading: boolean};

/** Everything the help screen draws. */
export type HelpScreenView = {frame: FrameView; lines: HelpLine[]; height: number};

const titles: Record<Mode, string> = {
	list: 'Keys in the list',
	filter: 'Keys while filtering',
	article: 'Keys in an article',
	picker: 'Keys in the reaction picker',
};

// The list's help also explains the filter: while typing, `?` is text.
const sections: Record<Mode, Mode[]> = {list: ['list', 'filter'], filter: ['filter'], article: ['article'], picker: ['picker']};

function helpLines(keys: KeyTable, mode: Mode, width: number, height: number): HelpLine[] {
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
	const legend = mode === 'list' ? [line(''), line('Marks: N never opened · 😟 your reaction')] : [];
	const lines = [line(main!.title, true), line(''), ...rowsOf(main), ...legend, ...more.flatMap(section => [line(''), line(section.title, true), ...rowsOf(section)])];
	if (lines.length <= height) return lines;
	// Too short for all of them: the keys matter more than the title.
	const keyLines = lines.slice(2);
	return height <= 0 ? [] : [...keyLines.slice(0, height - 1), line('…')];
}

/** Help for the view under it, as much as the body holds. */
export function helpView(input: ViewInput): HelpScreenView {
	const {state, size, keys} = input;
	return {
		frame: frameView(input, {left: '', middle: 'Any key closes this help', hints: []}),
		lines: helpLines(keys, state.mode, size.columns, size.body),
		height: size.body,
	};
}
