// One article file, written whole or not at all: a temporary file beside it,
// renamed over its name. Shared by the folder writer and its worker thread.
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** What writing one file did: `unchanged` when it already held the text. */
export type Written = 'new' | 'updated' | 'unchanged';

function readIfThere(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** Writes `text` to `file` unless it holds it already; `existed` says whether the file was there before (found by its key). */
export function writeArticleFile(file: string, text: string, existed: boolean): Written {
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
