// A folder of article files: which files are articles, in what order, and
// which one a user means by a ref. Reading stays inside the folder: a link
// or ref that points out of it is treated as absent.
import {lstatSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {type Article} from './article.js';
import {ArticleError, decodeArticle} from './parse.js';
import {spellControls} from './sanitise.js';
import {BroadsheetError} from '../errors.js';

const linkOut = 'a link pointing out of the folder';

type Skipped = {file: string; reason: string};

/**
 * A folder as scanned: its articles in list order, and the `.txt` files that
 * are not articles, kept so that a ref naming one can say why.
 */
export type Library = {
	folder: string;
	/** Newest first; undated last; ties by id. */
	articles: Article[];
	/** `.txt` entries that are not articles, with why. */
	skipped: Skipped[];
};

/** A ref that names nothing, or more than one thing: exit 1. */
export class RefError extends BroadsheetError {}

/** List order: newest first, undated last, ties by id, so that the list and its 1-based refs are the same on every run. */
export function compareArticles(a: Article, b: Article): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? 1 : -1;
	}

	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Reads one entry of the folder, or says why it is not an article. Only
 * regular files, and links that resolve to regular files inside the folder.
 */
function readEntry(folder: string, file: string): Article {
	const full = path.join(folder, file);
	const link = lstatSync(full);
	if (link.isSymbolicLink()) {
		const inside = path.relative(realpathSync(folder), realpathSync(full));
		// `..x.txt` is a name inside the folder; `..` and `../x` are outside it.
		if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
			throw new ArticleError(linkOut);
		}
	}

	if (!statSync(full).isFile()) throw new ArticleError('not a regular file');
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(full);
	} catch (error) {
		throw new ArticleError(`unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}

	return decodeArticle(bytes, file);
}

function articleFiles(folder: string): string[] {
	return readdirSync(folder)
		.filter(name => name.endsWith('.txt') && name.length > 4)
		.sort();
}

/**
 * Reads the folder's `.txt` files into a Library. A file that is not an
 * article, or cannot be read, is skipped with its reason and never stops the
 * rest; a name holding control characters is skipped without being read.
 */
export function scanFolder(folder: string): Library {
	const articles: Article[] = [];
	const skipped: Skipped[] = [];
	for (const file of articleFiles(folder)) {
		// A file name could drive the terminal as surely as its text: such files are not read.
		if (spellControls(file) !== file) {
			skipped.push({file: spellControls(file), reason: 'its name holds control characters'});
			continue;
		}

		try {
			articles.push(readEntry(folder, file));
		} catch (error) {
			if (!(error instanceof ArticleError) && !isFsError(error)) throw error;
			skipped.push({file, reason: error instanceof ArticleError ? error.message : fsReason(error)});
		}
	}

	articles.sort(compareArticles);
	return {folder, articles, skipped};
}

function isFsError(error: unknown): error is NodeJS.ErrnoException {
	return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function fsReason(error: NodeJS.ErrnoException): string {
	return error.code === 'ENOENT' ? 'a broken link' : `unreadable (${error.code ?? 'error'})`;
}

/** A ref may only name something inside the folder, by name alone. */
function isPlainName(ref: string): boolean {
	return ref !== '' && ref !== '.' && ref !== '..' && !/[/\\\0]/.test(ref);
}

/**
 * SPEC §3 precedence: exact id, file name, unique id prefix, 1-based
 * position in list order. A ref naming a file that is not an article is an
 * error saying why, rather than "not found".
 */
export function resolveRef(library: Library, ref: string): Article {
	const notFound = new RefError(`no article "${ref}" in ${library.folder}`);
	if (!isPlainName(ref)) throw notFound;
	// The file an exact id names, then the file a file name names: an article
	// is taken, a file that is not one says why.
	const files = ref.endsWith('.txt') ? [`${ref}.txt`, ref] : [`${ref}.txt`];
	for (const file of files) {
		const article = library.articles.find(candidate => candidate.file === file);
		if (article) return article;
	}

	for (const file of files) {
		const bad = library.skipped.find(entry => entry.file === file);
		// A link out of the folder is, to a ref, not there at all (SPEC §3).
		if (bad?.reason === linkOut) throw new RefError(`${notFound.message} (${bad.file} is ${linkOut})`);
		if (bad) throw new RefError(`${bad.file} is not an article: ${bad.reason}`);
	}

	const matches = library.articles.filter(article => article.id.startsWith(ref));
	if (matches.length === 1) return matches[0]!;
	if (matches.length > 1) {
		const names = matches.map(article => article.id).sort().join(', ');
		throw new RefError(`"${ref}" matches ${matches.length} articles: ${names}`);
	}

	if (/^[1-9]\d*$/.test(ref)) {
		const position = Number(ref);
		const article = library.articles[position - 1];
		if (article) return article;
	}

	throw notFound;
}
