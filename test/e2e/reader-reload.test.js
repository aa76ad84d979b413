// R in the reader, in a real terminal: it updates the subscribed feeds with a
// progress line, reads the folder again, and keeps the cursor on the article
// it was on, though new ones come in above it.
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

function rss(items) {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.map(([guid, title, day]) => `
<item><guid>${guid}</guid><title>${title}</title><pubDate>${day} Feb 2026 10:00:00 GMT</pubDate><description>Body of ${title}.</description></item>`).join('')}
</channel></rss>`;
}

test('R updates the feeds, adds what is new and keeps the cursor on the same article', async () => {
	const env = terminalEnv();
	const dir = path.join(tempDir('broadsheet-reload-'), 'news');
	server.route('/wire.xml', serve({body: rss([['a', 'Alpha story', '03'], ['b', 'Bravo story', '02'], ['c', 'Charlie story', '01']])}));
	const imported = await run(['--dir', dir, 'import', server.url('/wire.xml')], {env});
	assert.equal(imported.code, 0, imported.stderr);

	const terminal = startTerminal(['--dir', dir], {env});
	try {
		await terminal.waitFor(/Charlie story/);
		await terminal.ready();
		terminal.press('down');
		terminal.press('down');
		// Two newer stories arrive at the top of the list.
		server.route('/wire.xml', serve({body: rss([['d', 'Delta story', '05'], ['e', 'Echo story', '04'], ['a', 'Alpha story', '03'], ['b', 'Bravo story', '02'], ['c', 'Charlie story', '01']])}));
		terminal.press('R');
		await terminal.waitFor(/Updated 1 feed: 2 new · 5 articles/);
		const lines = terminal.lines();
		const row = lines.findIndex(line => line.includes('Charlie story'));
		assert.ok(lines.some(line => line.includes('Delta story')), terminal.screen());
		terminal.press('enter');
		await terminal.waitFor(/^Page 1\/1/m);
		assert.match(terminal.screen(), /Charlie story/);
		assert.ok(row > 0);
		terminal.press('q');
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	} finally {
		await terminal.close();
	}
});
