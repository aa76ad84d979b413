// A feed over HTTP with Node's own fetch (undici inside). What fetch leaves to
// its caller is done here: one deadline for the whole exchange, a size cap
// that holds while the body streams, conditional requests, and undici's
// errors (a TypeError "fetch failed" whose cause holds the reason) turned into
// one line a user can act on (SPEC §7, issue 8).
import {STATUS_CODES} from 'node:http';
import {spellControls} from '../news/sanitise.js';
import {FeedError} from './errors.js';

/** ETag and Last-Modified as the server sent them, kept per feed for the next request. */
export type Validators = {etag?: string; lastModified?: string};

/** What a fetch gave: a 304 (the feed has not changed since the validators), or the whole body. */
export type Fetched =
	| {status: 'unchanged'}
	| {
		status: 'fetched';
		bytes: Uint8Array;
		/** The final URL, after redirects: relative links in the feed resolve against it. */
		url: string;
		/** What to send next time; empty when the server sent neither. */
		validators: Validators;
		/** The Content-Type header as sent, if any: its charset, or that it says text/html, can explain what the bytes are. */
		contentType?: string;
	};

/** How to fetch: `userAgent` names broadsheet and its version; `validators` make the request conditional. */
export type FetchOptions = {
	validators?: Validators;
	userAgent: string;
	/** The whole exchange, from connecting to the body's last byte; 20 s unless given. */
	timeoutMs?: number;
	/** The body's cap, counted as it arrives (after any decompression); 20 MB unless given. */
	maxBytes?: number;
	/** The caller's own cancel: when it fires, its reason is thrown as it is, not as a FeedError. */
	signal?: AbortSignal;
};

const defaultTimeoutMs = 20_000;
const defaultMaxBytes = 20 * 1024 * 1024;

// Feed types first; anything else still comes (many servers label feeds
// text/html or text/plain), but a server that negotiates sends the feed.
const accept = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

/**
 * Fetches a feed: its bytes and final URL, or 'unchanged' on a 304. Every
 * failure is a FeedError whose one-line message names the URL and says why;
 * nothing past `maxBytes` is ever held in memory.
 */
export async function fetchFeed(url: string, options: FetchOptions): Promise<Fetched> {
	const target = httpUrl(url);
	const named = nameOf(target);
	const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const deadline = AbortSignal.timeout(timeoutMs);
	const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
	const fail = (reason: string) => new FeedError(`${named}: ${reason}`);

	let response: Response;
	try {
		response = await fetch(target, {headers: requestHeaders(options), signal, redirect: 'follow'});
	} catch (error) {
		throw failure(error, 'connecting');
	}

	try {
		if (response.status === 304) {
			await response.body?.cancel();
			return {status: 'unchanged'};
		}
		if (!response.ok) {
			await response.body?.cancel();
			throw fail(`HTTP ${response.status}${STATUS_CODES[response.status] ? ` ${STATUS_CODES[response.status]}` : ''}`);
		}
		const declared = Number(response.headers.get('content-length') ?? Number.NaN);
		if (declared > maxBytes) {
			await response.body?.cancel();
			throw fail(`larger than ${size(maxBytes)}`);
		}
		const bytes = await readCapped(response, maxBytes, () => fail(`larger than ${size(maxBytes)}`));
		const fetched: Fetched = {status: 'fetched', bytes, url: response.url || target.href, validators: validatorsOf(response.headers)};
		const contentType = response.headers.get('content-type');
		if (contentType !== null) fetched.contentType = contentType;
		return fetched;
	} catch (error) {
		if (error instanceof FeedError) throw error;
		throw failure(error, 'reading');
	}

	// Why the exchange failed, from what undici threw. The caller's own
	// cancel goes back as it came; the deadline is told from it by which
	// signal fired, since both throw a DOMException.
	function failure(error: unknown, phase: 'connecting' | 'reading'): unknown {
		if (options.signal?.aborted) return options.signal.reason;
		if (deadline.aborted) return fail(`no answer within ${duration(timeoutMs)}`);
		return fail(reasonOf(error, phase));
	}
}

/** The URL parsed, if it is one fetch may be given: http or https, without a user name or password. */
function httpUrl(url: string): URL {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new FeedError(`${spellControls(url)}: not a URL`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		throw new FeedError(`${nameOf(parsed)}: only http and https URLs can be fetched`);
	}
	// fetch refuses these with a message that repeats the password.
	if (parsed.username !== '' || parsed.password !== '') {
		throw new FeedError(`${nameOf(parsed)}: a URL with a user name or password cannot be fetched`);
	}
	return parsed;
}

/** The URL as a message names it: a password never, and nothing that could break the line. */
function nameOf(url: URL): string {
	const shown = new URL(url.href);
	if (shown.password !== '') shown.password = '***';
	return spellControls(shown.href);
}

function requestHeaders(options: FetchOptions): Headers {
	const headers = new Headers({'user-agent': options.userAgent, accept});
	// A stored validator that is no longer a valid header value (a hand-edited
	// store) costs one full download, not a failed update.
	const conditional: [string, string | undefined][] = [['if-none-match', options.validators?.etag], ['if-modified-since', options.validators?.lastModified]];
	for (const [name, value] of conditional) {
		if (value === undefined) continue;
		try {
			headers.set(name, value);
		} catch {
			// Left out: the request goes unconditional.
		}
	}
	return headers;
}

function validatorsOf(headers: Headers): Validators {
	const validators: Validators = {};
	const etag = headers.get('etag');
	const lastModified = headers.get('last-modified');
	if (etag !== null) validators.etag = etag;
	if (lastModified !== null) validators.lastModified = lastModified;
	return validators;
}

/**
 * The body, read chunk by chunk so that a server without a Content-Length
 * (or with a false one, or compressing) is stopped at the cap, not after it.
 * A body cut off part-way is not a short body: undici errors the stream when
 * the connection closes before the Content-Length or the last chunk.
 */
async function readCapped(response: Response, maxBytes: number, tooLarge: () => FeedError): Promise<Uint8Array> {
	if (!response.body) return new Uint8Array(0);
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw tooLarge();
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

// undici's codes and messages, as Node 20's fetch gives them in error.cause
// (found by running each case: see test/unit/fetch.test.ts).
const connectReasons: Record<string, string> = {
	ECONNREFUSED: 'cannot connect (connection refused)',
	ENOTFOUND: 'cannot connect (host not found)',
	EAI_NONAME: 'cannot connect (host not found)',
	EAI_NODATA: 'cannot connect (host not found)',
	EAI_AGAIN: 'cannot connect (the name lookup failed)',
	EAI_FAIL: 'cannot connect (the name lookup failed)',
	ECONNRESET: 'cannot connect (connection reset)',
	EHOSTUNREACH: 'cannot connect (host unreachable)',
	ENETUNREACH: 'cannot connect (network unreachable)',
	ETIMEDOUT: 'cannot connect (timed out)',
	UND_ERR_CONNECT_TIMEOUT: 'cannot connect (timed out)',
	// A server that closes the connection before its answer's headers.
	UND_ERR_SOCKET: 'the server closed the connection without answering',
};

/** The plain reason for what fetch threw: its cause's code, else its message, else the error's own. */
function reasonOf(error: unknown, phase: 'connecting' | 'reading'): string {
	const cause = error instanceof Error ? error.cause : undefined;
	const code = codeOf(cause);
	const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
	if (message === 'redirect count exceeded') return 'too many redirects';
	if (message === 'URL scheme must be a HTTP(S) scheme') return 'redirected to a URL that is not http or https';
	// Any break once the body has begun (UND_ERR_SOCKET "other side closed",
	// ECONNRESET, …) is the same to the user: the feed did not arrive whole.
	if (phase === 'reading') return 'the connection broke off';
	if (code !== undefined && connectReasons[code]) return connectReasons[code];
	if (code?.startsWith('HPE_')) return 'the answer is not HTTP';
	if (code !== undefined && /CERT|SSL|TLS/.test(code)) return `cannot connect securely (${spellControls(message)})`;
	return `cannot fetch (${spellControls(message)})`;
}

/** The error's code; Node's happy-eyeballs connect (autoSelectFamily) throws an AggregateError whose attempts hold the codes. */
function codeOf(cause: unknown): string | undefined {
	if (!(cause instanceof Error)) return undefined;
	const code = (cause as {code?: unknown}).code;
	if (typeof code === 'string') return code;
	if (cause instanceof AggregateError) {
		for (const attempt of cause.errors) {
			const attemptCode = codeOf(attempt);
			if (attemptCode !== undefined) return attemptCode;
		}
	}
	return undefined;
}

/** `20 s`, `0.05 s`: how a message says the deadline. */
function duration(ms: number): string {
	return `${Number((ms / 1000).toFixed(3))} s`;
}

/** `20 MB`, `4 KB`, `100 bytes`: how a message says the cap (MB and KB in 1024s). */
function size(bytes: number): string {
	const mb = 1024 * 1024;
	if (bytes >= mb) return `${Number((bytes / mb).toFixed(1))} MB`;
	if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
	return `${bytes} bytes`;
}
