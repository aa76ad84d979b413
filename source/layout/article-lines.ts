// An article laid out for a terminal W columns wide: the header, the body
// paragraphs and the prompt as one list of styled lines, each tagged with
// the block it comes from so a resize can find its place again.
import {type Article} from '../news/article.js';
import {segmentQuotes} from '../news/quotes.js';
import {bylineText, linkText, metaText} from './header.js';
import {paginate} from './paginate.js';
import {type Line, type Page, type Run, type Style} from './types.js';
import {wrapRuns} from './wrap.js';

/**
 * The block the header's lines carry (title to link): numbered before the
 * body's paragraph 0, so that block order is page order.
 */
export const headerBlock = -1;

/** A block's text as runs: its quotes highlighted wherever they stand (SPEC §2), the rest in the block's own style. */
function quotedRuns(text: string, style: Style): Run[] {
	return segmentQuotes(text).map(segment => ({text: segment.text, style: segment.quote ? 'quote' : style}));
}

// The date, byline and link are data, not prose: they hold no quotes.
const quotable = new Set<Style>(['title', 'summary', 'body', 'prompt']);

function runsOf(text: string, style: Style): Run[] {
	return quotable.has(style) ? quotedRuns(text, style) : [{text, style}];
}

function buildLines(article: Article, width: number): Line[] {
	const lines: Line[] = [];
	const add = (runs: Run[][], block: number) => {
		for (const line of runs) lines.push({runs: line, block});
	};

	const header: Array<[string | null, Style]> = [
		[article.title, 'title'],
		[metaText(article), 'meta'],
		[bylineText(article.byline), 'byline'],
		[article.summary, 'summary'],
		[linkText(article.link), 'link'],
	];
	for (const [text, style] of header) {
		if (text !== null) add(wrapRuns(runsOf(text, style), width), headerBlock);
	}

	// One blank line between blocks, carrying the block that follows; a block
	// with no visible text gets no line and no separator.
	const addBlock = (runs: Run[][], block: number) => {
		if (runs.length === 0) return;
		if (lines.length > 0) lines.push({runs: [], block});
		add(runs, block);
	};

	article.paragraphs.forEach((paragraph, index) => {
		addBlock(wrapRuns(runsOf(paragraph, 'body'), width), index);
	});
	if (article.prompt !== null) {
		addBlock(wrapRuns(runsOf(article.prompt, 'prompt'), width), article.paragraphs.length);
	}

	return lines;
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
		lines = buildLines(article, width);
		byWidth.set(width, lines);
	}

	return lines;
}

/** The article's pages for a terminal W × H: what the reader turns through, `--print` writes and `--json` counts. */
export function layoutPages(article: Article, width: number, height: number): Page[] {
	return paginate(layoutArticle(article, width), height);
}
