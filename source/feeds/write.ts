// Imported articles onto disk: the one place feeds write files. Each file is
// written whole or not at all (a temporary file renamed over its name), and
// all of one feed's files are written under a lock on the folder, so two
// imports of the same feed at once neither double a file nor lose one.
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {withLock} from '../store/lock.js';
import {articleName, keyOfName} from './article-file.js';

/** One article to write: the item's stable key, its title (for a new file's name) and the file's text. */
export type ArticleToWrite = {key: string; title: string; text: string};

/** What writing a feed's articles did: files created, rewritten, and left as they were. */
export type WriteCounts = {new: number; updated: number; unchanged: number};

// The lock is a folder inside the folder written to; its name does not end
// in `.txt`, so the library never lists it.
const lockName = '.broadsheet-import';

function existingByKey(dir: string): Map<string, string> {
	const byKey = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		if (!name.endsWith('.txt')) continue;
		const key = keyOfName(name.slice(0, -'.txt'.length));
		if (key !== undefined && !byKey.has(key)) byKey.set(key, name);
	}

	return byKey;
}

function readIfThere(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

function writeWhole(file: string, text: string): void {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text, {flag: 'wx', mode: 0o644});
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/**
 * Writes the articles into `dir` (made if missing): an item already imported
 * (found by its key in a file name) is rewritten in place when its text
 * changed, so that its name, and with it its reaction and place, stay.
 */
export async function writeArticles(dir: string, articles: readonly ArticleToWrite[]): Promise<WriteCounts> {
	mkdirSync(dir, {recursive: true});
	return withLock(path.join(dir, lockName), () => {
		const counts: WriteCounts = {new: 0, updated: 0, unchanged: 0};
		const byKey = existingByKey(dir);
		for (const article of articles) {
			const existing = byKey.get(article.key);
			const name = existing ?? `${articleName(article.title, article.key)}.txt`;
			const file = path.join(dir, name);
			if (existing !== undefined && readIfThere(file) === article.text) {
				counts.unchanged++;
				continue;
			}

			writeWhole(file, article.text);
			byKey.set(article.key, name);
			counts[existing === undefined ? 'new' : 'updated']++;
		}

		return counts;
	});
}
