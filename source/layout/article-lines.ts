// An article laid out for a terminal W columns wide: the header, the body
// paragraphs and the prompt as one list of styled lines, each tagged with
// the block it comes from so a resize can find its place again.
import type {Article} from '../news/article.js';
import {segmentQuotes} from '../news/quotes.js';
import {bylineText, linkText, metaText} from './header.js';
import {ArticlePages, type LineTable} from './pages.js';
import {eachPage, paginate} from './paginate.js';
import {mayBeUnsafe, terminalSafe} from './text.js';
import type {Line, Page, Run, Style} from './types.js';
import {eachLineBreak, lineBreaks, styledLine, styledText, type StyledText} from './wrap.js';

/**
 * The block the header's lines carry (title to link): numbered before the
 * body's paragraph 0, so that block order is page order.
 */
export const headerBlock = -1;

/** A block's text as runs: its quotes highlighted wherever they stand (SPEC §2), the rest in the block's own style. */
function quotedRuns(text: string, style: Style): Run[] {
	return segmentQuotes(text).map(segment => ({text: segment.text, style: segment.quote ? 'quote' : style}));
}

// Blank lines between the header and the body's first block.
const headerGap = 2;

// The date, byline and link are data, not prose: they hold no quotes.
const quotable = new Set<Style>(['title', 'summary', 'body', 'prompt']);

function runsOf(text: string, style: Style): Run[] {
	return quotable.has(style) ? quotedRuns(text, style) : [{text, style}];
}

/**
 * One wrapped piece of the article: a header line's text (title to link), a
 * body paragraph or the prompt, with the block its lines carry. Its text is
 * terminal-safe; its styles (where the quotes are) are found only when one of
 * its lines is drawn, since they never move a break.
 */
class Segment {
	private made: StyledText | undefined;

	/** A segment of `source` as it stands when `made` is absent (the text is terminal-safe: so is every part of it). */
	constructor(readonly block: number, readonly style: Style, private readonly source: string, readonly text: string, made?: StyledText) {
		this.made = made;
	}

	/** The segment's text with its runs' styles, kept for the next line drawn from it when `keep`. */
	styled(keep = true): StyledText {
		const made = this.made ?? styledText(runsOf(this.source, this.style), true);
		if (keep) this.made = made;
		return made;
	}
}

function segmentOf(block: number, text: string, style: Style): Segment {
	// Parsing made file text safe already: then the safe text is the text itself, and its quotes can wait.
	if (!mayBeUnsafe(text) || terminalSafe(text) === text) return new Segment(block, style, text, text);
	const styled = styledText(runsOf(text, style));
	return new Segment(block, style, text, styled.text, styled);
}

const segmentsOfArticle = new WeakMap<Article, Segment[]>();

/** The article's pieces in order: the header's, then the body's paragraphs and the prompt. */
function segmentsOf(article: Article): Segment[] {
	let segments = segmentsOfArticle.get(article);
	if (segments === undefined) {
		segments = [];
		const header: Array<[string | null, Style]> = [
			[article.title, 'title'],
			[metaText(article), 'meta'],
			[bylineText(article.byline), 'byline'],
			[article.summary, 'summary'],
			[linkText(article.link), 'link'],
		];
		for (const [text, style] of header) if (text !== null) segments.push(segmentOf(headerBlock, text, style));
		for (const [block, paragraph] of article.paragraphs.entries()) segments.push(segmentOf(block, paragraph, 'body'));
		if (article.prompt !== null) segments.push(segmentOf(article.paragraphs.length, article.prompt, 'prompt'));
		segmentsOfArticle.set(article, segments);
	}

	return segments;
}

/**
 * The blank lines before each block's first line: one between paragraphs,
 * two under the header, so that the header stands apart from a body whose
 * paragraphs are themselves a blank line apart (issue 9). A block with no
 * visible text gets no line and no separator.
 */
class Gaps {
	private any = false;
	private gap = 0;

	/** How many blank lines go before this segment's first line. */
	before(segment: Segment): number {
		if (segment.block === headerBlock) {
			this.any = true;
			return 0;
		}

		const gap = this.gap;
		this.gap = 1;
		return gap;
	}

	/** The segment's lines are all out. */
	after(segment: Segment): void {
		if (segment.block === headerBlock && this.any) this.gap = headerGap;
	}
}

/**
 * The article's lines at this width, one segment at a time as they are asked
 * for: `--print` writes a page before the next paragraph is wrapped, so a
 * huge article never exists as lines all at once.
 */
function * articleLines(article: Article, width: number): Generator<Line, void, undefined> {
	const gaps = new Gaps();
	for (const segment of segmentsOf(article)) {
		const {block} = segment;
		let first = true;
		// Made once for the segment's lines and let go after them: `--print` passes through once.
		let styled: StyledText | undefined;
		for (const found of lineBreaks(segment.text, width)) {
			if (first) for (let blank = gaps.before(segment); blank > 0; blank--) yield {runs: [], block};
			first = false;
			styled ??= segment.styled(false);
			yield {runs: styledLine(styled, found), block};
		}

		gaps.after(segment);
	}
}

// Tests compare against every line at once; the reader and the commands go through articlePages and eachArticlePage.
const laidOut = new WeakMap<Article, Map<number, Line[]>>();

/** The article's lines at this width, all at once. Shared between callers: do not mutate. */
export function layoutArticle(article: Article, width: number): Line[] {
	let byWidth = laidOut.get(article);
	if (byWidth === undefined) {
		byWidth = new Map();
		laidOut.set(article, byWidth);
	}

	let lines = byWidth.get(width);
	if (lines === undefined) {
		lines = Array.from(articleLines(article, width));
		byWidth.set(width, lines);
	}

	return lines;
}

/** The article's pages for a terminal W × H, all laid out at once (articlePages lays out only the ones asked for). */
export function layoutPages(article: Article, width: number, height: number): Page[] {
	return paginate(layoutArticle(article, width), height);
}

/**
 * The article's pages made one at a time, as `--print` writes them: the same
 * pages as layoutPages, none of them kept.
 */
export function eachArticlePage(article: Article, width: number, height: number): Generator<Page, void, undefined> {
	return eachPage(articleLines(article, width), height);
}

/**
 * Where every line of the article breaks at one width, in a few numbers a
 * line (about 30,000 lines for 2 MB of text): what the pages are counted
 * from, and what a line is made from when its page is shown.
 */
class LineBreakTable implements LineTable {
	readonly count: number;
	private readonly segments: readonly Segment[];
	// Per line: its segment (-1 for a blank separator), block, and the break's start, end and hyphen.
	private readonly segmentOfLine: number[] = [];
	private readonly blocks: number[] = [];
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];
	private readonly hyphens: number[] = [];

	constructor(article: Article, width: number) {
		this.segments = segmentsOf(article);
		const gaps = new Gaps();
		for (const [index, segment] of this.segments.entries()) {
			let first = true;
			eachLineBreak(segment.text, width, (start, end, hyphen) => {
				if (first) for (let blank = gaps.before(segment); blank > 0; blank--) this.add(-1, segment.block, 0, 0, -1);
				first = false;
				this.add(index, segment.block, start, end, hyphen);
			});
			gaps.after(segment);
		}

		this.count = this.blocks.length;
	}

	private add(segment: number, block: number, start: number, end: number, hyphen: number): void {
		this.segmentOfLine.push(segment);
		this.blocks.push(block);
		this.starts.push(start);
		this.ends.push(end);
		this.hyphens.push(hyphen);
	}

	isBlank(index: number): boolean {
		return this.segmentOfLine[index] === -1;
	}

	isLink(index: number): boolean {
		return this.segments[this.segmentOfLine[index]!]?.style === 'link';
	}

	block(index: number): number {
		return this.blocks[index]!;
	}

	line(index: number): Line {
		const segment = this.segments[this.segmentOfLine[index]!];
		const block = this.blocks[index]!;
		if (segment === undefined) return {runs: [], block};
		return {runs: styledLine(segment.styled(), {start: this.starts[index]!, end: this.ends[index]!, hyphen: this.hyphens[index]!}), block};
	}
}

// The breaks depend on the width alone: a change of height (or coming back to a width) cuts pages from the same table.
const tables = new WeakMap<Article, Map<number, LineBreakTable>>();

function tableOf(article: Article, width: number): LineBreakTable {
	let byWidth = tables.get(article);
	if (byWidth === undefined) {
		byWidth = new Map();
		tables.set(article, byWidth);
	}

	let table = byWidth.get(width);
	if (table === undefined) {
		table = new LineBreakTable(article, width);
		byWidth.set(width, table);
	}

	return table;
}

/**
 * The article's pages for a terminal W × H as the reader turns through them:
 * counted at once, each laid out when first shown (the same pages, line for
 * line, as layoutPages).
 */
export function articlePages(article: Article, width: number, height: number): ArticlePages {
	return new ArticlePages(tableOf(article, width), height);
}
