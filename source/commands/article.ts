// What `--print` and `--json` lay out: the same pages the reader shows. The
// commands import this module only when they run, so that layout
// (string-width, Intl.Segmenter, chalk) loads for them alone.
import {BroadsheetError} from '../errors.js';
import {type Article} from '../news/article.js';
import {layoutPages, renderLine} from '../layout/index.js';

/** A page past the last: exit 1. */
export class PageError extends BroadsheetError {}

/** The terminal size to lay out for, the page wanted (all when absent), and whether to colour. */
type PrintOptions = {width: number; height: number; page?: number; colour: boolean};

/** The article's pages at width × height as lines of text, or one page of them; a PageError names the count when there is no such page. */
export function printText(article: Article, {width, height, page, colour}: PrintOptions): string {
	const pages = layoutPages(article, width, height);
	let chosen = pages;
	if (page !== undefined) {
		const one = pages[page - 1];
		if (!one) {
			const count = pages.length === 1 ? '1 page' : `${pages.length} pages`;
			throw new PageError(`page ${page} is past the last: ${article.id} has ${count} at ${width}×${height}`);
		}

		chosen = [one];
	}

	const mode = colour ? 'color' : 'plain';
	return chosen.flatMap(one => one.lines).map(line => renderLine(line, mode) + '\n').join('');
}

/** How many pages the article takes at width × height. */
export function pageCount(article: Article, {width, height}: {width: number; height: number}): number {
	return layoutPages(article, width, height).length;
}
