// One article file, made from its item and written whole or not at all: a
// temporary file beside it, renamed over its name.
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {articleText} from './article-file.js';
import type {Feed, FeedItem} from './feed.js';

/** What writing one file did: `unchanged` when it already held the text. */
export type Written = 'new' | 'updated' | 'unchanged';

/** One file to write: the item it is made from (and its title, as itemTitle cleaned it), where it goes, whether a file of that item is there already, and the temporary file beside it that it is written as first. */
export type ArticleJob = {item: FeedItem; title: string; file: string; existed: boolean; temporary: string};

/** The feed as an article needs it (its title, link and id, not its items), and who the byline names when it has no title. */
export type FeedHeader = {feed: Feed; fallbackSource: string};

function readIfThere(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** The job's article, unless its file holds it already. */
export function changedArticle({feed, fallbackSource}: FeedHeader, {item, title, file, existed}: ArticleJob): string | undefined {
	const text = articleText(feed, item, fallbackSource, title);
	return existed && readIfThere(file) === text ? undefined : text;
}

// The text as the temporary file, then renamed over the file.
function writeWhole(temporary: string, file: string, text: string): void {
	try {
		writeFileSync(temporary, text, {flag: 'wx', mode: 0o644});
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/** Writes the job's article unless its file holds it already. */
export function writeArticleFile(header: FeedHeader, job: ArticleJob): Written {
	const text = changedArticle(header, job);
	if (text === undefined) return 'unchanged';
	writeWhole(job.temporary, job.file, text);
	return job.existed ? 'updated' : 'new';
}
