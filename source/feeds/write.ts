// Imported articles onto disk: the one place feeds write files. Each file is
// written whole or not at all (write-file.ts), and all of one feed's files are
// written under a lock on the folder, so two imports of the same feed at once
// neither double a file nor lose one. A large feed's files are written by a
// second thread while this one makes the next articles, so that file creation
// and the HTML work share the machine's cores instead of taking turns.
import {mkdirSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {withLock} from '../store/lock.js';
import {articleName, keyOfName} from './article-file.js';
import {writeArticleFile} from './write-file.js';
// Only the types: importing the worker's module would run it here.
import type {WriteReply, WriteRequest} from './write-worker.js';

/** One article to write: the item's stable key, its title (for a new file's name) and the file's text. */
export type ArticleToWrite = {key: string; title: string; text: string};

/** What writing a feed's articles did: files created, rewritten, and left as they were. */
export type WriteCounts = {new: number; updated: number; unchanged: number};

// The lock is a folder inside the folder written to; its name does not end
// in `.txt`, so the library never lists it.
const lockName = '.broadsheet-import';

// Below this many files a thread costs more to start than it saves.
const threadedFrom = 500;
const batchSize = 100;

type FileToWrite = {file: string; text: string; existed: boolean};

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
function* filesOf(dir: string, articles: Iterable<ArticleToWrite>): Generator<FileToWrite> {
	const byKey = existingByKey(dir);
	for (const article of articles) {
		const existing = byKey.get(article.key);
		const name = existing ?? `${articleName(article.title, article.key)}.txt`;
		byKey.set(article.key, name);
		yield {file: path.join(dir, name), text: article.text, existed: existing !== undefined};
	}
}

function writeHere(files: Iterable<FileToWrite>): WriteCounts {
	const counts: WriteCounts = {new: 0, updated: 0, unchanged: 0};
	for (const {file, text, existed} of files) counts[writeArticleFile(file, text, existed)]++;
	return counts;
}

// Built, the worker is dist/write-worker.js beside this chunk. Run from
// source under tsx (the tests), it is TypeScript, and Node 20 does not pass
// tsx's loader on to a worker: the worker registers it first.
function startWriter(): Worker {
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./write-worker.js', import.meta.url));
	const worker = new URL('./write-worker.ts', import.meta.url).href;
	const tsx = import.meta.resolve('tsx/esm/api');
	return new Worker(`import(${JSON.stringify(tsx)}).then(api => { api.register(); return import(${JSON.stringify(worker)}); });`, {eval: true});
}

async function writeBeside(files: Iterable<FileToWrite>): Promise<WriteCounts> {
	const writer = startWriter();
	try {
		const answer = new Promise<WriteCounts>((resolve, reject) => {
			writer.once('message', (reply: WriteReply) => {
				if ('counts' in reply) resolve(reply.counts);
				else reject(Object.assign(new Error(reply.error.message), {code: reply.error.code}));
			});
			writer.once('error', reject);
			writer.once('exit', code => reject(new Error(`the writing thread stopped (exit code ${code})`)));
		});
		let batch: FileToWrite[] = [];
		for (const file of files) {
			batch.push(file);
			if (batch.length === batchSize) {
				writer.postMessage({files: batch} satisfies WriteRequest);
				batch = [];
			}
		}

		writer.postMessage({files: batch} satisfies WriteRequest);
		writer.postMessage({done: true} satisfies WriteRequest);
		return await answer;
	} finally {
		await writer.terminate();
	}
}

/**
 * Writes the articles into `dir` (made if missing): an item already imported
 * (found by its key in a file name) is rewritten in place when its text
 * changed, so that its name, and with it its reaction and place, stay.
 * `articles` may be made as they are taken: with `count` at least
 * `threadedFrom` they are written on a second thread as they come.
 */
export async function writeArticles(dir: string, articles: Iterable<ArticleToWrite>, count: number): Promise<WriteCounts> {
	mkdirSync(dir, {recursive: true});
	return withLock(path.join(dir, lockName), async () => (count >= threadedFrom ? writeBeside(filesOf(dir, articles)) : writeHere(filesOf(dir, articles))));
}
