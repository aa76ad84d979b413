// Greedy wrapping of styled text into lines of at most `width` display
// columns. Where lines break depends on the text alone (styles never move a
// break), so the breaks are found first, as offsets into the text, without
// building anything per grapheme; a line's runs are made only when that line
// is shown (styledLine). Each grapheme keeps the style of the run it starts
// in, which is how a quote stays a quote on both sides of a break. Widths are
// graphemeWidth's (the widest a terminal draws), and what takes no column is
// never drawn: Ink and the terminal would count it otherwise than
// string-width does.
import {canBreakBetween} from './breaks.js';
import {terminalSafe, isBreakSpace} from './text.js';
import type {Run, Style} from './types.js';
import {graphemeBatches, graphemeWidth, isInvisible, isNarrowCodeUnit} from './width.js';

// What a grapheme is to wrapping: drawn text, a space a line may break at
// (and drops there), an invisible break opportunity (a zero-width space), a
// soft hyphen (shown as `-` only where a line breaks at it), or nothing at
// all (never drawn). A class packs the kind with the width: width × 8 + kind.
const textKind = 0;
const spaceKind = 1;
const breakKind = 2;
const softKind = 3;
const skippedKind = 4;
const kindBits = 7;
const widthUnit = 8;

const softHyphen = '\u00ad';
const zeroWidthSpace = '\u200b';

const narrowText = widthUnit + textKind;
const narrowSpace = widthUnit + spaceKind;

// Wrapping classifies every grapheme of an article; beyond single narrow code
// units (nearly all of Latin text) the same few graphemes repeat, and their
// class takes regular expressions to find.
const classes = new Map<string, number>();
const classesLimit = 20_000;

function classOf(grapheme: string): number {
	if (grapheme.length === 1) {
		const code = grapheme.charCodeAt(0);
		if (code === 0x20) return narrowSpace;
		if (isNarrowCodeUnit(code)) return narrowText;
	}

	let known = classes.get(grapheme);
	if (known === undefined) {
		if (grapheme === softHyphen) known = softKind;
		else if (grapheme === zeroWidthSpace) known = breakKind;
		else if (isBreakSpace(grapheme)) known = (graphemeWidth(grapheme) * widthUnit) + spaceKind;
		else if (isInvisible(grapheme)) known = skippedKind;
		else known = (graphemeWidth(grapheme) * widthUnit) + textKind;
		if (classes.size >= classesLimit) classes.clear();
		classes.set(grapheme, known);
	}

	return known;
}

/**
 * Where one wrapped line lies in the text: the code units [start, end) it
 * draws from, and the offset of the soft hyphen it ends at (shown as `-`),
 * or -1.
 */
export type LineBreak = {start: number; end: number; hyphen: number};

/**
 * The greedy wrap as a machine fed one grapheme at a time. A line holds at
 * least one grapheme, so even a width too small for a wide character makes
 * progress; spaces where a line breaks are dropped; a chunk (graphemes up to
 * the next space or break opportunity) wider than any line is cut between
 * graphemes, the last resort.
 */
class Wrapper {
	private readonly limit: number;
	// The line being filled: its width, where its first and last cells lie, and the kinds of its last two cells.
	private lineWidth = 0;
	private lineStart = -1;
	private lineEnd = 0;
	private lastKind = -1;
	private lastStart = 0;
	private previousKind = -1;
	private previousStart = 0;
	// Spaces after the line's last chunk: kept if another chunk follows on this line, dropped if it breaks there.
	private gapCount = 0;
	private gapWidth = 0;
	private gapLastStart = 0;
	private gapLastEnd = 0;
	// The chunk being read, cell by cell.
	// (Arrays kept and overwritten, with a count: emptying an array costs more than the rest of a cell.)
	private readonly chunkStarts: number[] = [];
	private readonly chunkEnds: number[] = [];
	private readonly chunkWidths: number[] = [];
	private readonly chunkKinds: number[] = [];
	private chunkCount = 0;
	private chunkWidth = 0;

	constructor(private readonly text: string, width: number, private readonly onLine: (start: number, end: number, hyphen: number) => void) {
		this.limit = Math.max(1, Math.floor(width) || 1);
	}

	/** The next grapheme, text[start, end), of class `found` (see classOf). */
	add(found: number, start: number, end: number): void {
		const kind = found & kindBits;
		if (kind === skippedKind) return;
		const width = found >> 3;
		if (kind === spaceKind) {
			this.place();
			if (this.lineWidth > 0) {
				this.gapCount++;
				this.gapWidth += width;
				this.gapLastStart = start;
				this.gapLastEnd = end;
			}

			return;
		}

		const count = this.chunkCount;
		if (count > 0 && kind === textKind) {
			const previousWidth = this.chunkWidths[count - 1]!;
			// canBreakBetween never breaks between two narrow graphemes: the call (and the slicing) is skipped for them.
			if ((previousWidth > 1 || width > 1) && canBreakBetween(this.text.slice(this.chunkStarts[count - 1], this.chunkEnds[count - 1]), previousWidth, this.text.slice(start, end), width)) this.place();
		}

		const at = this.chunkCount++;
		this.chunkStarts[at] = start;
		this.chunkEnds[at] = end;
		this.chunkWidths[at] = width;
		this.chunkKinds[at] = kind;
		this.chunkWidth += width;
		if (kind !== textKind) this.place();
	}

	/** The text has ended: the last line goes out. */
	finish(): void {
		this.place();
		// A soft hyphen that ends the text breaks nothing.
		if (this.lastKind === softKind) {
			this.lastKind = this.previousKind;
			this.lastStart = this.previousStart;
		}

		this.endLine();
	}

	private push(start: number, end: number, kind: number): void {
		if (this.lineStart === -1) this.lineStart = start;
		this.lineEnd = end;
		this.previousKind = this.lastKind;
		this.previousStart = this.lastStart;
		this.lastKind = kind;
		this.lastStart = start;
	}

	private endLine(): void {
		// Broken at a soft hyphen (not at spaces after it): show it, if it fits.
		const hyphen = this.lastKind === softKind && this.gapCount === 0 && this.lineWidth < this.limit ? this.lastStart : -1;
		if (this.lineWidth > 0) this.onLine(this.lineStart, this.lineEnd, hyphen);
		this.lineWidth = 0;
		this.lineStart = -1;
		this.lastKind = -1;
		this.previousKind = -1;
		this.gapCount = 0;
		this.gapWidth = 0;
	}

	private clearChunk(): void {
		this.chunkCount = 0;
		this.chunkWidth = 0;
	}

	private onlyBreaks(): boolean {
		for (let index = 0; index < this.chunkCount; index++) if (this.chunkKinds[index] !== breakKind) return false;
		return true;
	}

	private place(): void {
		const count = this.chunkCount;
		if (count === 0) return;
		const {chunkStarts, chunkEnds, chunkWidths, chunkKinds, limit} = this;
		// A zero-width space alone only marks a break: after spaces (a break
		// already) or at a line's start it must not pull the spaces onto the line.
		if (this.chunkWidth === 0 && this.onlyBreaks()) {
			if (this.gapCount === 0 && this.lineWidth > 0) {
				for (let index = 0; index < count; index++) this.push(chunkStarts[index]!, chunkEnds[index]!, breakKind);
			}

			this.clearChunk();
			return;
		}

		// A chunk ending in a soft hyphen keeps a column for the `-` it shows if
		// the line breaks there.
		const need = this.chunkWidth + (chunkKinds[count - 1] === softKind ? 1 : 0);
		if (this.lineWidth > 0 && this.lineWidth + this.gapWidth + need <= limit) {
			if (this.gapCount > 0) this.push(this.gapLastStart, this.gapLastEnd, spaceKind);
			this.lineWidth += this.gapWidth;
			this.gapCount = 0;
			this.gapWidth = 0;
		} else {
			this.endLine();
		}

		if (this.lineWidth === 0 && need > limit) {
			// Too wide for any line: cut between graphemes.
			for (let index = 0; index < count; index++) {
				const width = chunkWidths[index]!;
				if (this.lineWidth > 0 && this.lineWidth + width > limit) this.endLine();
				this.push(chunkStarts[index]!, chunkEnds[index]!, chunkKinds[index]!);
				this.lineWidth += width;
			}
		} else {
			for (let index = 0; index < count; index++) this.push(chunkStarts[index]!, chunkEnds[index]!, chunkKinds[index]!);
			this.lineWidth += this.chunkWidth;
		}

		this.clearChunk();
	}
}

// Bound once: a call through the import binding costs a property read per
// code unit where modules are compiled to CommonJS (tsx in the tests).
const narrowCodeUnit = isNarrowCodeUnit;

/** Code units fed to the wrapper between two looks at the lines it found (a window ends at the next certain boundary). */
const windowLength = 4096;

/**
 * Feeds text[from, …) to the wrapper, a grapheme at a time, up to a grapheme
 * boundary at or after `until`, and says where it stopped. A narrow code
 * unit (printable ASCII, Latin-1, the dashes and quotes: see
 * isNarrowCodeUnit) followed by another is a grapheme of its own (no rule of
 * UAX #29 joins the two), so such text is classed by its code units alone, as
 * classOf would class it; the rest is segmented as width.ts segments, from
 * one such certain boundary to the next.
 */
function feed(wrapper: Wrapper, text: string, from: number, until: number): number {
	const {length} = text;
	let index = from;
	while (index < length) {
		const code = text.charCodeAt(index);
		if (narrowCodeUnit(code) && (index + 1 === length || narrowCodeUnit(text.charCodeAt(index + 1)))) {
			wrapper.add(code === 0x20 ? narrowSpace : narrowText, index, index + 1);
			index++;
			if (index >= until) break;
			continue;
		}

		let end = index + 1;
		while (end < length && !(narrowCodeUnit(text.charCodeAt(end - 1)) && narrowCodeUnit(text.charCodeAt(end)))) end++;
		for (const batch of graphemeBatches(text.slice(index, end))) {
			for (const grapheme of batch) {
				wrapper.add(classOf(grapheme), index, index + grapheme.length);
				index += grapheme.length;
			}
		}

		if (index >= until) break;
	}

	return index;
}

/**
 * Where the text breaks into lines of at most `width` columns, each line as
 * soon as it is known, so that a paragraph of megabytes never exists as lines
 * all at once; `text` is terminal-safe already (see styledText).
 */
export function * lineBreaks(text: string, width: number): Generator<LineBreak, void, undefined> {
	let found: LineBreak[] = [];
	const wrapper = new Wrapper(text, width, (start, end, hyphen) => {
		found.push({start, end, hyphen});
	});
	let index = 0;
	while (index < text.length) {
		index = feed(wrapper, text, index, index + windowLength);
		if (found.length > 0) {
			yield * found;
			found = [];
		}
	}

	wrapper.finish();
	yield * found;
}

/**
 * Every line break of the text at this width, told to `onLine` in order (the
 * same breaks as lineBreaks, with nothing made for each): how the pages are
 * counted before any is laid out.
 */
export function eachLineBreak(text: string, width: number, onLine: (start: number, end: number, hyphen: number) => void): void {
	const wrapper = new Wrapper(text, width, onLine);
	feed(wrapper, text, 0, text.length);
	wrapper.finish();
}

/** Styled text as wrapping reads it: the runs' terminal-safe texts joined, and where each run ends in it. */
export type StyledText = {text: string; ends: readonly number[]; styles: readonly Style[]};

/**
 * The runs made terminal-safe (unless the caller knows them `safe` already)
 * and joined, so that a grapheme is never split at a style boundary.
 */
export function styledText(runs: readonly Run[], safe = false): StyledText {
	const ends: number[] = [];
	const styles: Style[] = [];
	let text = '';
	for (const run of runs) {
		text += safe ? run.text : terminalSafe(run.text);
		ends.push(text.length);
		styles.push(run.style);
	}

	return {text, ends, styles};
}

function isPrintableAscii(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x20 || code >= 0x7f) return false;
	}

	return true;
}

/** The run of `styled` that holds the code unit at `offset` (the last run for an offset past the end). */
function runAt(styled: StyledText, offset: number): number {
	const {ends} = styled;
	let low = 0;
	let high = ends.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (ends[middle]! > offset) high = middle;
		else low = middle + 1;
	}

	return low;
}

/**
 * One wrapped line's runs: what it draws of text[start, end), each grapheme
 * in the style of the run it starts in, neighbours of one style merged, and
 * the `-` of a soft hyphen it breaks at.
 */
export function styledLine(styled: StyledText, {start, end, hyphen}: LineBreak): Run[] {
	const runs: Run[] = [];
	let last: Run | undefined;
	const add = (text: string, style: Style) => {
		if (last?.style === style) {
			last.text += text;
		} else {
			last = {text, style};
			runs.push(last);
		}
	};

	const {text, ends, styles} = styled;
	let run = runAt(styled, start);
	if (isPrintableAscii(text, start, end)) {
		// Every code unit is a narrow grapheme that is drawn: the line is the text itself, cut where styles change.
		let from = start;
		while (from < end) {
			const to = Math.min(end, ends[run]!);
			if (to > from) add(text.slice(from, to), styles[run]!);
			from = to;
			run++;
		}
	} else {
		let offset = start;
		for (const batch of graphemeBatches(text.slice(start, end))) {
			for (const grapheme of batch) {
				while (offset >= ends[run]! && run + 1 < ends.length) run++;
				const kind = classOf(grapheme) & kindBits;
				if (kind === textKind || kind === spaceKind) add(grapheme, styles[run]!);
				offset += grapheme.length;
			}
		}
	}

	if (hyphen !== -1) add('-', styles[runAt(styled, hyphen)]!);
	return runs;
}

/**
 * The runs as lines of at most `width` columns, each line its own runs, made
 * as they are asked for; the spaces where a line breaks are dropped, a soft
 * hyphen where a line breaks shows as `-`, and a grapheme wider than the line
 * still gets a line of its own.
 */
function * wrapLines(runs: readonly Run[], width: number): Generator<Run[], void, undefined> {
	const styled = styledText(runs);
	for (const found of lineBreaks(styled.text, width)) yield styledLine(styled, found);
}

/** The runs as lines, all at once (see wrapLines). */
export function wrapRuns(runs: Run[], width: number): Run[][] {
	return Array.from(wrapLines(runs, width));
}
