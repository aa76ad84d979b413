// Articles and libraries built by hand, for tests that need an Article
// without a file, and article files for tests that read a folder.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Article} from '../../source/news/article.js';
import type {Library} from '../../source/news/library.js';
import {tempDir} from './temp.js';

/** An article with every field set plainly, and `fields` over them. */
export function article(id: string, fields: Partial<Article> = {}): Article {
	return {
		id,
		file: `${id}.txt`,
		date: '2026-02-05',
		// The date line as written: the ISO date, one of the forms a file may write, unless the test says otherwise.
		dateText: fields.date === undefined ? '2026-02-05' : fields.date,
		title: `Title of ${id}`,
		label: null,
		summary: null,
		byline: null,
		paragraphs: [`The only paragraph of ${id}.`],
		link: null,
		prompt: null,
		...fields,
	};
}

/** `count` paragraphs of distinct, numbered words, long enough to fill many pages. */
export function longParagraphs(count: number, words = 40): string[] {
	return Array.from({length: count}, (_, index) => Array.from({length: words}, (_, word) => `p${index}w${word}`).join(' '));
}

/** `count` dated articles, newest first, titled `Article 00`, `Article 01`, … */
export function numbered(count: number): Article[] {
	return Array.from({length: count}, (_, index) => {
		const day = new Date(Date.UTC(2026, 0, 31) - index * 86_400_000).toISOString().slice(0, 10);
		return article(`a${String(index).padStart(2, '0')}`, {title: `Article ${String(index).padStart(2, '0')}`, date: day});
	});
}

/** A library as the folder scan returns it, without a folder on disk. */
export function library(articles: Article[], folder = '/tmp/articles'): Library {
	return {folder, articles, skipped: []};
}

/** A new folder holding these files (name → text or bytes), removed after the test file has run. */
export function articleFolder(files: Record<string, string | Uint8Array> = {}, prefix = 'broadsheet-folder-'): string {
	const dir = tempDir(prefix);
	for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
	return dir;
}
