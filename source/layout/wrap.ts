// Greedy wrapping of styled text into lines of at most `width` display
// columns. The runs are joined before they are cut into graphemes, so a
// grapheme is never split at a style boundary and a line's width is exactly
// string-width of its text. Each grapheme keeps the style of the run it
// starts in, which is how a quote stays a quote on both sides of a break.
import {canBreakBetween} from './breaks.js';
import {terminalSafe, isBreakSpace} from './text.js';
import {type Run, type Style} from './types.js';
import {graphemeWidth, graphemes} from './width.js';

type Cell = {text: string; width: number; style: Style; space: boolean};

function cellsOf(runs: Run[]): Cell[] {
	const styleAt: Style[] = [];
	let joined = '';
	for (const run of runs) {
		const text = terminalSafe(run.text);
		joined += text;
		for (let i = 0; i < text.length; i++) styleAt.push(run.style);
	}

	const cells: Cell[] = [];
	let offset = 0;
	for (const text of graphemes(joined)) {
		cells.push({text, width: graphemeWidth(text), style: styleAt[offset]!, space: isBreakSpace(text)});
		offset += text.length;
	}

	return cells;
}

function runsOf(cells: Cell[]): Run[] {
	const runs: Run[] = [];
	let last: Run | undefined;
	for (const cell of cells) {
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
 * The runs as lines of at most `width` columns, each line its own runs; the
 * spaces where a line breaks are dropped, and a grapheme wider than the line
 * still gets a line of its own.
 */
export function wrapRuns(runs: Run[], width: number): Run[][] {
	// A line holds at least one grapheme, so even a width too small for a
	// wide character makes progress.
	const limit = Math.max(1, Math.floor(width) || 1);
	const cells = cellsOf(runs);
	const lines: Cell[][] = [];
	let line: Cell[] = [];
	let lineWidth = 0;
	// Spaces after the last word of the line: kept if another word follows
	// on this line, dropped if the line breaks there.
	let gap: Cell[] = [];
	let gapWidth = 0;

	const endLine = () => {
		if (line.length > 0) lines.push(line);
		line = [];
		lineWidth = 0;
		gap = [];
		gapWidth = 0;
	};

	let start = 0;
	while (start < cells.length) {
		const first = cells[start]!;
		if (first.space) {
			if (line.length > 0) {
				gap.push(first);
				gapWidth += first.width;
			}

			start++;
			continue;
		}

		// A chunk: graphemes up to the next space or break opportunity.
		let end = start + 1;
		let chunkWidth = first.width;
		while (end < cells.length) {
			const previous = cells[end - 1]!;
			const next = cells[end]!;
			if (next.space || canBreakBetween(previous.text, previous.width, next.text, next.width)) break;
			chunkWidth += next.width;
			end++;
		}

		if (line.length > 0 && lineWidth + gapWidth + chunkWidth <= limit) {
			for (const cell of gap) line.push(cell);
			lineWidth += gapWidth;
			gap = [];
			gapWidth = 0;
		} else {
			endLine();
		}

		if (line.length === 0 && chunkWidth > limit) {
			// Too wide for any line: cut between graphemes.
			for (let i = start; i < end; i++) {
				const cell = cells[i]!;
				if (line.length > 0 && lineWidth + cell.width > limit) endLine();
				line.push(cell);
				lineWidth += cell.width;
			}
		} else {
			for (let i = start; i < end; i++) line.push(cells[i]!);
			lineWidth += chunkWidth;
		}

		start = end;
	}

	endLine();
	return lines.map(runsOf);
}
