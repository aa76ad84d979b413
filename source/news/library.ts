// A folder of article files: which files are articles, in what order, and
// which one a user means by a ref. Reading stays inside the folder: a link
// or ref that points out of it is treated as absent.
//
// A scan keeps each article's head (what the list shows, and the body's word
// count) and lets the body go: an article's paragraphs are read from its file
// again when first asked for (an article opened, printed, laid out). Given a
// cache folder, a scan also keeps an index there (library-index.ts), so that
// the next scan reads only the files that changed: one readdir, a stat a file
// and one read of the index.
import {createHash} from 'node:crypto';
import {type BigIntStats, closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Article} from './article.js';
import {type ArticleHead, decodeIndex, encodeIndex, fileIdentity, type FileStat, type IndexedFile, isRacy, type LibraryIndex, type PlacePage} from './library-index.js';
import {type CountedHead, headOfFile} from './head.js';
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
	/** Where stored places fall at 80×24, kept in the library index; absent when the scan kept none. */
	placePages?: PlacePages;
};

/** A stored place as a page at 80×24, and the article's page count there. */
type PageOfPlace = {page: number; pages: number};

/**
 * Pages counted for stored places at `--list`'s 80×24, kept in the library
 * index with the file they were counted for: counting needs the body, and a
 * list of thousands of opened articles should not read every one of them at
 * every start.
 */
export type PlacePages = {
	/** The place's page and the count, if they were counted for the file as it is now. */
	known(article: Article, paragraph: number): PageOfPlace | undefined;
	keep(article: Article, paragraph: number, counted: PageOfPlace): void;
	/** Writes the index again if anything was kept since it was last written. */
	save(): void;
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
type Refusal = {reason: string; /** The file could not be read (not: it was read and is no article). */ unread?: true};

/** A file fit to read: where it is, and what stat said of it. */
type Located = {full: string | Buffer; stat: FileStat};

/**
 * Finds one entry of the folder, or says why it is not an article, by stats
 * alone. Only regular files, and links that resolve to regular files inside
 * the folder, no larger than maxArticleBytes.
 */
function locate(folder: string, {raw, name}: Entry): Located | Refusal {
	const full = raw ? Buffer.concat([Buffer.from(folder + path.sep), raw]) : path.join(folder, name);
	let stat: BigIntStats = lstatSync(full, {bigint: true});
	if (stat.isSymbolicLink()) {
		let target: string;
		try {
			target = realpathSync(full);
			stat = statSync(full, {bigint: true});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {reason: 'a broken link'};
			throw error;
		}

		const inside = path.relative(realpathSync(folder), target);
		// `..x.txt` is a name inside the folder; `..` and `../x` are outside it.
		if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return {reason: linkOut};
	}

	if (!stat.isFile()) return {reason: 'not a regular file'};
	const size = Number(stat.size);
	// Said before opening it: a folder of 100,000 empty files is read in stats.
	if (size === 0) return {reason: 'empty file'};
	if (size > maxArticleBytes) return {reason: `it is ${megabytes(size)}; articles over ${megabytes(maxArticleBytes)} are not read`};
	return {full, stat};
}

/**
 * Why a file could not be read, marked so that the index does not keep it:
 * the error may pass (EMFILE, EIO), and the file's identity would not say so.
 */
function unreadable(error: unknown): Refusal {
	return {reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`, unread: true};
}

/** The file's bytes, or why they cannot be read. */
function readBytes(full: string | Buffer): Uint8Array | Refusal {
	try {
		return readFileSync(full);
	} catch (error) {
		return unreadable(error);
	}
}

/** The file read and parsed whole; an ArticleError says why it is no article. */
function readArticle(full: string | Buffer, name: string): Article | Refusal {
	const bytes = readBytes(full);
	return 'reason' in bytes ? bytes : decodeArticle(bytes, name);
}

// The buffer a scan reads each file into: reading 10,000 files, a buffer
// each (and readFileSync's fstat each) was a tenth of reading them. Nothing
// read from it is kept but strings decoded off it. A file over its size gets
// a buffer of its own, so a scan that met a big file does not hold on to one
// that big.
const scratch = Buffer.allocUnsafe(256 * 1024);

/** The file's bytes, as readFileSync reads them, into scratch when it fits; stat said its size. */
function readSized(full: string | Buffer, size: number): Uint8Array | Refusal {
	// One byte over the size, to see a file that grew since it was stat'ed and read it whole.
	if (size + 1 > scratch.length) return readBytes(full);
	let fd: number;
	try {
		fd = openSync(full, 'r');
	} catch (error) {
		return unreadable(error);
	}

	let length = 0;
	try {
		for (let read = -1; read !== 0 && length < size + 1;) {
			read = readSync(fd, scratch, length, size + 1 - length, null);
			length += read;
		}
	} catch (error) {
		return unreadable(error);
	} finally {
		closeSync(fd);
	}

	return length > size ? readBytes(full) : scratch.subarray(0, length);
}

/** The file's head and its body's word count, its body never split; an ArticleError says why it is no article. */
function readHeadOf(full: string | Buffer, name: string, size: number): ArticleHead | Refusal {
	const bytes = readSized(full, size);
	return 'reason' in bytes ? bytes : headOf(headOfFile(bytes, name));
}

/**
 * A copy of text that shares no memory with the file it was sliced from: V8
 * keeps a slice as a view of the whole string, so a title kept would keep its
 * file's text alive with it.
 */
function detached(text: string): string {
	return (' ' + text).slice(1);
}

const detachedOrNull = (text: string | null) => (text === null ? null : detached(text));

/** The head as a scan keeps it: its strings copied off the file's text. */
function headOf(article: CountedHead): ArticleHead {
	const {byline} = article;
	return {
		id: detached(article.id),
		file: detached(article.file),
		date: article.date,
		dateText: detachedOrNull(article.dateText),
		title: detached(article.title),
		label: detachedOrNull(article.label),
		summary: detachedOrNull(article.summary),
		byline: byline === null ? null : {authors: byline.authors.map(detached), source: detached(byline.source), dateline: detachedOrNull(byline.dateline)},
		link: detachedOrNull(article.link),
		prompt: detachedOrNull(article.prompt),
		words: article.words,
	};
}

/**
 * The article a list holds: its head, with the body read from the file when
 * first asked for and kept from then on. A file gone, or no longer an
 * article, by then reads as an empty body: the head is what was listed.
 */
function listed(head: ArticleHead, full: string | Buffer): Article {
	let paragraphs: string[] | undefined;
	// Field by field, not spread: ten thousand of these are made at every start.
	return {
		id: head.id,
		file: head.file,
		date: head.date,
		dateText: head.dateText,
		title: head.title,
		label: head.label,
		summary: head.summary,
		byline: head.byline,
		link: head.link,
		prompt: head.prompt,
		words: head.words,
		get paragraphs() {
			if (paragraphs === undefined) {
				try {
					const read = readArticle(full, head.file);
					paragraphs = 'reason' in read ? [] : read.paragraphs;
				} catch {
					paragraphs = [];
				}
			}

			return paragraphs;
		},
	};
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

/** Where a scan may keep its index: a cache folder (made when first written); without one, every file is read. */
export type ScanOptions = {cacheDir?: string};

/** The program's version, part of the index's key: another build may read files otherwise. */
function programVersion(): string {
	// Bundled, this module sits in dist/, beside package.json's folder; run from source, two folders down.
	for (const up of ['../package.json', '../../package.json']) {
		try {
			const manifest = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {name?: unknown; version?: unknown};
			if (manifest.name === 'broadsheet') return String(manifest.version);
		} catch {
			// Not this one.
		}
	}

	return 'unknown';
}

/** Where a folder's index lives in the cache: one file a folder, named by a hash of its real path. */
function indexFile(cacheDir: string, realFolder: string): string {
	return path.join(cacheDir, `library-${createHash('sha256').update(realFolder).digest('hex').slice(0, 32)}.json`);
}

/** The index kept for the folder, or undefined when there is none fit to trust (missing, torn, foreign, another version). */
function readIndex(file: string, realFolder: string, program: string): LibraryIndex | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}

	return decodeIndex(text, realFolder, program);
}

/**
 * Writes the index whole under a name of its own, then renames it over the
 * old one: a reader sees the old index or the new, never part of one, and of
 * two scans writing at once the last to rename wins. A cache folder that
 * cannot be written leaves the folder unindexed, and says nothing.
 */
function writeIndex(file: string, text: string): void {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(temporary, text);
		renameSync(temporary, file);
	} catch {
		try {
			unlinkSync(temporary);
		} catch {
			// Never written.
		}
	}
}

/** The index side of a scan: what the old index says of a file, what the new one will, and writing it when it differs. */
type IndexKeeping = {
	/** The old index's entry for the file, if it is still the file the entry was made from. */
	known(name: string, identity: string): IndexedFile | undefined;
	/** The file's entry in the new index; `stat` for one just read, which may be too fresh to keep (isRacy). */
	keep(name: string, entry: IndexedFile, stat?: FileStat): void;
	save(): void;
	placePages: PlacePages;
};

function keepIndex(folder: string, cacheDir: string | undefined): IndexKeeping | undefined {
	if (cacheDir === undefined) return undefined;
	let realFolder: string;
	try {
		realFolder = realpathSync(folder);
	} catch {
		return undefined;
	}

	const program = programVersion();
	const file = indexFile(cacheDir, realFolder);
	// Taken before any stat: a file changed after this is newer than anything the scan read.
	const scannedAtNs = BigInt(Date.now()) * 1_000_000n;
	const old = readIndex(file, realFolder, program);
	const next: LibraryIndex = new Map();
	let changed = old === undefined;
	let written = false;
	const save = () => {
		// Nothing read afresh, and every old entry still there (or written since): the index on disk says it all.
		if (!changed && (written || old!.size === next.size)) return;
		writeIndex(file, encodeIndex(next, realFolder, program));
		changed = false;
		written = true;
	};

	return {
		known(name, identity) {
			const entry = old?.get(name);
			return entry?.identity === identity ? entry : undefined;
		},
		keep(name, entry, stat) {
			if (stat === undefined) {
				next.set(name, entry);
				return;
			}

			changed = true;
			if (!isRacy(stat, scannedAtNs)) next.set(name, entry);
		},
		save,
		placePages: {
			known(article, paragraph) {
				const place = next.get(article.file)?.place;
				return place?.paragraph === paragraph ? {page: place.page, pages: place.pages} : undefined;
			},
			keep(article, paragraph, {page, pages}) {
				const entry = next.get(article.file);
				if (entry === undefined) return;
				entry.place = {paragraph, page, pages} satisfies PlacePage;
				changed = true;
			},
			save,
		},
	};
}

/**
 * Starts reading the folder's `.txt` files into a Library. A file that is not
 * an article, or cannot be read, is skipped with its reason and never stops
 * the rest; a name holding control or invisible characters is skipped
 * without being read. A name that is not UTF-8 is read, its stray bytes
 * spelled `\xNN` in its id, unless so spelled it is another file's name.
 */
function startScan(folder: string, {cacheDir}: ScanOptions): Scan {
	const index = keepIndex(folder, cacheDir);
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
			const found = locate(folder, entry);
			if ('reason' in found) {
				skipped.push({file: name, reason: found.reason});
				return;
			}

			const identity = fileIdentity(found.stat);
			let known = index?.known(name, identity);
			if (known === undefined) {
				let result: ArticleHead | Refusal;
				try {
					result = readHeadOf(found.full, name, Number(found.stat.size));
				} catch (error) {
					if (!(error instanceof ArticleError)) throw error;
					result = {reason: error.message};
				}

				known = 'reason' in result ? {identity, skip: result.reason} : {identity, head: result};
				if (!('unread' in result)) index?.keep(name, known, found.stat);
			} else {
				index?.keep(name, known);
			}

			if ('skip' in known) skipped.push({file: name, reason: known.skip});
			else articles.push(listed(known.head, found.full));
		} catch (error) {
			if (!isFsError(error)) throw error;
			skipped.push({file: name, reason: fsReason(error)});
		}
	};

	return {
		entries,
		read,
		library() {
			index?.save();
			const library: Library = {folder, articles: articles.sort(compareArticles), skipped};
			if (index) library.placePages = index.placePages;
			return library;
		},
	};
}

/** Reads the folder's `.txt` files into a Library, at once (see startScan for what is skipped). */
export function scanFolder(folder: string, options: ScanOptions = {}): Library {
	const scan = startScan(folder, options);
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
export async function scanFolderInSlices(folder: string, onProgress: ScanProgress, slice = 1000, options: ScanOptions = {}): Promise<Library> {
	const scan = startScan(folder, options);
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
