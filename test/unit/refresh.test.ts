// One source start to finish against the local server: whatever breaks
// before the writing (a server that stalls past the deadline, a body over the
// cap) leaves no folder and no file behind.
import assert from 'node:assert/strict';
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {FeedError} from '../../source/feeds/errors.js';
import {refresh} from '../../source/feeds/refresh.js';
import {serve, stall, startFeedServer, type FeedServer, stream} from '../support/feed-server.js';
import {tempDir} from '../support/temp.js';

let server: FeedServer;
before(async () => {
	server = await startFeedServer();
});
after(async () => server.close());

const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Small</title><item><guid>1</guid><title>One</title><description>Body.</description></item></channel></rss>';

function options(dir: string) {
	return {dir, userAgent: 'broadsheet-test', onWarning() {}, timeoutMs: 200, maxBytes: 64 * 1024};
}

for (const [what, route, message] of [
	['a server that stalls past the deadline', stall(), /no answer within 0\.2 s/],
	['a body over the cap', stream(Number.POSITIVE_INFINITY), /larger than 64 KB/],
] as const) {
	test(`${what}: a FeedError, and no folder made`, async () => {
		const dir = path.join(tempDir('broadsheet-refresh-'), 'news');
		const at = `/${what.replaceAll(' ', '-')}`;
		server.route(at, route);
		await assert.rejects(refresh({url: server.url(at)}, options(dir)), (error: unknown) => error instanceof FeedError && message.test(error.message));
		assert.equal(existsSync(dir), false);
	});
}

test('a feed that arrives whole is written, and the final URL and validators come back', async () => {
	const dir = path.join(tempDir('broadsheet-refresh-'), 'news');
	server.route('/whole', serve({headers: {etag: '"e1"'}, body: feed}));
	const outcome = await refresh({url: server.url('/whole')}, options(dir));
	assert.equal(outcome.kind, 'feed');
	assert.deepEqual(outcome.kind === 'feed' && {counts: outcome.counts, etag: outcome.validators.etag, url: outcome.url}, {counts: {new: 1, updated: 0, unchanged: 0}, etag: '"e1"', url: server.url('/whole')});
	assert.deepEqual(readdirSync(dir).filter(name => name.endsWith('.txt')).length, 1);
});
