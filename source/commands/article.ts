// `--article <ref> --print` and `--json`: the same pages the reader shows,
// written to stdout.
import {type Article} from '../news/article.js';
import {quotesOf} from '../news/quotes.js';
import {countWords} from '../news/words.js';
import {layoutPages, renderLine} from '../layout/index.js';
import {headFields} from './fields.js';
import {PageError} from './page-error.js';


export type PrintOptions = {width: number; height: number; page?: number; colour: boolean};

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

export function articleJson(article: Article, size: {width: number; height: number}, reaction: string | null) {
	return {
		...headFields(article),
		byline: article.byline,
		paragraphs: article.paragraphs,
		quotes: quotesOf(article.paragraphs),
		prompt: article.prompt,
		link: article.link,
		words: countWords(article.paragraphs),
		pages: layoutPages(article, size.width, size.height).length,
		reaction,
	};
}
