// A folder of article files: which files are articles, in what order, and
// which one a user means by a ref. Reading stays inside the folder: a link
// or ref that points out of it is treated as absent.
import {lstatSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {type Article} from './article.js';
import {ArticleError, decodeArticle} from './parse.js';
import {holdsControls, spellControls} from './sanitise.js';
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

/** The largest article file read, 64 MB: a file over it is skipped with a warning, or an error when named, before any of it is read. */
export const maxArticleBytes = 64 * 1024 * 1024;

const megabyte = 1024 * 1024;

/** A size as the refusal says it: in MB, rounded up to a tenth, so a file just over the limit does not read as the limit. */
function megabytes(bytes: number): string {
	return `${Math.ceil((bytes / megabyte) * 10) / 10} MB`;
}

/** An entry's name as text, for its id, and for a name that is not UTF-8 the bytes as the folder holds them, for reading. */
type Entry = {name: string; raw?: Buffer};

/** Why an entry is not an article. Returned, not thrown: a folder of 100,000 bad files should not pay for 100,000 stack traces. */
type Refusal = {reason: string};

/**
 * Reads one entry of the folder, or says why it is not an article. Only
 * regular files, and links that resolve to regular files inside the folder,
 * no larger than maxArticleBytes.
 */
function readEntry(folder: string, {raw, name}: Entry): Article | Refusal {
	const full = raw ? Buffer.concat([Buffer.from(folder + path.sep), raw]) : path.join(folder, name);
	let stat = lstatSync(full);
	if (stat.isSymbolicLink()) {
		let target: string;
		try {
			target = realpathSync(full);
			stat = statSync(full);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {reason: 'a broken link'};
			throw error;
		}

		const inside = path.relative(realpathSync(folder), target);
		// `..x.txt` is a name inside the folder; `..` and `../x` are outside it.
		if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return {reason: linkOut};
	}

	if (!stat.isFile()) return {reason: 'not a regular file'};
	// Said before opening it: a folder of 100,000 empty files is read in stats.
	if (stat.size === 0) return {reason: 'empty file'};
	if (stat.size > maxArticleBytes) return {reason: `it is ${megabytes(stat.size)}; articles over ${megabytes(maxArticleBytes)} are not read`};
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(full);
	} catch (error) {
		return {reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`};
	}

	return decodeArticle(bytes, name);
}

// A leading BOM is part of a name, not a mark to drop.
const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

function decodes(bytes: Uint8Array): string | undefined {
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * A name's bytes as text: UTF-8 as itself, and each byte that is not part of
 * a UTF-8 character spelled `\xNN` (lower-case hex), so `latin1<e9>.txt` is
 * `latin1\xe9.txt`, and a ref can name it so.
 */
function nameOf(bytes: Uint8Array): string {
	const whole = decodes(bytes);
	if (whole !== undefined) return whole;
	let name = '';
	let index = 0;
	while (index < bytes.length) {
		let character: string | undefined;
		let length = 1;
		for (; length <= 4 && index + length <= bytes.length; length++) {
			character = decodes(bytes.subarray(index, index + length));
			if (character !== undefined) break;
		}

		if (character === undefined) {
			name += `\\x${bytes[index]!.toString(16).padStart(2, '0')}`;
			index++;
		} else {
			name += character;
			index += length;
		}
	}

	return name;
}

const txt = Buffer.from('.txt');

const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The folder's `.txt` entries, by name. Names come as text, and only when one
 * holds U+FFFD (a name that is not UTF-8 reads so, as may one that holds it)
 * is the folder listed again as bytes, to read such names by their bytes.
 */
function articleFiles(folder: string): Entry[] {
	const names = readdirSync(folder).filter(name => name.endsWith('.txt') && name.length > 4);
	if (!names.some(name => name.includes('\uFFFD'))) return names.map(name => ({name})).sort(byName);
	return readdirSync(folder, {encoding: 'buffer'})
		.filter(raw => raw.length > txt.length && raw.subarray(-txt.length).equals(txt))
		.map(raw => {
			const name = nameOf(raw);
			return Buffer.from(name).equals(raw) ? {name} : {name, raw};
		})
		.sort(byName);
}

/** A scan under way: the folder's entries, and what reading each of them added. */
type Scan = {entries: Entry[]; read(entry: Entry): void; library(): Library};

/**
 * Starts reading the folder's `.txt` files into a Library. A file that is not
 * an article, or cannot be read, is skipped with its reason and never stops
 * the rest; a name holding control or invisible characters is skipped
 * without being read. A name that is not UTF-8 is read, its stray bytes
 * spelled `\xNN` in its id, unless so spelled it is another file's name.
 */
function startScan(folder: string): Scan {
	const articles: Article[] = [];
	const skipped: Skipped[] = [];
	const entries = articleFiles(folder);
	const utf8Names = new Set(entries.filter(entry => !entry.raw).map(entry => entry.name));
	const read = (entry: Entry) => {
		const {name} = entry;
		// A file name could drive the terminal, or pass for another, as surely as its text: such files are not read.
		if (holdsControls(name)) {
			skipped.push({file: spellControls(name), reason: 'its name holds control or invisible characters'});
			return;
		}

		if (entry.raw && utf8Names.has(name)) {
			skipped.push({file: name, reason: 'its name is not UTF-8, and spelled out it is the name of another file'});
			return;
		}

		try {
			const result = readEntry(folder, entry);
			if ('reason' in result) skipped.push({file: name, reason: result.reason});
			else articles.push(result);
		} catch (error) {
			if (!(error instanceof ArticleError) && !isFsError(error)) throw error;
			skipped.push({file: name, reason: error instanceof ArticleError ? error.message : fsReason(error)});
		}
	};

	return {
		entries,
		read,
		library: () => ({folder, articles: articles.sort(compareArticles), skipped}),
	};
}

/** Reads the folder's `.txt` files into a Library, at once (see startScan for what is skipped). */
export function scanFolder(folder: string): Library {
	const scan = startScan(folder);
	for (const entry of scan.entries) scan.read(entry);
	return scan.library();
}

/** Told how far a scan in slices has got: files read so far, of how many. */
export type ScanProgress = (read: number, total: number) => void;

/**
 * Reads the folder as scanFolder does, `slice` files at a time, giving the
 * event loop a turn between slices (a screen can draw "Reading 40,000 of
 * 100,000…", a key or a signal can be heard) and saying how far it has got
 * after each.
 */
export async function scanFolderInSlices(folder: string, onProgress: ScanProgress, slice = 1000): Promise<Library> {
	const scan = startScan(folder);
	const total = scan.entries.length;
	for (let start = 0; start < total; start += slice) {
		for (const entry of scan.entries.slice(start, start + slice)) scan.read(entry);
		onProgress(Math.min(start + slice, total), total);
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}

	return scan.library();
}

function isFsError(error: unknown): error is NodeJS.ErrnoException {
	return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function fsReason(error: NodeJS.ErrnoException): string {
	return error.code === 'ENOENT' ? 'removed while the folder was read' : `unreadable (${error.code ?? 'error'})`;
}

/** A ref may only name something inside the folder, by name alone; a backslash only as the `\xNN` of a name that is not UTF-8. */
function isPlainName(ref: string): boolean {
	return ref !== '' && ref !== '.' && ref !== '..' && !/[/\0]|\\(?!x[\da-f]{2})/.test(ref);
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
		// A skipped name is kept as a message spells it: so is the ref, to find it.
		const spelled = spellControls(file);
		const bad = library.skipped.find(entry => entry.file === spelled);
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
