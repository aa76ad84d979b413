// The article view: paging with every key alias, the picker after the last
// page, back to the list, resizing, and the remembered place.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';
import {parseArticle} from '../../source/news/parse.js';
import {article, library, longParagraphs, numbered} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {cursorLine, frameFits, renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(resetRenders);

// 20 paragraphs of 40 numbered words (`p3w17`): many pages at any size.
const long = article('long', {title: 'A long read', paragraphs: longParagraphs(20)});
const pageOf = (frame: string) => /Page (\d+)\/(\d+)/.exec(frame.split('\n').at(-1)!)!.slice(1).map(Number) as [number, number];
/** The paragraph of the first body line on the page. */
const topParagraph = (frame: string) => Number(/^p(\d+)w/m.exec(frame)?.[1] ?? -1);

test('every alias of next, previous, first and last turns the page', async () => {
	const cases: Array<[name: string, presses: string[], page: number]> = [
		['Space', [' '], 2],
		['PgDn', [keys.pageDown], 2],
		['→', [keys.right], 2],
		['l', ['l'], 2],
		['b', [' ', ' ', 'b'], 2],
		['PgUp', [' ', ' ', keys.pageUp], 2],
		['←', [' ', ' ', keys.left], 2],
		['h', [' ', ' ', 'h'], 2],
		['previous on the first page', ['b', 'h'], 1],
		['g', [' ', ' ', 'g'], 1],
		['Home', [' ', ' ', keys.home], 1],
		['G', ['G'], -1],
		['End', [keys.end], -1],
		['End then b', [keys.end, 'b'], -2],
	];
	for (const [name, presses, expected] of cases) {
		const app = await renderApp({library: library([long]), openId: 'long', columns: 60, rows: 14});
		await app.press(...presses);
		const [page, count] = pageOf(app.frame());
		assert.ok(count > 5, 'the article runs over many pages');
		assert.equal(page, expected > 0 ? expected : count + 1 + expected, name);
		assert.equal(frameFits(app.frame(), 60, 14), undefined);
		await resetRenders();
	}
});

test('the page shows only its own lines, the status line last', async () => {
	const app = await renderApp({library: library([long]), openId: 'long', columns: 60, rows: 14});
	await app.press(' ');
	const lines = app.lines();
	assert.equal(lines.length, 13);
	assert.match(lines.at(-1)!, /^Page 2\/\d+ \d+% {2}A long read {2}.*q list$/);
	assert.ok(lines.slice(0, -1).every(line => !line.includes('A long read')), 'the header is on page 1 only');
});

test('the next-page key on the last page opens the picker', async () => {
	for (const next of [' ', keys.pageDown, keys.right, 'l']) {
		const app = await renderApp({library: library([long]), openId: 'long', columns: 60, rows: 14});
		await app.press('G', next);
		assert.match(app.frame(), /How did you feel after reading this news\?/);
		await resetRenders();
	}
});

test('q and Esc go back to the list with the cursor on the article', async () => {
	for (const back of ['q', keys.escape]) {
		const app = await renderApp({library: library(numbered(12)), rows: 8});
		await app.press('j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', keys.enter);
		assert.equal(app.lines()[0], 'Article 08');
		await app.press(back);
		assert.match(cursorLine(app.frame())!, /Article 08/);
		await resetRenders();
	}

	// Opened straight away (--article): back lands on it too, scrolled into view.
	const app = await renderApp({library: library(numbered(30)), openId: 'a25', rows: 8});
	await app.press('q');
	assert.match(cursorLine(app.frame())!, /Article 25/);
});

test('a resize re-lays the article and keeps the paragraph at the top of the page in view', async () => {
	const sizes: Array<[number, number]> = [[40, 12], [100, 30], [12, 4], [80, 24], [33, 9]];
	for (const [columns, rows] of sizes) {
		const app = await renderApp({library: library([long]), openId: 'long', columns: 80, rows: 24});
		await app.press(' ', ' ', ' ');
		const before = app.frame();
		const top = topParagraph(before);
		assert.ok(top > 0);
		await app.resize(columns, rows);
		const after = app.frame();
		assert.equal(frameFits(after, columns, rows), undefined, `${columns}×${rows}`);
		assert.ok(after.split('\n').some(line => line.startsWith(`p${top}w`)), `paragraph ${top} in view at ${columns}×${rows}:\n${after}`);
		await app.resize(80, 24);
		assert.equal(app.frame(), before, `back at 80×24 after ${columns}×${rows}: the same page`);
		await resetRenders();
	}
});

test('paging after a resize goes on from the page in view', async () => {
	const app = await renderApp({library: library([long]), openId: 'long', columns: 80, rows: 24});
	await app.press(' ', ' ', ' ');
	await app.resize(40, 12);
	const [page] = pageOf(app.frame());
	await app.press(' ');
	assert.equal(pageOf(app.frame())[0], page + 1);
});

test('the place is stored on every page turn and the article opens there again', async () => {
	const store = tempStore();
	const first = await renderApp({library: library([long, article('other')]), store, columns: 60, rows: 14});
	assert.match(first.lines()[1]!, /^❯ N A long read/, 'never opened: marked');
	await first.press(keys.enter);
	assert.deepEqual(Object.keys(store.places()), ['long'], 'opening marks it opened');
	assert.equal(store.places().long!.paragraph, 0);
	for (let turn = 0; turn < 4; turn++) {
		await first.press(' ');
		assert.equal(store.places().long!.paragraph, topParagraph(first.frame()), `after page turn ${turn + 1}`);
	}

	await first.press('b');
	const stopped = first.frame();
	assert.equal(store.places().long!.paragraph, topParagraph(stopped));
	await first.press('q');
	assert.match(first.lines()[1]!, /^❯ ~ A long read/, 'opened and left before its last page: begun, no longer unread');
	await resetRenders();

	const again = await renderApp({library: library([long, article('other')]), store, columns: 60, rows: 14});
	assert.match(again.lines()[1]!, /^❯ ~ A long read/, 'the store remembers it was opened, and left mid-way');
	await again.press(keys.enter);
	assert.equal(again.frame(), stopped);
});

test('a stored place opens on the page showing that paragraph, at any size', async () => {
	const store = tempStore();
	await store.setPlace('long', 7);
	for (const [columns, rows] of [[80, 24], [30, 8], [12, 4]] as const) {
		const app = await renderApp({library: library([long]), store, openId: 'long', columns, rows});
		assert.ok(app.lines().some(line => line.startsWith('p7w')), `${columns}×${rows}:\n${app.frame()}`);
		assert.equal(store.places().long!.paragraph, 7, 'opening does not move the place');
		await resetRenders();
	}
});

test('wider than 100 columns the text keeps to the measure, centred', async () => {
	const cases: Array<[measure: number, indent: number, width: number]> = [[80, 30, 80], [60, 40, 60], [0, 0, 140]];
	for (const [measure, indent, width] of cases) {
		const app = await renderApp({library: library([long]), openId: 'long', columns: 140, rows: 20, measure});
		const text = app.lines().slice(0, -1).filter(line => line.trim() !== '');
		assert.ok(text.every(line => line.startsWith(' '.repeat(indent)) && !line.startsWith(' '.repeat(indent + 1))), `indent ${indent}`);
		const widest = Math.max(...text.map(line => stringWidth(line) - indent));
		assert.ok(widest <= width && widest > width - 12, `lines up to ${width} wide, got ${widest}`);
		await resetRenders();
	}
});

test('the seed article reads page by page to its prompt, every frame within the terminal', async () => {
	const seed = parseArticle(readFileSync(new URL('../../articles/us-prudent-arms-taiwan.txt', import.meta.url), 'utf8'), 'us-prudent-arms-taiwan.txt');
	for (const [columns, rows] of [[80, 24], [12, 4]] as const) {
		const app = await renderApp({library: library([seed]), openId: seed.id, columns, rows});
		const [, count] = pageOf(app.frame());
		const seen: string[] = [];
		for (let page = 1; page <= count; page++) {
			assert.equal(pageOf(app.frame())[0], page);
			assert.equal(frameFits(app.frame(), columns, rows), undefined, `page ${page} at ${columns}×${rows}`);
			seen.push(...app.lines().slice(0, -1));
			if (page < count) await app.press(' ');
		}

		if (columns === 80) {
			assert.equal(seen[0], seed.title);
			assert.ok(seen.some(line => line.includes('the most important issue')));
			assert.ok(seen.some(line => line === 'How did you feel after reading this news?'));
		}

		await resetRenders();
	}
});

test('where the terminal follows hyperlinks, the Link line points at the article\'s link (OSC 8), and nothing else does', async () => {
	const linked = article('linked', {title: 'A linked story', paragraphs: ['Body text, with https://elsewhere.example/ in it.'], link: 'https://example.org/story?a=1&b=2'});
	const osc8 = /\u001B\]8;;([^\u0007]*)\u0007/g;
	const plain = await renderApp({library: library([linked]), openId: 'linked'});
	assert.doesNotMatch(plain.frame(), osc8, 'not unless the terminal follows them');
	await resetRenders();
	const app = await renderApp({library: library([linked]), openId: 'linked', hyperlinks: true});
	const frame = app.frame();
	const targets = [...frame.matchAll(osc8)].map(match => match[1]);
	assert.ok(targets.length >= 2, frame);
	assert.deepEqual([...new Set(targets)], ['https://example.org/story?a=1&b=2', '']);
	const linkLine = frame.split('\n').find(line => line.includes('\u001B]8;;https'))!;
	assert.match(linkLine.replaceAll(osc8, ''), /^Link: https:\/\/example\.org\/story\?a=1&b=2$/);
	assert.ok(!frame.split('\n').find(line => line.includes('Body text'))!.includes('\u001B]8'), 'the body\'s own URL stays text');
});
