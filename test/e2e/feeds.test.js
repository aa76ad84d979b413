// The feed commands as a user runs them: the built program importing from a
// local HTTP server on 127.0.0.1 and from files, subscribing, updating with
// conditional requests, failing in one line while leaving the folder as it
// was, and trading subscriptions as OPML.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {conditional, cutOff, htmlPage, redirect, serve, startFeedServer, stream} from '../support/feed-server.ts';
import {cleanEnv, run, tempDir} from './helpers.js';

let server;
before(async () => {
	server = await startFeedServer();
});
after(() => server.close());

let routes = 0;
/** A path on the server no other test uses. */
const fresh = name => `/${++routes}/${name}`;

const escape = text => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An RSS 2.0 feed of these items: {guid, title, body, author?, date?}. */
function rss(title, items) {
	const entries = items.map(item => `
		<item>
			<guid isPermaLink="false">${item.guid}</guid>
			${item.title === undefined ? '' : `<title>${escape(item.title)}</title>`}
			<link>https://news.example/${item.guid}</link>
			<pubDate>${item.date ?? 'Thu, 05 Feb 2026 23:30:00 -0800'}</pubDate>
			${item.author ? `<author>${item.author}</author>` : ''}
			<description>${escape(item.body)}</description>
		</item>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escape(title)}</title><link>https://news.example/</link>${entries}
</channel></rss>
`;
}

const story = (n, extra = {}) => ({guid: `story-${n}`, title: `Story number ${n} happened`, body: `<p>First paragraph of story ${n}.</p><p>Second paragraph, "quoted words" ${n}.</p>`, ...extra});

/** The run's environment with its own store, data folder and articles folder. */
function world() {
	const dir = path.join(tempDir('broadsheet-import-'), 'news');
	const env = cleanEnv();
	return {dir, env, run: args => run(['--dir', dir, ...args], {env}), bare: args => run(args, {env})};
}

const texts = dir => (existsSync(dir) ? readdirSync(dir).filter(name => name.endsWith('.txt')).sort() : []);

test('import <URL> writes one article per item, which reads back as the item, and subscribes', async () => {
	const {dir, run: inDir, bare} = world();
	const at = fresh('feed.xml');
	server.route(at, serve({headers: {'content-type': 'application/rss+xml'}, body: rss('Example News', [
		story(1, {author: 'jo@news.example (Jo Park)'}),
		story(2),
		{guid: 'untitled', body: '<p>No title here.</p>'},
	])}));
	const imported = await inDir(['import', server.url(at)]);
	assert.equal(imported.code, 0, imported.stderr);
	assert.equal(imported.stdout, 'Example News: 2 new, 0 updated, 0 unchanged, 1 skipped\n');
	assert.match(imported.stderr, /^broadsheet: Example News: skipped 1 item without a title\n$/);
	assert.equal(texts(dir).length, 2);
	assert.match(server.requests(at)[0]['user-agent'], /^broadsheet\/\d+\.\d+\.\d+ /);

	const shown = await inDir(['--article', 'story-number-1', '--json']);
	assert.equal(shown.code, 0, shown.stderr);
	const article = JSON.parse(shown.stdout);
	assert.equal(article.title, 'Story number 1 happened');
	// 23:30 at -0800 is still the 5th where it was written, though the 6th in UTC.
	assert.equal(article.date, '2026-02-05');
	assert.deepEqual(article.byline, {authors: ['Jo Park'], source: 'Example News', dateline: '5 February 2026'});
	assert.deepEqual(article.paragraphs, ['First paragraph of story 1.', 'Second paragraph, "quoted words" 1.']);
	assert.deepEqual(article.quotes, ['quoted words']);
	assert.equal(article.link, 'https://news.example/story-1');

	const feeds = JSON.parse((await bare(['feeds', '--json'])).stdout);
	assert.equal(feeds.length, 1);
	assert.equal(feeds[0].url, server.url(at));
	assert.equal(feeds[0].title, 'Example News');
	assert.equal(feeds[0].folder, dir);
	assert.deepEqual(feeds[0].last, {new: 2, updated: 0, unchanged: 0, skipped: 1});
});

test('importing again adds nothing twice; update rewrites a changed item in place, keeping its reaction, and asks with the validators', async () => {
	const {dir, run: inDir, bare} = world();
	const at = fresh('feed.xml');
	server.route(at, conditional(rss('Daily', [story(1), story(2)]), {etag: '"one"'}));
	assert.equal((await inDir(['import', server.url(at)])).stdout, 'Daily: 2 new, 0 updated, 0 unchanged, 0 skipped\n');
	const names = texts(dir);
	assert.equal((await inDir(['--article', 'story-number-2', '--react', 'hopeful'])).code, 0);

	// An import reads the whole feed again, whatever the validators say.
	assert.equal((await inDir(['import', server.url(at)])).stdout, 'Daily: 0 new, 0 updated, 2 unchanged, 0 skipped\n');
	assert.deepEqual(texts(dir), names);

	const unchanged = await bare(['update']);
	assert.equal(unchanged.code, 0, unchanged.stderr);
	assert.equal(unchanged.stdout, 'Daily: 0 new, 0 updated, 2 unchanged, 0 skipped\n');
	assert.equal(server.requests(at).at(-1)['if-none-match'], '"one"');

	server.route(at, conditional(rss('Daily', [story(3), story(1), story(2, {title: 'Story two, retitled', body: '<p>Rewritten.</p>'})]), {etag: '"two"'}));
	const updated = await bare(['update']);
	assert.equal(updated.code, 0, updated.stderr);
	assert.equal(updated.stdout, 'Daily: 1 new, 1 updated, 1 unchanged, 0 skipped\n');
	assert.equal(texts(dir).length, 3);
	for (const name of names) assert.ok(texts(dir).includes(name), `${name} kept its name`);
	const two = JSON.parse((await inDir(['--article', 'story-number-2', '--json'])).stdout);
	assert.equal(two.title, 'Story two, retitled');
	assert.equal(two.reaction, 'hopeful');
	assert.equal(JSON.parse((await bare(['feeds', '--json'])).stdout)[0].last.new, 1);
});

const broken = [
	['a 404', () => serve({status: 404, body: 'gone'}), /: HTTP 404/],
	['a 500', () => serve({status: 500, body: 'oops'}), /: HTTP 500/],
	['a redirect loop', at => redirect(at), /redirect/],
	['a web page', () => htmlPage(), /not a feed/],
	['a body over 20 MB', () => stream(21 * 1024 * 1024), /larger than 20 MB/],
	['a feed cut off part-way', () => cutOff(rss('Cut', [story(1), story(2)]).slice(0, 300), 5000), /broke off|cut off|not well-formed/],
	['a feed whose XML stops part-way', () => serve({body: rss('Cut', [story(1), story(2)]).slice(0, 300)}), /not well-formed XML/],
	['text that is not XML', () => serve({body: 'just some words\n'}), /not well-formed XML|not a feed/],
];

for (const [what, route, message] of broken) {
	test(`${what}: one line, exit 1, the folder untouched and nothing subscribed`, async () => {
		const {dir, run: inDir, bare} = world();
		const at = fresh('feed.xml');
		server.route(at, route(at));
		const result = await inDir(['import', server.url(at)]);
		assert.equal(result.code, 1);
		assert.equal(result.stdout, '');
		assert.match(result.stderr, message);
		assert.equal(result.stderr.split('\n').length, 2, result.stderr);
		assert.equal(existsSync(dir), false);
		assert.equal((await bare(['feeds', '--json'])).stdout, '[]\n');
	});
}

test('a file that is not there, and a feed file: one line and exit 1; a file imports without subscribing', async () => {
	const {dir, run: inDir, bare} = world();
	const missing = await inDir(['import', path.join(dir, 'nope.xml')]);
	assert.equal(missing.code, 1);
	assert.match(missing.stderr, /^broadsheet: cannot read .*nope\.xml: no such file\n$/);
	const file = path.join(tempDir('broadsheet-feedfile-'), 'saved.xml');
	writeFileSync(file, rss('Saved', [story(1)]));
	const imported = await inDir(['import', file]);
	assert.equal(imported.code, 0, imported.stderr);
	assert.equal(imported.stdout, 'Saved: 1 new, 0 updated, 0 unchanged, 0 skipped\n');
	assert.equal((await bare(['feeds', '--json'])).stdout, '[]\n');
});

test('update: a failing feed is said and the others still update; exit 1', async () => {
	const {dir, run: inDir, bare} = world();
	const good = fresh('good.xml');
	const bad = fresh('bad.xml');
	server.route(good, serve({body: rss('Good', [story(1)])}));
	server.route(bad, serve({body: rss('Bad', [story(9)])}));
	await inDir(['import', server.url(good)]);
	await inDir(['import', server.url(bad)]);
	server.route(bad, serve({status: 503, body: 'down'}));
	server.route(good, serve({body: rss('Good', [story(1), story(2)])}));
	const result = await bare(['update']);
	assert.equal(result.code, 1);
	assert.equal(result.stdout, 'Good: 1 new, 0 updated, 1 unchanged, 0 skipped\n');
	assert.match(result.stderr, new RegExp(`^broadsheet: ${server.url(bad).replaceAll('.', '\\.')}: HTTP 503[^\\n]*\\nbroadsheet: 1 of 2 feeds could not be updated\\n$`));
	assert.equal(texts(dir).length, 3);
	const rows = JSON.parse((await bare(['feeds', '--json'])).stdout);
	assert.match(rows.find(row => row.title === 'Bad').error, /HTTP 503/);
});

test('two imports of the same feed at once: no file doubled, none half-written, both subscriptions one', async () => {
	const {dir, run: inDir, bare} = world();
	const at = fresh('feed.xml');
	server.route(at, serve({body: rss('Twice', Array.from({length: 40}, (_, n) => story(n)))}));
	const [one, two] = await Promise.all([inDir(['import', server.url(at)]), inDir(['import', server.url(at)])]);
	assert.equal(one.code, 0, one.stderr);
	assert.equal(two.code, 0, two.stderr);
	const news = [one, two].map(result => Number(/: (\d+) new/.exec(result.stdout)[1])).sort((a, b) => a - b);
	assert.deepEqual(news, [0, 40]);
	assert.equal(texts(dir).length, 40);
	assert.deepEqual(readdirSync(dir).filter(name => !name.endsWith('.txt') || name.startsWith('.')), []);
	assert.equal(JSON.parse((await bare(['feeds', '--json'])).stdout).length, 1);
});

test('OPML: import subscribes to every feed in it, nested ones too, and updates them; feeds --opml writes them back', async () => {
	const {dir, run: inDir, bare} = world();
	const first = fresh('first.xml');
	const second = fresh('second.xml');
	server.route(first, serve({body: rss('First & Co', [story(1)])}));
	server.route(second, serve({body: rss('Second', [story(2), story(3)])}));
	const opml = path.join(tempDir('broadsheet-opml-'), 'subscriptions.opml');
	writeFileSync(opml, `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
	<outline text="Top" title="First &amp; Co" type="rss" xmlUrl="${server.url(first)}"/>
	<outline text="A folder"><outline text="Second" type="rss" xmlUrl="${server.url(second)}"/></outline>
</body></opml>
`);
	const imported = await inDir(['import', opml]);
	assert.equal(imported.code, 0, imported.stderr);
	assert.deepEqual(imported.stdout.split('\n').filter(Boolean).sort(), ['First & Co: 1 new, 0 updated, 0 unchanged, 0 skipped', 'Second: 2 new, 0 updated, 0 unchanged, 0 skipped']);
	assert.equal(texts(dir).length, 3);

	const exported = await bare(['feeds', '--opml']);
	assert.equal(exported.code, 0);
	assert.match(exported.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<opml version="2\.0">/);
	assert.match(exported.stdout, /title="First &amp; Co" xmlUrl="[^"]+first\.xml"/);
	// What we write, another broadsheet (or newsboat) imports: the same two feeds.
	const again = path.join(tempDir('broadsheet-opml-'), 'exported.opml');
	writeFileSync(again, exported.stdout);
	const other = world();
	const reimported = await other.run(['import', again]);
	assert.equal(reimported.code, 0, reimported.stderr);
	assert.deepEqual(JSON.parse((await other.bare(['feeds', '--json'])).stdout).map(row => row.url).sort(), [server.url(first), server.url(second)].sort());
});

test('unsubscribe by title forgets the feed and keeps its articles', async () => {
	const {dir, run: inDir, bare} = world();
	const at = fresh('feed.xml');
	server.route(at, serve({body: rss('Leaving Soon', [story(1)])}));
	await inDir(['import', server.url(at)]);
	const result = await bare(['unsubscribe', 'leaving soon']);
	assert.equal(result.code, 0, result.stderr);
	assert.equal(result.stdout, 'unsubscribed from Leaving Soon; its articles stay\n');
	assert.equal((await bare(['feeds', '--json'])).stdout, '[]\n');
	assert.equal(texts(dir).length, 1);
	const again = await bare(['unsubscribe', 'Leaving Soon']);
	assert.equal(again.code, 1);
	assert.match(again.stderr, /^broadsheet: no subscription "Leaving Soon"/);
	const none = await bare(['update']);
	assert.equal(none.code, 0);
	assert.match(none.stderr, /no subscriptions yet/);
});

test('import writes into the library when no folder is named, and the reader lists it instead of the shipped articles', async () => {
	const env = cleanEnv();
	const at = fresh('feed.xml');
	server.route(at, serve({body: rss('Library News', [story(1)])}));
	const imported = await run(['import', server.url(at)], {env});
	assert.equal(imported.code, 0, imported.stderr);
	assert.equal(texts(path.join(env.XDG_DATA_HOME, 'broadsheet', 'articles')).length, 1);
	const listed = await run(['--list'], {env});
	assert.match(listed.stdout, /^1 {2}N {2}2026-02-05 {2}- {3}story-number-1-\S+ {2}Story number 1 happened\n$/);
	assert.equal(readFileSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'), 'utf8').includes('"dir"'), false);
});

test('a large feed imports whole, and again unchanged', async () => {
	const {dir, run: inDir} = world();
	const file = path.join(tempDir('broadsheet-feedfile-'), 'large.xml');
	writeFileSync(file, rss('Large', Array.from({length: 700}, (_, n) => story(n))));
	const first = await inDir(['import', file]);
	assert.equal(first.code, 0, first.stderr);
	assert.equal(first.stdout, 'Large: 700 new, 0 updated, 0 unchanged, 0 skipped\n');
	assert.equal(texts(dir).length, 700);
	assert.deepEqual(readdirSync(dir).filter(name => !name.endsWith('.txt') || name.startsWith('.')), []);
	assert.equal((await inDir(['import', file])).stdout, 'Large: 0 new, 0 updated, 700 unchanged, 0 skipped\n');
});
