// fetchFeed against a local server that misbehaves on purpose. Deadlines and
// caps are made small so each failure shows at once; no test looks at a clock.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {gzipSync} from 'node:zlib';
import {FeedError} from '../../source/feeds/errors.js';
import {type Fetched, fetchFeed, type FetchOptions} from '../../source/feeds/fetch.js';
import {conditional, cutOff, type FeedServer, hangUp, htmlPage, redirect, refusedUrl, reset, serve, silence, stall, startFeedServer, stream} from '../support/feed-server.js';

const userAgent = 'broadsheet/0.1.0 (+https://github.com/broadsheet-news/broadsheet)';
const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title></channel></rss>\n';
// Each test ends well within this, or fails instead of holding the run.
const quick = {timeout: 1000};

let server: FeedServer;
before(async () => {
	server = await startFeedServer();
});
after(() => server.close());

function get(path: string, options: Partial<FetchOptions> = {}): Promise<Fetched> {
	return fetchFeed(server.url(path), {userAgent, ...options});
}

/** Asserts the fetch fails with a FeedError (exit 1) whose whole message is `message`. */
async function failsWith(fetching: Promise<Fetched>, message: string): Promise<void> {
	await assert.rejects(fetching, (error: unknown) => {
		assert.ok(error instanceof FeedError, `a FeedError, not ${String(error)}`);
		assert.equal(error.exitCode, 1);
		assert.equal(error.message, message);
		return true;
	});
}

function fetched(result: Fetched): Extract<Fetched, {status: 'fetched'}> {
	assert.equal(result.status, 'fetched');
	return result as Extract<Fetched, {status: 'fetched'}>;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('a feed comes back as its bytes, exactly, with the URL it came from', quick, async () => {
	// Not UTF-8: the bytes are the parser's to decode, never turned into text here.
	const latin1 = new Uint8Array([...new TextEncoder().encode('<title>'), 0xE9, 0xFF, 0x00, ...new TextEncoder().encode('</title>')]);
	server.route('/bytes.xml', serve({body: latin1, headers: {'content-type': 'application/rss+xml; charset=iso-8859-1'}}));
	const result = fetched(await get('/bytes.xml'));
	assert.deepEqual(result.bytes, latin1);
	assert.equal(result.url, server.url('/bytes.xml'));
	assert.equal(result.contentType, 'application/rss+xml; charset=iso-8859-1');
	assert.deepEqual(result.validators, {});
});

test('the request names broadsheet, prefers feed types, and carries the validators', quick, async () => {
	server.route('/headers.xml', serve({body: feed}));
	await get('/headers.xml', {validators: {etag: '"abc"', lastModified: 'Tue, 03 Nov 2026 10:00:00 GMT'}});
	const [headers] = server.requests('/headers.xml');
	assert.ok(headers);
	assert.equal(headers['user-agent'], userAgent);
	assert.equal(headers['if-none-match'], '"abc"');
	assert.equal(headers['if-modified-since'], 'Tue, 03 Nov 2026 10:00:00 GMT');
	const types = headers.accept?.split(',').map(type => type.trim().split(';')[0]);
	assert.deepEqual(types?.slice(0, 2), ['application/rss+xml', 'application/atom+xml']);
	assert.ok(types?.includes('*/*'), 'anything else is still accepted');
	assert.match(headers.accept ?? '', /\*\/\*;q=0\.1/);
});

test('without validators the request is not conditional', quick, async () => {
	server.route('/plain.xml', serve({body: feed}));
	await get('/plain.xml');
	const [headers] = server.requests('/plain.xml');
	assert.equal(headers?.['if-none-match'], undefined);
	assert.equal(headers?.['if-modified-since'], undefined);
});

test('the validators the server sends come back, and sent again give a 304: unchanged', quick, async () => {
	const validators = {etag: '"v1"', lastModified: 'Wed, 04 Nov 2026 08:30:00 GMT'};
	server.route('/etag.xml', conditional(feed, validators));
	const first = fetched(await get('/etag.xml'));
	assert.deepEqual(first.validators, validators);
	assert.equal(text(first.bytes), feed);
	assert.deepEqual(await get('/etag.xml', {validators: first.validators}), {status: 'unchanged'});
	assert.equal(server.requests('/etag.xml').length, 2);
});

test('a Last-Modified alone makes the request conditional too', quick, async () => {
	const lastModified = 'Thu, 05 Nov 2026 12:00:00 GMT';
	server.route('/dated.xml', conditional(feed, {lastModified}));
	const first = fetched(await get('/dated.xml'));
	assert.deepEqual(first.validators, {lastModified});
	assert.deepEqual(await get('/dated.xml', {validators: first.validators}), {status: 'unchanged'});
});

test('a changed feed answers 200 to an old ETag, with the new one', quick, async () => {
	server.route('/changed.xml', conditional(feed, {etag: '"v2"'}));
	const result = fetched(await get('/changed.xml', {validators: {etag: '"v1"'}}));
	assert.deepEqual(result.validators, {etag: '"v2"'});
});

test('a stored validator that is no longer a header value is left out, not a failure', quick, async () => {
	server.route('/hand-edited.xml', serve({body: feed}));
	fetched(await get('/hand-edited.xml', {validators: {etag: '"a"\n"b"', lastModified: 'Fri, 06 Nov 2026 09:00:00 GMT'}}));
	const [headers] = server.requests('/hand-edited.xml');
	assert.equal(headers?.['if-none-match'], undefined);
	assert.equal(headers?.['if-modified-since'], 'Fri, 06 Nov 2026 09:00:00 GMT');
});

test('an HTTP error names its status', quick, async () => {
	server.route('/missing.xml', serve({status: 404, body: 'gone'}));
	server.route('/broken.xml', serve({status: 500, body: 'oops'}));
	server.route('/odd.xml', serve({status: 599}));
	await failsWith(get('/missing.xml'), `${server.url('/missing.xml')}: HTTP 404 Not Found`);
	await failsWith(get('/broken.xml'), `${server.url('/broken.xml')}: HTTP 500 Internal Server Error`);
	await failsWith(get('/odd.xml'), `${server.url('/odd.xml')}: HTTP 599`);
});

test('a redirect without a Location is an HTTP error, not a feed', quick, async () => {
	server.route('/nowhere.xml', serve({status: 302}));
	await failsWith(get('/nowhere.xml'), `${server.url('/nowhere.xml')}: HTTP 302 Found`);
});

test('a redirect is followed and the final URL returned', quick, async () => {
	server.route('/old.xml', redirect('/moved.xml', 301));
	server.route('/moved.xml', redirect(server.url('/new.xml'), 307));
	server.route('/new.xml', serve({body: feed}));
	const result = fetched(await get('/old.xml'));
	assert.equal(result.url, server.url('/new.xml'));
	assert.equal(text(result.bytes), feed);
	assert.equal(server.requests('/new.xml')[0]?.['user-agent'], userAgent, 'the User-Agent goes along');
});

test('twenty redirects are followed, the twenty-first is too many', quick, async () => {
	for (let hop = 1; hop <= 21; hop++) server.route(`/hop/${hop}`, redirect(`/hop/${hop - 1}`));
	server.route('/hop/0', serve({body: feed}));
	assert.equal(fetched(await get('/hop/20')).url, server.url('/hop/0'));
	await failsWith(get('/hop/21'), `${server.url('/hop/21')}: too many redirects`);
});

test('a redirect loop is too many redirects', quick, async () => {
	server.route('/loop.xml', redirect('/loop.xml'));
	await failsWith(get('/loop.xml'), `${server.url('/loop.xml')}: too many redirects`);
});

test('a redirect out of http is refused', quick, async () => {
	server.route('/to-file.xml', redirect('file:///etc/passwd'));
	await failsWith(get('/to-file.xml'), `${server.url('/to-file.xml')}: redirected to a URL that is not http or https`);
});

test('a server that sends its headers and then nothing runs out the deadline', quick, async () => {
	server.route('/slow.xml', stall());
	await failsWith(get('/slow.xml', {timeoutMs: 100}), `${server.url('/slow.xml')}: no answer within 0.1 s`);
});

test('a server that never answers runs out the deadline', quick, async () => {
	server.route('/silent.xml', silence());
	await failsWith(get('/silent.xml', {timeoutMs: 100}), `${server.url('/silent.xml')}: no answer within 0.1 s`);
});

test('a cancel before any answer comes back as the caller\'s reason too', quick, async () => {
	server.route('/silent-default.xml', silence());
	const giveUp = new AbortController();
	const fetching = get('/silent-default.xml', {signal: giveUp.signal});
	giveUp.abort(new Error('the caller gave up'));
	await assert.rejects(fetching, {message: 'the caller gave up'});
});

test('the caller\'s own cancel comes back as its reason, not as a FeedError', quick, async () => {
	server.route('/cancelled.xml', stall());
	const cancel = new AbortController();
	const reason = new Error('stopped by the user');
	const fetching = get('/cancelled.xml', {signal: cancel.signal, timeoutMs: 5000});
	setTimeout(() => cancel.abort(reason), 20);
	await assert.rejects(fetching, error => error === reason);
});

test('a Content-Length over the cap is refused before the body is read', quick, async () => {
	// The body never comes: were it waited for, the deadline would be the error.
	server.route('/huge-declared.xml', (_request, response) => {
		response.writeHead(200, {'content-length': String(50 * 1024 * 1024)});
		response.write('<rss>');
	});
	await failsWith(get('/huge-declared.xml', {maxBytes: 1024, timeoutMs: 500}), `${server.url('/huge-declared.xml')}: larger than 1 KB`);
	await failsWith(get('/huge-declared.xml', {timeoutMs: 500}), `${server.url('/huge-declared.xml')}: larger than 20 MB`);
});

test('a body without end is stopped at the cap while it streams', quick, async () => {
	// Were it read to the end first, it would never end.
	server.route('/endless.xml', stream(Infinity));
	await failsWith(get('/endless.xml', {maxBytes: 100_000}), `${server.url('/endless.xml')}: larger than 97.7 KB`);
});

test('a body of exactly the cap is read; one byte more is not', quick, async () => {
	server.route('/at-cap.xml', stream(50_000));
	server.route('/over-cap.xml', stream(50_001));
	assert.equal(fetched(await get('/at-cap.xml', {maxBytes: 50_000})).bytes.byteLength, 50_000);
	await failsWith(get('/over-cap.xml', {maxBytes: 50_000}), `${server.url('/over-cap.xml')}: larger than 48.8 KB`);
});

test('a compressed feed comes back decompressed', quick, async () => {
	server.route('/gzipped.xml', serve({body: gzipSync(feed), headers: {'content-encoding': 'gzip'}}));
	assert.equal(text(fetched(await get('/gzipped.xml')).bytes), feed);
});

test('the cap counts what a compressed body becomes, not what it weighs', quick, async () => {
	// 1 MB of spaces is about a kilobyte compressed: under the cap as sent, far over it read.
	const bomb = gzipSync(new Uint8Array(1024 * 1024).fill(0x20));
	assert.ok(bomb.byteLength < 10_000);
	server.route('/bomb.xml', serve({body: bomb, headers: {'content-encoding': 'gzip'}}));
	await failsWith(get('/bomb.xml', {maxBytes: 10_000}), `${server.url('/bomb.xml')}: larger than 9.8 KB`);
});

test('a body cut off before its Content-Length is an error, not a short feed', quick, async () => {
	server.route('/cut.xml', cutOff('<?xml version="1.0"?><rss version="2.0"><chan', 4096));
	await failsWith(get('/cut.xml'), `${server.url('/cut.xml')}: the connection broke off`);
});

test('a chunked body cut off before its last chunk is an error too', quick, async () => {
	server.route('/cut-chunked.xml', (_request, response) => {
		response.writeHead(200, {'content-type': 'application/rss+xml'});
		response.write('<rss version="2.0"><chan', () => response.socket?.destroy());
	});
	await failsWith(get('/cut-chunked.xml'), `${server.url('/cut-chunked.xml')}: the connection broke off`);
});

test('a server that closes without answering says so', quick, async () => {
	server.route('/hang-up.xml', hangUp());
	await failsWith(get('/hang-up.xml'), `${server.url('/hang-up.xml')}: the server closed the connection without answering`);
});

test('a reset connection says so', quick, async () => {
	server.route('/reset.xml', reset());
	await failsWith(get('/reset.xml'), `${server.url('/reset.xml')}: cannot connect (connection reset)`);
});

test('a port where nothing listens is connection refused', quick, async () => {
	const url = await refusedUrl();
	await failsWith(fetchFeed(url, {userAgent}), `${url}: cannot connect (connection refused)`);
});

test('a host that does not exist is host not found', quick, async () => {
	// .invalid never resolves (RFC 6761); a resolver that cannot be reached
	// at all gives the other line.
	const url = 'http://no-such-host.invalid/feed.xml';
	await assert.rejects(fetchFeed(url, {userAgent}), (error: unknown) => {
		assert.ok(error instanceof FeedError);
		assert.match(error.message, /^http:\/\/no-such-host\.invalid\/feed\.xml: cannot connect \((host not found|the name lookup failed)\)$/);
		return true;
	});
});

test('something that does not speak HTTP says so', quick, async () => {
	server.route('/not-http', (request) => {
		request.socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n');
	});
	await failsWith(get('/not-http'), `${server.url('/not-http')}: the answer is not HTTP`);
});

test('an HTML page is fetched as it is: telling it from a feed is the parser\'s job', quick, async () => {
	server.route('/index.html', htmlPage());
	const result = fetched(await get('/index.html'));
	assert.match(text(result.bytes), /^<!doctype html>/);
	assert.equal(result.contentType, 'text/html; charset=utf-8');
});

test('only http and https URLs are fetched, and a bad one is named in one line', quick, async () => {
	await failsWith(fetchFeed('file:///etc/passwd', {userAgent}), 'file:///etc/passwd: only http and https URLs can be fetched');
	await failsWith(fetchFeed('ftp://example.com/feed.xml', {userAgent}), 'ftp://example.com/feed.xml: only http and https URLs can be fetched');
	await failsWith(fetchFeed('not a url\u001b[2J', {userAgent}), 'not a url\\u001b[2J: not a URL');
});

test('a URL with a password is refused without repeating the password', quick, async () => {
	await failsWith(fetchFeed('https://reader:s3cret@example.com/feed.xml', {userAgent}), 'https://reader:***@example.com/feed.xml: a URL with a user name or password cannot be fetched');
});

test('every failure is one line', quick, async () => {
	server.route('/one-line.xml', serve({status: 503}));
	await assert.rejects(get('/one-line.xml'), (error: unknown) => {
		assert.ok(error instanceof FeedError);
		assert.doesNotMatch(error.message, /\n/);
		assert.equal(error.message, `${server.url('/one-line.xml')}: HTTP 503 Service Unavailable`);
		return true;
	});
});
