// The library index as text: what a folder's scan remembers of each file
// (its list fields, or why it is no article) under the file's identity (size,
// modification and change times in nanoseconds, inode), so that the next scan
// reads only the files whose identity changed. Pure: library.ts does the I/O.
// The index is a cache, so a text that is not exactly this shape (torn,
// foreign, another version) is no index at all, never partly trusted.
import type {Article} from './article.js';

/** What the list shows of an article, and the body's word count: everything a scan keeps but the body. */
export type ArticleHead = Omit<Article, 'paragraphs' | 'words'> & {words: number};

/** A file as stat saw it; a change to any part means the file is read again. */
export type FileStat = {size: number | bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint};

/**
 * Where a stored place falls at `--list`'s 80×24 (the text column is the whole
 * width there, whatever the measure): worked out once for the file as it is,
 * since counting pages needs its body.
 */
export type PlacePage = {paragraph: number; page: number; pages: number};

/** One file's entry: its identity (fileIdentity), its head or the reason it is no article, and the last place counted in pages. */
export type IndexedFile = {identity: string; place?: PlacePage} & ({head: ArticleHead} | {skip: string});

/** A folder's index: its files by name. */
export type LibraryIndex = Map<string, IndexedFile>;

/**
 * Bumped whenever what a scan reads from a file changes meaning or the
 * encoding below changes, so that an index an older build wrote is rebuilt,
 * not trusted; the program's version is part of the key as well (library.ts).
 */
const indexFormat = 'broadsheet library index 1';

/**
 * A file whose time is this close to the scan that read it may be written
 * again within the same tick of the file system's clock and keep its
 * identity: it is left out of the index, so that the next scan reads it
 * again (as git does with its racily clean entries). A file system that
 * keeps whole seconds only (FAT keeps two) gets two seconds; one that keeps
 * sub-second times ticks with the kernel's coarse clock (1–10 ms), and a
 * twentieth of a second covers it with room, so that a folder just written
 * (an import, a copy) is indexed by the first scan after it, not only by
 * one two seconds later.
 */
const coarseWindowNs = 2_000_000_000n;
const fineWindowNs = 50_000_000n;

/** The identity the index keys a file on: size, modification and change times, inode. */
export function fileIdentity({size, mtimeNs, ctimeNs, ino}: FileStat): string {
	return `${size}:${mtimeNs}:${ctimeNs}:${ino}`;
}

/**
 * Whether a file stat saw while a scan that began at `scannedAtNs` read it
 * could change unseen (see coarseWindowNs). Its modification time says: a write
 * sets it to the clock's tick, while a change time is set by a mere `touch -d`
 * or a copy that keeps times too.
 */
export function isRacy({mtimeNs}: FileStat, scannedAtNs: bigint): boolean {
	// A time of whole seconds is taken for a coarse file system's (a fine one gives it once in a billion writes, and then only waits longer).
	const window = mtimeNs % 1_000_000_000n === 0n ? coarseWindowNs : fineWindowNs;
	return mtimeNs + window >= scannedAtNs;
}

// A head as a row, in this order; a byline as [authors, source, dateline] or null.
type HeadRow = [date: string | null, dateText: string | null, title: string, label: string | null, summary: string | null, byline: [string[], string, string | null] | null, link: string | null, prompt: string | null, words: number];
type PlaceRow = [paragraph: number, page: number, pages: number];
type FileRow = [name: string, identity: string, what: HeadRow | string, place?: PlaceRow];
type Encoded = {format: string; program: string; folder: string; files: FileRow[]};

function headRow(head: ArticleHead): HeadRow {
	const {byline} = head;
	return [head.date, head.dateText, head.title, head.label, head.summary, byline && [byline.authors, byline.source, byline.dateline], head.link, head.prompt, head.words];
}

/** The index as JSON text, for `folder` (its real path) and this program's version. */
export function encodeIndex(index: LibraryIndex, folder: string, program: string): string {
	const files: FileRow[] = [];
	for (const [name, file] of index) {
		const row: FileRow = [name, file.identity, 'head' in file ? headRow(file.head) : file.skip];
		if (file.place !== undefined) row.push([file.place.paragraph, file.place.page, file.place.pages]);
		files.push(row);
	}

	const encoded: Encoded = {format: indexFormat, program, folder, files};
	return JSON.stringify(encoded);
}

const identityShape = /^\d+:\d+:\d+:\d+$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

function isByline(value: unknown): value is HeadRow[5] {
	if (value === null) return true;
	if (!Array.isArray(value) || value.length !== 3) return false;
	const [authors, source, dateline] = value as unknown[];
	return Array.isArray(authors) && authors.every(isText) && isText(source) && isTextOrNull(dateline);
}

function isHeadRow(value: unknown): value is HeadRow {
	if (!Array.isArray(value) || value.length !== 9) return false;
	const [date, dateText, title, label, summary, byline, link, prompt, words] = value as unknown[];
	return (
		(date === null ? dateText === null : isText(date) && isoDate.test(date) && isText(dateText))
		&& isText(title)
		&& isTextOrNull(label)
		&& isTextOrNull(summary)
		&& isByline(byline)
		&& isTextOrNull(link)
		&& isTextOrNull(prompt)
		&& Number.isSafeInteger(words)
		&& (words as number) >= 0
	);
}

function isPlaceRow(value: unknown): value is PlaceRow {
	if (!Array.isArray(value) || value.length !== 3) return false;
	const [paragraph, page, pages] = value as unknown[];
	return Number.isSafeInteger(paragraph) && Number.isSafeInteger(page) && Number.isSafeInteger(pages) && (paragraph as number) >= 0 && (page as number) >= 1 && (page as number) <= (pages as number);
}

function headOf(name: string, [date, dateText, title, label, summary, byline, link, prompt, words]: HeadRow): ArticleHead {
	return {
		id: name.slice(0, -'.txt'.length),
		file: name,
		date,
		dateText,
		title,
		label,
		summary,
		byline: byline && {authors: byline[0], source: byline[1], dateline: byline[2]},
		link,
		prompt,
		words,
	};
}

/**
 * The index the text holds for `folder` and this program's version, or
 * undefined when it holds none: not JSON, another format, folder or version,
 * or any entry not exactly of the shape written.
 */
export function decodeIndex(text: string, folder: string, program: string): LibraryIndex | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}

	if (typeof value !== 'object' || value === null) return undefined;
	const {format, program: writer, folder: indexed, files} = value as Partial<Encoded>;
	if (format !== indexFormat || writer !== program || indexed !== folder || !Array.isArray(files)) return undefined;
	const index: LibraryIndex = new Map();
	for (const row of files as unknown[]) {
		if (!Array.isArray(row) || row.length < 3 || row.length > 4) return undefined;
		const [name, identity, what, place] = row as unknown[];
		if (!isText(name) || !name.endsWith('.txt') || name.length <= 4 || index.has(name) || !isText(identity) || !identityShape.test(identity)) return undefined;
		if (place !== undefined && !isPlaceRow(place)) return undefined;
		const placed = place === undefined ? {} : {place: {paragraph: place[0], page: place[1], pages: place[2]}};
		if (isText(what)) index.set(name, {identity, skip: what, ...placed});
		else if (isHeadRow(what)) index.set(name, {identity, head: headOf(name, what), ...placed});
		else return undefined;
	}

	return index;
}
