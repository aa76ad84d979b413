// One source, start to finish: read it (a file, or a URL with a conditional
// request), parse all of it, and only then write its articles. Whatever goes
// wrong before the writing leaves the folder as it was.
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {FeedError} from './errors.js';
import {httpLink} from './feed-fields.js';
import type {Feed} from './feed.js';
import {fetchFeed, type Validators} from './fetch.js';
import {prepareFeed} from './prepare.js';
import {readSource} from './read-feed.js';
import {writeArticles, type WriteCounts} from './write.js';

export type {Validators} from './fetch.js';

/** What an import was given: an http(s) URL, or a file. */
export type FeedSource = {url: string} | {file: string};

/**
 * The source as `import` takes it: an http(s) URL is fetched, anything else is
 * a file. A URL is spelled as OPML's are (httpLink), so that one feed typed
 * and listed is one subscription; one that does not parse goes on as typed,
 * for fetch to say why.
 */
export function sourceOf(text: string): FeedSource {
	return /^https?:\/\//i.test(text) ? {url: httpLink(text, undefined) ?? text} : {file: text};
}

/** How a source was taken in: a feed's articles written, a feed the server says is unchanged, or an OPML file's feeds (nothing written). */
export type Outcome =
	| {kind: 'unchanged'}
	| {kind: 'feed'; title?: string; counts: WriteCounts; skipped: number; validators: Validators; url?: string}
	| {kind: 'opml'; title?: string; feeds: Array<{url: string; title?: string}>};

/** What reading a source needs: the folder to write to, the User-Agent, the validators of the last fetch. */
export type RefreshOptions = {
	dir: string;
	userAgent: string;
	validators?: Validators;
	/** Hears, in one line, of items that gave no article. */
	onWarning(message: string): void;
	signal?: AbortSignal;
	/** fetchFeed's deadline and cap (20 s, 20 MB unless given). */
	timeoutMs?: number;
	maxBytes?: number;
};

// A feed file on disk is read whole; one past this is not a feed anyone publishes.
const maxFileBytes = 64 * 1024 * 1024;

type Read = {status: 'unchanged'} | {status: 'read'; bytes: Uint8Array; url?: string; validators: Validators};

async function readFileSource(file: string): Promise<Read> {
	try {
		const {size} = await stat(file);
		if (size > maxFileBytes) throw new FeedError(`${file}: larger than ${maxFileBytes / 1024 / 1024} MB`);
		return {status: 'read', bytes: await readFile(file), validators: {}};
	} catch (error) {
		if (error instanceof FeedError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
		throw new FeedError(`cannot read ${file}: ${reason}`, {cause: error});
	}
}

async function read(source: FeedSource, options: RefreshOptions): Promise<Read> {
	if ('file' in source) return readFileSource(source.file);
	const {validators, userAgent, signal, timeoutMs, maxBytes} = options;
	const fetched = await fetchFeed(source.url, {validators, userAgent, signal, timeoutMs, maxBytes});
	if (fetched.status === 'unchanged') return fetched;
	return {status: 'read', bytes: fetched.bytes, url: fetched.url, validators: fetched.validators};
}

/** Who the byline names for a feed without a title: the URL's host, or the file's name. */
function fallbackSource(source: FeedSource): string {
	if ('url' in source) return new URL(source.url).hostname;
	return path.basename(source.file).replace(/\.[^.]*$/, '') || 'feed';
}

function skippedWarning(name: string, untitled: number): string {
	return `${name}: skipped ${untitled} ${untitled === 1 ? 'item' : 'items'} without a title`;
}

/** Reads the source, and writes its articles into the folder when it is a feed. */
export async function refresh(source: FeedSource, options: RefreshOptions): Promise<Outcome> {
	const got = await read(source, options);
	if (got.status === 'unchanged') return {kind: 'unchanged'};
	const named = 'url' in source ? source.url : source.file;
	const parsed = readSource(got.bytes, got.url);
	if (parsed.kind === 'opml') return parsed;
	const feed: Feed = parsed.feed;
	const {planned, untitled, repeated} = prepareFeed(feed);
	if (untitled > 0) options.onWarning(skippedWarning(feed.title ?? named, untitled));
	const counts = await writeArticles(options.dir, feed, planned, fallbackSource(source));
	return {kind: 'feed', title: feed.title, counts, skipped: untitled + repeated, validators: got.validators, url: got.url};
}

/** The one line an import or update of a feed says: `Title: 3 new, 1 updated, 10 unchanged, 2 skipped`. */
export function summaryLine(name: string, counts: WriteCounts & {skipped: number}): string {
	return `${name}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped`;
}
