// What `--print` and `--json` lay out: the same pages the reader shows, made
// one page at a time and written or counted as they come, so that memory
// holds one page, not the whole article's lines. The commands import this
// module only when they run, so that layout (string-width, Intl.Segmenter,
// chalk) loads for them alone.
import {BroadsheetError} from '../errors.js';
import {type Article} from '../news/article.js';
import {eachArticlePage, renderLine, type Page} from '../layout/index.js';

/** A page past the last: exit 1. */
export class PageError extends BroadsheetError {}

/** The terminal size to lay out for, the page wanted (all when absent), and whether to colour. */
type PrintOptions = {width: number; height: number; page?: number; colour: boolean};

function pageText(page: Page, colour: boolean): string {
	const mode = colour ? 'color' : 'plain';
	return page.lines.map(line => renderLine(line, mode) + '\n').join('');
}

/**
 * Writes the article's pages at width × height as lines of text, each page
 * as soon as it is laid out, or only the one page asked for (laying out no
 * further); a PageError names the count when there is no such page.
 */
export function printPages(article: Article, {width, height, page, colour}: PrintOptions, write: (text: string) => void): void {
	let count = 0;
	// Pages go out in writes of about 64 KB: few system calls, little held.
	let pending = '';
	for (const one of eachArticlePage(article, width, height)) {
		count++;
		if (page === undefined) {
			pending += pageText(one, colour);
			if (pending.length >= 65_536) {
				write(pending);
				pending = '';
			}
		} else if (count === page) {
			write(pageText(one, colour));
			return;
		}
	}

	if (pending !== '') write(pending);

	if (page !== undefined) {
		const pages = count === 1 ? '1 page' : `${count} pages`;
		throw new PageError(`page ${page} is past the last: ${article.id} has ${pages} at ${width}×${height}`);
	}
}

/** How many pages the article takes at width × height, counted without keeping any. */
export function pageCount(article: Article, {width, height}: {width: number; height: number}): number {
	const pages = eachArticlePage(article, width, height);
	let count = 0;
	while (pages.next().done !== true) count++;
	return count;
}
