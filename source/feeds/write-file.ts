// One article file, made from its item and written whole or not at all: a
// temporary file beside it, renamed over its name.
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {articleText} from './article-file.js';
import {type Feed, type FeedItem} from './feed.js';

/** What writing one file did: `unchanged` when it already held the text. */
export type Written = 'new' | 'updated' | 'unchanged';

/** One file to write: the item it is made from, where it goes, and whether a file of that item is there already. */
export type ArticleJob = {item: FeedItem; file: string; existed: boolean};

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
export function writeArticleFile({feed, fallbackSource}: FeedHeader, {item, file, existed}: ArticleJob): Written {
	const text = articleText(feed, item, fallbackSource);
	if (existed && readIfThere(file) === text) return 'unchanged';
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text, {flag: 'wx', mode: 0o644});
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}

	return existed ? 'updated' : 'new';
}
