// What `--print` and `--json` lay out: the same pages the reader shows,
// written one page at a time as they are made, so that memory holds one page,
// not the whole article's lines; counted (for `--json` and `--list`) without
// laying any out. The commands import this
// module only when they run, so that layout (string-width, Intl.Segmenter,
// chalk) loads for them alone.
import {BroadsheetError} from '../errors.js';
import type {Article} from '../news/article.js';
import {articlePages, eachArticlePage, headerBlock, pageOfPlace, renderLine, textColumn, type Page} from '../layout/index.js';

/** A page past the last: exit 1. */
export class PageError extends BroadsheetError {}

/** The terminal laid out for, and the text column's cap above 100 columns (0: none): the reader's measure rule. */
type Terminal = {width: number; height: number; measure: number};

/** The terminal, the page wanted (all when absent), and whether to colour. */
type PrintOptions = Terminal & {page?: number; colour: boolean};

function pageText(page: Page, margin: string, colour: boolean): string {
	const mode = colour ? 'color' : 'plain';
	// A blank line stays empty: the margin is there to line the text up, and trailing spaces are noise in a file.
	return page.lines.map(line => (line.runs.length === 0 ? '\n' : margin + renderLine(line, mode) + '\n')).join('');
}

/**
 * Writes the article's pages at width × height as lines of text, each page
 * as soon as it is laid out, or only the one page asked for (laying out no
 * further); a PageError names the count when there is no such page. Above
 * 100 columns the text keeps to the measure, behind the margin that centres
 * it on screen, so a page printed is the page the reader shows.
 */
export function printPages(article: Article, {width, height, measure, page, colour}: PrintOptions, write: (text: string) => void): void {
	const column = textColumn(width, measure);
	const margin = ' '.repeat(column.indent);
	let count = 0;
	// Pages go out in writes of about 64 KB: few system calls, little held.
	let pending = '';
	for (const one of eachArticlePage(article, column.width, height)) {
		count++;
		if (page === undefined) {
			pending += pageText(one, margin, colour);
			if (pending.length >= 65_536) {
				write(pending);
				pending = '';
			}
		} else if (count === page) {
			write(pageText(one, margin, colour));
			return;
		}
	}

	if (pending !== '') write(pending);

	if (page !== undefined) {
		const pages = count === 1 ? '1 page' : `${count} pages`;
		throw new PageError(`page ${page} is past the last: ${article.id} has ${pages} at ${width}×${height}`);
	}
}

/** How many pages the article takes at width × height under the measure rule, counted without laying any out. */
export function pageCount(article: Article, {width, height, measure}: Terminal): number {
	return articlePages(article, textColumn(width, measure).width, height).length;
}

/**
 * Where a stored place reopens at width × height under the measure rule, as
 * the reader finds it (paragraph 0 is the start, header and all): the 1-based
 * page, and how many there are.
 */
export function placePage(article: Article, paragraph: number, {width, height, measure}: Terminal): {page: number; pages: number} {
	// Counted, not laid out: the page index alone says where a block falls.
	const pages = articlePages(article, textColumn(width, measure).width, height);
	return {page: pageOfPlace(pages, paragraph === 0 ? headerBlock : paragraph) + 1, pages: pages.length};
}
