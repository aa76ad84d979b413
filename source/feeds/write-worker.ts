// The folder writer's second thread: it writes the files the main thread
// hands it while that thread turns the next items into articles, so the
// system's file creation (the larger part of a big import) runs beside the
// HTML work on another core rather than after it.
import {parentPort} from 'node:worker_threads';
import {writeArticleFile} from './write-file.js';

/** A batch of files to write, or the word that no more will come. */
export type WriteRequest = {files: Array<{file: string; text: string; existed: boolean}>} | {done: true};

/** The worker's answer: how many files of each kind once done, or why it stopped. */
export type WriteReply = {counts: {new: number; updated: number; unchanged: number}} | {error: {message: string; code?: string}};

const counts = {new: 0, updated: 0, unchanged: 0};
let failed = false;
parentPort!.on('message', (request: WriteRequest) => {
	if (failed) return;
	if ('done' in request) {
		parentPort!.postMessage({counts} satisfies WriteReply);
		return;
	}

	try {
		for (const {file, text, existed} of request.files) counts[writeArticleFile(file, text, existed)]++;
	} catch (error) {
		failed = true;
		const {message, code} = error as NodeJS.ErrnoException;
		parentPort!.postMessage({error: {message, code}} satisfies WriteReply);
	}
});
