// Imported articles onto disk: the one place feeds write files. Each file is
// written whole or not at all (write-file.ts), and all of one feed's files are
// written under a lock on the folder, so two imports of the same feed at once
// neither double a file nor lose one. Each article is made just before it is
// written, so a large feed's texts are never all held at once. (A second
// thread sharing the work was tried: on the shared 2-core machine, whose other
// core is seldom idle, starting it and copying the items to it cost more than
// it saved.)
import {mkdirSync, readdirSync, rmdirSync} from 'node:fs';
import path from 'node:path';
import {withLock} from '../store/lock.js';
import {articleName, keyOfName} from './article-file.js';
import {type Feed} from './feed.js';
import {type PlannedArticle} from './prepare.js';
import {type ArticleJob, type FeedHeader, writeArticleFile} from './write-file.js';

/** What writing a feed's articles did: files created, rewritten, and left as they were. */
export type WriteCounts = {new: number; updated: number; unchanged: number};

// The lock is a folder inside the folder written to; its name does not end
// in `.txt`, so the library never lists it.
const lockName = '.broadsheet-import';
// The temporary files are written in a folder of their own beside the lock,
// renamed from there into the folder, and the folder removed once they all
// are. Beside the articles, each temporary name was a second entry made and
// removed in a folder of thousands of long names: writing 5,000 files took
// the file system about a tenth longer that way (ext4, measured side by side).
const stagingName = '.broadsheet-import.staging';

function existingByKey(dir: string): Map<string, string> {
	const byKey = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		if (!name.endsWith('.txt')) continue;
		const key = keyOfName(name.slice(0, -'.txt'.length));
		if (key !== undefined && !byKey.has(key)) byKey.set(key, name);
	}

	return byKey;
}

// Each article's file: the one that already holds its key, else a new name from its title.
function jobsOf(dir: string, staging: string, planned: readonly PlannedArticle[]): ArticleJob[] {
	const byKey = existingByKey(dir);
	return planned.map(({item, key, title}) => {
		const existing = byKey.get(key);
		const name = existing ?? `${articleName(title, key)}.txt`;
		return {item, title, file: path.join(dir, name), existed: existing !== undefined, temporary: path.join(staging, `${name}.${process.pid}.tmp`)};
	});
}

function writeHere(header: FeedHeader, jobs: readonly ArticleJob[]): WriteCounts {
	const counts: WriteCounts = {new: 0, updated: 0, unchanged: 0};
	for (const job of jobs) counts[writeArticleFile(header, job)]++;
	return counts;
}

// Empty unless an import was killed part-way, whose temporary files stay
// with it, out of the library's sight, rather than be guessed at.
function removeStaging(staging: string): void {
	try {
		rmdirSync(staging);
	} catch {
		// Not empty, or gone: either way nothing of this import is left in it.
	}
}

/**
 * Writes the planned articles of `feed` into `dir` (made if missing): an item
 * already imported (found by its key in a file name) is rewritten in place
 * when its text changed, so that its name, and with it its reaction and
 * place, stay. `fallbackSource` is the byline's source for a feed without a title.
 */
export async function writeArticles(dir: string, feed: Feed, planned: readonly PlannedArticle[], fallbackSource: string): Promise<WriteCounts> {
	mkdirSync(dir, {recursive: true});
	const header: FeedHeader = {feed, fallbackSource};
	return withLock(path.join(dir, lockName), () => {
		const staging = path.join(dir, stagingName);
		mkdirSync(staging, {recursive: true});
		try {
			return writeHere(header, jobsOf(dir, staging, planned));
		} finally {
			removeStaging(staging);
		}
	});
}
