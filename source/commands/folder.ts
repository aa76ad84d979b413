// Which folder broadsheet reads: --dir, then BROADSHEET_DIR, then the user's
// library, falling back to the articles shipped with the program while the
// library holds none, so a fresh install has something to read.
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import {BroadsheetError} from '../errors.js';
import {type Library, scanFolder} from '../news/library.js';

/** The articles shipped with broadsheet, beside dist/ (this module is bundled into dist/cli.js). */
export const shippedFolder = fileURLToPath(new URL('../articles', import.meta.url));

/** `articles` in the user's data folder: XDG_DATA_HOME (env-paths reads it), else ~/.local/share. */
export function libraryFolder(): string {
	return path.join(envPaths('broadsheet', {suffix: ''}).data, 'articles');
}

/** A --dir or BROADSHEET_DIR that is not there or not a folder: exit 1. */
export class FolderError extends BroadsheetError {}

/** The folder to read, scanned: `dir` (--dir) first, then BROADSHEET_DIR, then the library or, while it is empty, the shipped articles. */
export function openLibrary(dir: string | undefined, env: NodeJS.ProcessEnv): Library {
	const chosen = dir ?? (env['BROADSHEET_DIR'] || undefined);
	if (chosen !== undefined) {
		if (!existsSync(chosen)) throw new FolderError(`no folder ${chosen}`);
		if (!statSync(chosen).isDirectory()) throw new FolderError(`${chosen} is not a folder`);
		return scanFolder(chosen);
	}

	const library = libraryFolder();
	if (existsSync(library)) {
		const scanned = scanFolder(library);
		if (scanned.articles.length > 0) return scanned;
	}

	return scanFolder(shippedFolder);
}
