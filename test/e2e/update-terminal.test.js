// `update` in a terminal: a progress bar on stderr while the feeds come in,
// redrawn in place and gone at the end, with each feed's line left on the
// screen; a failing feed's line is not drawn over the bar.
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {serve, startFeedServer} from '../support/feed-server.ts';
import {run, tempDir} from './helpers.js';
import {startTerminal, terminalEnv} from './terminal.js';

let server;
before(async () => {
	server = await startFeedServer();
});
after(() => server.close());

const feed = title => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><guid>1</guid><title>Only story of ${title}</title><description>Body.</description></item></channel></rss>`;

test('update draws a progress bar on a terminal and leaves one line a feed', async () => {
	const env = terminalEnv();
	const dir = path.join(tempDir('broadsheet-update-'), 'news');
	for (const name of ['quick', 'slow', 'broken']) {
		server.route(`/${name}.xml`, serve({body: feed(name)}));
		assert.equal((await run(['--dir', dir, 'import', server.url(`/${name}.xml`)], {env})).code, 0);
	}

	// One feed answers only when the test says: the bar waits at 2 of 3.
	let answer;
	const answered = new Promise(resolve => {
		answer = resolve;
	});
	server.route('/slow.xml', (_request, response) => {
		void answered.then(() => serve({body: feed('slow')})(_request, response));
	});
	server.route('/broken.xml', serve({status: 500, body: 'no'}));
	const terminal = startTerminal(['update'], {env, cols: 100});
	try {
		const during = await terminal.waitFor(/updating feeds \[#{13}-{7}\] 2\/3/);
		assert.match(during, /HTTP 500/);
		answer();
		const {code} = await terminal.waitForExit();
		assert.equal(code, 1);
		const screen = terminal.screen();
		assert.doesNotMatch(screen, /updating feeds/);
		assert.match(screen, /^quick: 0 new, 0 updated, 1 unchanged, 0 skipped$/m);
		assert.match(screen, /^slow: 0 new, 0 updated, 1 unchanged, 0 skipped$/m);
		assert.match(screen, /^broadsheet: http:\/\/127\.0\.0\.1:\d+\/broken\.xml: HTTP 500 Internal Server Error$/m);
		assert.match(screen, /^broadsheet: 1 of 3 feeds could not be updated$/m);
	} finally {
		await terminal.close();
	}
});
