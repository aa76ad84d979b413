// An article laid out for a terminal W columns wide: the header, the body
// paragraphs and the prompt as one list of styled lines, each tagged with
// the block it comes from so a resize can find its place again.
import {type Article} from '../news/article.js';
import {segmentQuotes} from '../news/quotes.js';
import {bylineText, linkText, metaText} from './header.js';
import {eachPage, paginate} from './paginate.js';
import {type Line, type Page, type Run, type Style} from './types.js';
import {wrapLines} from './wrap.js';

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
 * The article's lines at this width, one block at a time as they are asked
 * for: `--print` writes a page before the next paragraph is wrapped, so a
 * huge article never exists as lines all at once.
 */
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
		for (const runs of wrapLines(runsOf(text, style), width)) {
			any = true;
			yield {runs, block: headerBlock};
		}
	}

	// Blank lines between blocks, carrying the block that follows: one between
	// paragraphs, two under the header, so that the header stands apart from
	// a body whose paragraphs are themselves a blank line apart (issue 9). A
	// block with no visible text gets no line and no separator.
	let gap = any ? headerGap : 0;
	const blocks: Array<[string, Style]> = article.paragraphs.map(paragraph => [paragraph, 'body']);
	if (article.prompt !== null) blocks.push([article.prompt, 'prompt']);
	for (const [block, [text, style]] of blocks.entries()) {
		let first = true;
		for (const runs of wrapLines(runsOf(text, style), width)) {
			if (first) for (let blank = 0; blank < gap; blank++) yield {runs: [], block};
			first = false;
			gap = 1;
			yield {runs, block};
		}
	}
}

// The reader re-lays the same article on every page turn and resize; wrapping
// is the expensive part, so keep it per article object and width.
const laidOut = new WeakMap<Article, Map<number, Line[]>>();

/** The article's lines at this width. Shared between callers: do not mutate. */
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

/** The article's pages for a terminal W × H, all at once: what the reader turns through (`--print` and `--json` take them a page at a time). */
export function layoutPages(article: Article, width: number, height: number): Page[] {
	return paginate(layoutArticle(article, width), height);
}

/**
 * The article's pages made one at a time, as `--print` writes them and
 * `--json` counts them: the same pages as layoutPages, none of them kept.
 */
export function eachArticlePage(article: Article, width: number, height: number): Generator<Page, void, undefined> {
	return eachPage(articleLines(article, width), height);
}
