// Greedy wrapping of styled text into lines of at most `width` display
// columns, one line at a time, so a paragraph of megabytes never exists as
// cells all at once. The runs are joined before they are cut into graphemes,
// so a grapheme is never split at a style boundary. Each grapheme keeps the
// style of the run it starts in, which is how a quote stays a quote on both
// sides of a break. Widths are graphemeWidth's (the widest a terminal draws),
// and what takes no column is never drawn: Ink and the terminal would count
// it otherwise than string-width does.
import {canBreakBetween} from './breaks.js';
import {terminalSafe, isBreakSpace} from './text.js';
import {type Run, type Style} from './types.js';
import {graphemeBatches, graphemeWidth, isInvisible, isNarrowCodeUnit} from './width.js';

/**
 * A grapheme as wrapping sees it: drawn text, a space a line may break at
 * (and drops there), or an invisible break opportunity: a zero-width space,
 * or a soft hyphen, which shows as `-` only where a line breaks at it.
 */
type Cell = {text: string; width: number; style: Style; kind: 'text' | 'space' | 'break' | 'soft'};

const softHyphen = '\u00ad';
const zeroWidthSpace = '\u200b';

/** The runs' graphemes as cells, a batch at a time; what is never drawn is left out. */
function * cellsOf(runs: Run[]): Generator<Cell[], void, undefined> {
	const texts = runs.map(run => terminalSafe(run.text));
	const joined = texts.join('');
	let run = 0;
	let runEnd = texts[0]?.length ?? 0;
	let offset = 0;
	for (const batch of graphemeBatches(joined)) {
		const cells: Cell[] = [];
		for (const text of batch) {
			while (offset >= runEnd && run + 1 < texts.length) runEnd += texts[++run]!.length;
			const style = runs[run]!.style;
			offset += text.length;
			const code = text.length === 1 ? text.charCodeAt(0) : -1;
			if (code === 0x20) {
				cells.push({text, width: 1, style, kind: 'space'});
			} else if (isNarrowCodeUnit(code)) {
				cells.push({text, width: 1, style, kind: 'text'});
			} else if (text === softHyphen) {
				cells.push({text: '', width: 0, style, kind: 'soft'});
			} else if (text === zeroWidthSpace) {
				cells.push({text: '', width: 0, style, kind: 'break'});
			} else if (isBreakSpace(text)) {
				cells.push({text, width: graphemeWidth(text), style, kind: 'space'});
			} else if (!isInvisible(text)) {
				cells.push({text, width: graphemeWidth(text), style, kind: 'text'});
			}
		}

		yield cells;
	}
}

function runsOf(cells: Cell[]): Run[] {
	const runs: Run[] = [];
	let last: Run | undefined;
	for (const cell of cells) {
		if (cell.text === '') continue;
		if (last?.style === cell.style) {
			last.text += cell.text;
		} else {
			last = {text: cell.text, style: cell.style};
			runs.push(last);
		}
	}

	return runs;
}

/**
 * The runs as lines of at most `width` columns, each line its own runs, made
 * as they are asked for; the spaces where a line breaks are dropped, a soft
 * hyphen where a line breaks shows as `-`, and a grapheme wider than the line
 * still gets a line of its own.
 */
export function * wrapLines(runs: Run[], width: number): Generator<Run[], void, undefined> {
	// A line holds at least one grapheme, so even a width too small for a
	// wide character makes progress.
	const limit = Math.max(1, Math.floor(width) || 1);
	let line: Cell[] = [];
	let lineWidth = 0;
	// Spaces after the last chunk of the line: kept if another chunk follows
	// on this line, dropped if the line breaks there.
	let gap: Cell[] = [];
	let gapWidth = 0;
	// A chunk: graphemes up to the next space or break opportunity.
	let chunk: Cell[] = [];
	let chunkWidth = 0;
	const done: Cell[][] = [];

	const endLine = () => {
		const last = line.at(-1);
		// Broken at a soft hyphen (not at spaces after it): show it, if it fits.
		if (last?.kind === 'soft' && gap.length === 0 && lineWidth < limit) line.push({text: '-', width: 1, style: last.style, kind: 'text'});
		if (lineWidth > 0) done.push(line);
		line = [];
		lineWidth = 0;
		gap = [];
		gapWidth = 0;
	};

	const place = () => {
		if (chunk.length === 0) return;
		// A zero-width space alone only marks a break: after spaces (a break
		// already) or at a line's start it must not pull the spaces onto the line.
		if (chunkWidth === 0 && chunk.every(cell => cell.kind === 'break')) {
			if (gap.length === 0 && lineWidth > 0) line.push(...chunk);
			chunk = [];
			return;
		}

		// A chunk ending in a soft hyphen keeps a column for the `-` it shows if
		// the line breaks there.
		const need = chunkWidth + (chunk.at(-1)!.kind === 'soft' ? 1 : 0);
		if (lineWidth > 0 && lineWidth + gapWidth + need <= limit) {
			for (const cell of gap) line.push(cell);
			lineWidth += gapWidth;
			gap = [];
			gapWidth = 0;
		} else {
			endLine();
		}

		if (lineWidth === 0 && need > limit) {
			// Too wide for any line: cut between graphemes.
			for (const cell of chunk) {
				if (lineWidth > 0 && lineWidth + cell.width > limit) endLine();
				line.push(cell);
				lineWidth += cell.width;
			}
		} else {
			for (const cell of chunk) line.push(cell);
			lineWidth += chunkWidth;
		}

		chunk = [];
		chunkWidth = 0;
	};

	for (const cells of cellsOf(runs)) {
		for (const cell of cells) {
			if (cell.kind === 'space') {
				place();
				if (lineWidth > 0) {
					gap.push(cell);
					gapWidth += cell.width;
				}
			} else {
				const previous = chunk.at(-1);
				if (previous !== undefined && cell.kind === 'text' && canBreakBetween(previous.text, previous.width, cell.text, cell.width)) place();
				chunk.push(cell);
				chunkWidth += cell.width;
				if (cell.kind !== 'text') place();
			}
		}

		if (done.length > 0) {
			yield * done.map(runsOf);
			done.length = 0;
		}
	}

	place();
	// A soft hyphen that ends the text breaks nothing.
	if (line.at(-1)?.kind === 'soft') line.pop();
	endLine();
	yield * done.map(runsOf);
}

/** The runs as lines, all at once (see wrapLines). */
export function wrapRuns(runs: Run[], width: number): Run[][] {
	return Array.from(wrapLines(runs, width));
}
