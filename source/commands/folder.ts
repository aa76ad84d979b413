// Which folder broadsheet reads: --dir, then BROADSHEET_DIR, then the user's
// library, falling back to the articles shipped with the program while the
// library holds none, so a fresh install has something to read.
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import {BroadsheetError} from '../errors.js';
import {type Library, scanFolder, scanFolderInSlices, type ScanProgress} from '../news/library.js';

/** The articles shipped with broadsheet, beside dist/ (this module is bundled into dist/cli.js). */
export const shippedFolder = fileURLToPath(new URL('../articles', import.meta.url));

/** `articles` in the user's data folder: XDG_DATA_HOME (env-paths reads it), else ~/.local/share. */
export function libraryFolder(): string {
	return path.join(envPaths('broadsheet', {suffix: ''}).data, 'articles');
}

/** Where scans keep the library index (a cache: deleting it loses nothing): XDG_CACHE_HOME (env-paths reads it), else ~/.cache, then `broadsheet`. */
const indexed = () => ({cacheDir: envPaths('broadsheet', {suffix: ''}).cache});

/** A --dir or BROADSHEET_DIR that is not there or not a folder: exit 1. */
export class FolderError extends BroadsheetError {}

/** The folder the user named: `dir` (--dir), else BROADSHEET_DIR (empty counts as unset), else undefined. */
export function namedFolder(dir: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
	return dir ?? (env['BROADSHEET_DIR'] || undefined);
}

/**
 * The folders to try, in order: `dir` (--dir) alone, else BROADSHEET_DIR
 * alone, else the library (when it exists) and then the shipped articles, the
 * first of which holding an article is read.
 */
function candidates(dir: string | undefined, env: NodeJS.ProcessEnv): string[] {
	const chosen = namedFolder(dir, env);
	if (chosen !== undefined) {
		if (!existsSync(chosen)) throw new FolderError(`no folder ${chosen}`);
		if (!statSync(chosen).isDirectory()) throw new FolderError(`${chosen} is not a folder`);
		return [chosen];
	}

	const library = libraryFolder();
	return existsSync(library) ? [library, shippedFolder] : [shippedFolder];
}

/** The folder to read, scanned: `dir` (--dir) first, then BROADSHEET_DIR, then the library or, while it is empty, the shipped articles. */
export function openLibrary(dir: string | undefined, env: NodeJS.ProcessEnv): Library {
	const folders = candidates(dir, env);
	const last = folders.pop()!;
	for (const folder of folders) {
		const scanned = scanFolder(folder, indexed());
		if (scanned.articles.length > 0) return scanned;
	}

	return scanFolder(last, indexed());
}

/** openLibrary, scanning in slices and saying how far it has got (for a screen shown while a large folder is read). */
export async function openLibraryInSlices(dir: string | undefined, env: NodeJS.ProcessEnv, onProgress: ScanProgress): Promise<Library> {
	const folders = candidates(dir, env);
	const last = folders.pop()!;
	for (const folder of folders) {
		const scanned = await scanFolderInSlices(folder, onProgress, undefined, indexed());
		if (scanned.articles.length > 0) return scanned;
	}

	return scanFolderInSlices(last, onProgress, undefined, indexed());
}
