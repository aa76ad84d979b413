// The layout as it was before issue 10 made it lazy and cell-free (commit 18dbd12):
// one object per grapheme, every line of the article built to show one page. Kept
// as the oracle the fast layout is held equal to, line for line (lazy-pages.test.ts).
import {canBreakBetween} from '../../source/layout/breaks.js';
import {terminalSafe, isBreakSpace} from '../../source/layout/text.js';
import {graphemeBatches, graphemeWidth, isInvisible, isNarrowCodeUnit} from '../../source/layout/width.js';
import {bylineText, linkText, metaText} from '../../source/layout/header.js';
import {segmentQuotes} from '../../source/news/quotes.js';
import type {Article} from '../../source/news/article.js';
import type {Line, Page, Run, Style} from '../../source/layout/types.js';
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
function * wrapLines(runs: Run[], width: number): Generator<Run[], void, undefined> {
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
export function referenceWrapRuns(runs: Run[], width: number): Run[][] {
	return Array.from(wrapLines(runs, width));
}

const headerBlock = -1;
const headerGap = 2;
const quotable = new Set<Style>(['title', 'summary', 'body', 'prompt']);

function runsOfText(text: string, style: Style): Run[] {
	return quotable.has(style) ? segmentQuotes(text).map(segment => ({text: segment.text, style: segment.quote ? 'quote' : style})) : [{text, style}];
}

function * articleLines(article: Article, width: number): Generator<Line, void, undefined> {
	let any = false;
	const header: Array<[string | null, Style]> = [
		[article.title, 'title'],
		[metaText(article), 'meta'],
		[bylineText(article.byline), 'byline'],
		[article.summary, 'summary'],
		[linkText(article.link), 'link'],
	];
	for (const [text, style] of header) {
		if (text === null) continue;
		for (const runs of wrapLines(runsOfText(text, style), width)) {
			any = true;
			yield {runs, block: headerBlock};
		}
	}

	let gap = any ? headerGap : 0;
	const blocks: Array<[string, Style]> = article.paragraphs.map(paragraph => [paragraph, 'body']);
	if (article.prompt !== null) blocks.push([article.prompt, 'prompt']);
	for (const [block, [text, style]] of blocks.entries()) {
		let first = true;
		for (const runs of wrapLines(runsOfText(text, style), width)) {
			if (first) for (let blank = 0; blank < gap; blank++) yield {runs: [], block};
			first = false;
			gap = 1;
			yield {runs, block};
		}
	}
}

/** Every line of the article at this width, as the old layout made them. */
export function referenceLines(article: Article, width: number): Line[] {
	return Array.from(articleLines(article, width));
}

const isBlank = (line: Line) => line.runs.length === 0;
const isLink = (line: Line) => line.runs.some(run => run.style === 'link');

/** The article's pages at W × H, as the old layout cut them. */
export function referencePages(article: Article, width: number, height: number): Page[] {
	const perPage = Math.max(1, Math.floor(height) - 2);
	const pages: Page[] = [];
	let page: Line[] = [];
	let any = false;
	const add = (line: Line) => {
		if (page.length === 0 && isBlank(line)) return;
		page.push(line);
		if (page.length === perPage) {
			any = true;
			pages.push({lines: page});
			page = [];
		}
	};

	let link: Line[] = [];
	const addLink = () => {
		if (link.length > 1 && link.length <= perPage && page.length > 0 && page.length + link.length > perPage) {
			any = true;
			pages.push({lines: page});
			page = [];
		}

		for (const line of link) add(line);
		link = [];
	};

	for (const line of articleLines(article, width)) {
		if (isLink(line)) {
			link.push(line);
			continue;
		}

		addLink();
		add(line);
	}

	addLink();
	if (page.length > 0 || !any) pages.push({lines: page});
	return pages;
}

const topOf = (page: Page) => page.lines.find(line => !isBlank(line))?.block ?? -1;

/** The old pageOfBlock: the page showing the first line of the block or of the nearest later one. */
export function referencePageOfBlock(pages: Page[], block: number): number {
	for (const [index, page] of pages.entries()) {
		if (page.lines.some(line => !isBlank(line) && line.block >= block)) return index;
	}

	return Math.max(0, pages.length - 1);
}

/** The old pageOfPlace: the first page topped by the block, else where it starts. */
export function referencePageOfPlace(pages: Page[], block: number): number {
	const index = pages.findIndex(page => topOf(page) === block);
	return index === -1 ? referencePageOfBlock(pages, block) : index;
}
