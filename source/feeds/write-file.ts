// One article file, made from its item and written whole or not at all: a
// temporary file, renamed over its name.
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {articleText} from './article-file.js';
import {type Feed, type FeedItem} from './feed.js';

/** What writing one file did: `unchanged` when it already held the text. */
export type Written = 'new' | 'updated' | 'unchanged';

/** One file to write: the item it is made from (and its title, as itemTitle cleaned it), where it goes, whether a file of that item is there already, and the temporary file it is written as first (on the same file system). */
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

/** Writes the job's article unless its file holds it already. */
export function writeArticleFile({feed, fallbackSource}: FeedHeader, {item, title, file, existed, temporary}: ArticleJob): Written {
	const text = articleText(feed, item, fallbackSource, title);
	if (existed && readIfThere(file) === text) return 'unchanged';
	try {
		writeFileSync(temporary, text, {flag: 'wx', mode: 0o644});
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}

	return existed ? 'updated' : 'new';
}
