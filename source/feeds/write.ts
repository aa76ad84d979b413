// Imported articles onto disk: the one place feeds write files. Each file is
// written whole or not at all (write-file.ts), and all of one feed's files are
// written under a lock on the folder, so two imports of the same feed at once
// neither double a file nor lose one. Each article is made just before it is
// written, so a large feed's texts are never all held at once (they wait in
// the writing thread's queue only while the disk is behind).
// The articles are made on this thread: a second thread making them too was
// tried, and starting it and copying the items to it cost more than it saved.
import {mkdirSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {withLock} from '../store/lock.js';
import {articleName, keyOfName} from './article-file.js';
import type {Feed} from './feed.js';
import type {PlannedArticle} from './prepare.js';
import {type ArticleJob, changedArticle, type FeedHeader, writeArticleFile} from './write-file.js';

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

// Each article's file: the one that already holds its key, else a new name from its title.
function jobsOf(dir: string, planned: readonly PlannedArticle[]): ArticleJob[] {
	const byKey = existingByKey(dir);
	return planned.map(({item, key, title}) => {
		const existing = byKey.get(key);
		const name = existing ?? `${articleName(title, key)}.txt`;
		return {item, title, file: path.join(dir, name), existed: existing !== undefined, temporary: path.join(dir, `.${name}.${process.pid}.tmp`)};
	});
}

function writeHere(header: FeedHeader, jobs: readonly ArticleJob[]): WriteCounts {
	const counts: WriteCounts = {new: 0, updated: 0, unchanged: 0};
	for (const job of jobs) counts[writeArticleFile(header, job)]++;
	return counts;
}

// From this many articles on, the files are written by a thread of its own
// while this one makes the next articles: the disk's work on 5,000 files
// (creating and renaming each) is about as long as making their articles,
// and the two no longer take turns on this thread. Below it, starting the
// thread would cost more than it saves.
const threadFrom = 300;
// Files a message to the thread carries: one message a file cost more in
// messages than the batches cost in waiting.
const batchSize = 32;

// What the thread runs (write-file's writeWhole, in the thread's own words):
// each message is a batch of files, three strings each (temporary file,
// file, text); null asks how it went, and it answers null or the first
// failure. After a failure it writes nothing more.
const writerSource = `
const {parentPort} = require('node:worker_threads');
const {renameSync, rmSync, writeFileSync} = require('node:fs');
let failure = null;
parentPort.on('message', files => {
	if (files === null) {
		parentPort.postMessage(failure);
		return;
	}
	for (let index = 0; failure === null && index < files.length; index += 3) {
		const temporary = files[index];
		try {
			writeFileSync(temporary, files[index + 2], {flag: 'wx', mode: 0o644});
			renameSync(temporary, files[index + 1]);
		} catch (error) {
			rmSync(temporary, {force: true});
			failure = {message: error.message, code: error.code, errno: error.errno, syscall: error.syscall, path: error.path};
		}
	}
});
`;

type WriterFailure = {message: string; code?: string};

/** The writing thread, started for the first file that needs writing (an update that changes nothing starts none). */
class Writer {
	private thread: Worker | undefined;
	private finished: Promise<WriterFailure | null> | undefined;
	private batch: string[] = [];

	write(temporary: string, file: string, text: string): void {
		this.batch.push(temporary, file, text);
		if (this.batch.length === batchSize * 3) this.send();
	}

	/** Waits for every file sent to be written; the first failure is thrown. */
	async end(): Promise<void> {
		if (this.batch.length > 0) this.send();
		if (this.thread === undefined) return;
		this.thread.postMessage(null);
		const failure = await this.finished;
		if (failure) throw Object.assign(new Error(failure.message), failure);
	}

	stop(): void {
		void this.thread?.terminate();
	}

	private send(): void {
		this.thread ??= this.start();
		this.thread.postMessage(this.batch);
		this.batch = [];
	}

	private start(): Worker {
		const thread = new Worker(writerSource, {eval: true});
		this.finished = new Promise((resolve, reject) => {
			thread.once('message', resolve);
			thread.once('error', reject);
			thread.once('exit', code => reject(new Error(`the thread writing the articles stopped (exit code ${code})`)));
		});
		// Heard at the end; a thread that dies before then is not an unhandled rejection meanwhile.
		this.finished.catch(() => undefined);
		return thread;
	}
}

async function writeInThread(header: FeedHeader, jobs: readonly ArticleJob[]): Promise<WriteCounts> {
	const counts: WriteCounts = {new: 0, updated: 0, unchanged: 0};
	const writer = new Writer();
	try {
		for (const job of jobs) {
			const text = changedArticle(header, job);
			if (text === undefined) {
				counts.unchanged++;
				continue;
			}

			counts[job.existed ? 'updated' : 'new']++;
			writer.write(job.temporary, job.file, text);
		}

		await writer.end();
		return counts;
	} finally {
		writer.stop();
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
	return withLock(path.join(dir, lockName), async () => {
		const jobs = jobsOf(dir, planned);
		return jobs.length >= threadFrom ? writeInThread(header, jobs) : writeHere(header, jobs);
	});
}
