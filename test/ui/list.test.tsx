// The article list: moving, scrolling as a window, filtering, opening,
// quitting, and what each row says.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {article, library, longParagraphs, numbered} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {cursorLine, renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(resetRenders);

const titleOf = (line: string | undefined) => /Article \d\d/.exec(line ?? '')?.[0];

test('↑/↓, k/j and g/G move the cursor, stopping at the ends', async () => {
	const cases: Array<[presses: string[], expected: string]> = [
		[[], 'Article 00'],
		[[keys.down], 'Article 01'],
		[['j', 'j'], 'Article 02'],
		[['j', 'j', keys.up], 'Article 01'],
		[['j', 'k'], 'Article 00'],
		[[keys.up, 'k'], 'Article 00'],
		[['G'], 'Article 04'],
		[['G', 'j', keys.down], 'Article 04'],
		[['G', 'g'], 'Article 00'],
		[['G', 'k'], 'Article 03'],
	];
	for (const [presses, expected] of cases) {
		const app = await renderApp({library: library(numbered(5))});
		await app.press(...presses);
		assert.equal(titleOf(cursorLine(app.frame())), expected, `after ${JSON.stringify(presses)}`);
		await resetRenders();
	}
});

test('a long list scrolls as a window: only the rows that fit, the cursor always among them', async () => {
	// 10 rows: a header, 7 list rows, the status line, and one row kept free.
	const app = await renderApp({library: library(numbered(30)), rows: 10});
	const shown = () => app.lines().map(line => titleOf(line)).filter(Boolean);
	assert.deepEqual(shown(), ['Article 00', 'Article 01', 'Article 02', 'Article 03', 'Article 04', 'Article 05', 'Article 06']);
	await app.press(...Array.from({length: 7}, () => 'j'));
	assert.equal(titleOf(cursorLine(app.frame())), 'Article 07');
	assert.deepEqual(shown()[0], 'Article 01', 'the window moves down by one');
	assert.equal(shown().at(-1), 'Article 07', 'the cursor sits on the last row');
	await app.press('k');
	assert.deepEqual(shown()[0], 'Article 01', 'moving back inside the window does not move it');
	assert.equal(titleOf(cursorLine(app.frame())), 'Article 06');
	await app.press('G');
	assert.deepEqual(shown(), ['Article 23', 'Article 24', 'Article 25', 'Article 26', 'Article 27', 'Article 28', 'Article 29']);
	await app.press('j');
	assert.equal(titleOf(cursorLine(app.frame())), 'Article 29', 'no wrapping round to the top');
	assert.equal(shown()[0], 'Article 23');
	await app.press('g');
	assert.equal(shown()[0], 'Article 00');
	assert.equal(app.lines().length, 9);
});

test('the header names the folder and the count', async () => {
	const app = await renderApp({library: {folder: '/srv/news/articles', articles: numbered(3), skipped: [{file: 'bad.txt', reason: 'empty'}]}});
	assert.equal(app.lines()[0], 'broadsheet  /srv/news/articles  3 articles · 1 skipped');
});

test('rows show title, date, label, reading time, the unread mark and the reaction', async () => {
	const store = tempStore();
	await store.setPlace('read', 0);
	await store.setReaction('read', 'worried');
	const articles = [
		article('unread', {title: 'Never opened', label: 'blog', paragraphs: longParagraphs(25, 40)}),
		article('read', {title: 'Opened and reacted', date: '2026-01-30', paragraphs: ['ten words in this one paragraph of an article here']}),
	];
	const app = await renderApp({library: library(articles), store});
	const lines = app.lines();
	// 80 columns: pointer and mark 4, title 47, then date, label, time and reaction,
	// each after two spaces (Ink drops the blanks at the end of a line).
	assert.equal(lines[1], `❯ N ${'Never opened'.padEnd(47)}  2026-02-05  blog  5 min`);
	assert.equal(lines[2], `    ${'Opened and reacted'.padEnd(47)}  2026-01-30        1 min  😟`);
});

test('/ filters as you type over title, label, summary and byline; Backspace edits; Esc clears', async () => {
	const articles = [
		article('taiwan', {title: 'Xi warns on Taiwan arms'}),
		article('budget', {title: 'Budget day', label: 'economy'}),
		article('storm', {title: 'Storm ahead', summary: 'Gales reach the Taiwan Strait'}),
		article('ng', {title: 'An interview', byline: {authors: ['Kelly Ng'], source: 'BBC News', dateline: null}}),
		article('wire', {title: 'Wire copy', byline: {authors: [], source: 'Reuters', dateline: 'Jan 5'}}),
	];
	const app = await renderApp({library: library(articles)});
	const rows = () => app.lines().slice(1, -1).map(line => line.slice(4).trim().split('  ')[0]).filter(Boolean);
	await app.press('j', 'j', '/');
	assert.match(app.lines().at(-1)!, /^\/_ {2}5 of 5/);
	await app.press('t', 'a', 'i');
	assert.deepEqual(rows(), ['Xi warns on Taiwan arms', 'Storm ahead']);
	assert.match(app.lines()[0]!, /2 of 5 articles$/);
	await app.press('x', 'z');
	assert.equal(app.lines()[1], 'No article matches “taixz”');
	await app.press(keys.backspace, keys.backspace);
	assert.deepEqual(rows(), ['Xi warns on Taiwan arms', 'Storm ahead']);
	await app.press(keys.down);
	assert.match(cursorLine(app.frame())!, /Storm ahead/);
	await app.press(keys.escape);
	assert.equal(rows().length, 5, 'Esc clears the filter');
	assert.match(cursorLine(app.frame())!, /Storm ahead/, 'and keeps the highlighted article highlighted');
	const byField: Array<[string, string[]]> = [['economy', ['Budget day']], ['kelly', ['An interview']], ['bbc news', ['An interview']], ['reuters', ['Wire copy']], ['gales', ['Storm ahead']]];
	for (const [query, titles] of byField) {
		await app.press('/', ...query);
		assert.deepEqual(rows(), titles, query);
		await app.press(keys.escape);
	}
});

test('keys that mean something in the list are text in the filter', async () => {
	const app = await renderApp({library: library([article('q', {title: 'quiet queue'}), article('j', {title: 'jam'})])});
	await app.press('/', 'q', 'G', '?');
	assert.match(app.lines().at(-1)!, /^\/qG\?_/);
	assert.ok(app.listening(), 'q typed into the filter does not quit');
});

test('Enter opens the highlighted article, and the highlighted match of a filter', async () => {
	const app = await renderApp({library: library(numbered(5))});
	await app.press('j', keys.enter);
	assert.equal(app.lines()[0], 'Article 01');
	assert.match(app.lines().at(-1)!, /^Page 1\/1 \d+% {2}Article 01/);
	await app.press('q', '/', '0', '3', keys.enter);
	assert.equal(app.lines()[0], 'Article 03');
	await app.press('q');
	assert.match(app.lines().at(-1)!, /^Filter: 03/, 'the filter stays after reading');
	assert.match(cursorLine(app.frame())!, /Article 03/);
	await app.press(keys.escape);
	assert.match(cursorLine(app.frame())!, /Article 03/);
	assert.equal(app.lines().filter(line => /Article \d\d/.test(line)).length, 5);
});

test('q quits from the list, and Ctrl+C from anywhere', async () => {
	const ways: Array<[string, string[]]> = [
		['q in the list', ['q']],
		['Ctrl+C in the list', [keys.ctrlC]],
		['Ctrl+C while filtering', ['/', 'a', keys.ctrlC]],
		['Ctrl+C in an article', [keys.enter, keys.ctrlC]],
		['Ctrl+C in the picker', [keys.enter, 'r', keys.ctrlC]],
		['Ctrl+C in help', ['?', keys.ctrlC]],
		['Ctrl+C in help in the picker', [keys.enter, 'r', '?', keys.ctrlC]],
		['Ctrl+C read together with the key before it', [`j${keys.ctrlC}`]],
	];
	for (const [name, presses] of ways) {
		const app = await renderApp({library: library(numbered(3))});
		assert.ok(app.listening());
		await app.press(...presses);
		assert.equal(app.listening(), false, name);
		await resetRenders();
	}
});

test('an empty folder says so', async () => {
	const app = await renderApp({library: library([], '/tmp/empty')});
	assert.equal(app.lines()[1], 'No articles in /tmp/empty');
	await app.press('j', 'G', keys.enter);
	assert.equal(app.lines()[1], 'No articles in /tmp/empty');
});

test('keys that arrive together (fast typing, a held key) each count', async () => {
	const app = await renderApp({library: library(numbered(6))});
	await app.press('jjj');
	assert.match(cursorLine(app.frame())!, /Article 03/);
	await app.press('/05');
	assert.match(app.lines().at(-1)!, /^\/05_/);
	await app.press(keys.escape, 'Gkk');
	assert.match(cursorLine(app.frame())!, /Article 03/);
});

test('keys that arrive as one string act one by one, Enter among them', async () => {
	const app = await renderApp({library: library(numbered(5))});
	await app.press('jj\r');
	assert.match(app.frame(), /Page 1\/1/);
	assert.match(app.frame(), /Article 02/);
});

test('the list pages too: Space and PgDn a page down, b and PgUp a page up, Home and End to either end', async () => {
	// 80×10: a header row and seven article rows above the status line.
	const cases: Array<[presses: string[], expected: string]> = [
		[[' '], 'Article 07'],
		[[keys.pageDown], 'Article 07'],
		[[' ', ' ', ' ', ' '], 'Article 24'],
		[[' ', ' ', 'b'], 'Article 07'],
		[[' ', ' ', keys.pageUp], 'Article 07'],
		[['b'], 'Article 00'],
		[[keys.end], 'Article 24'],
		[[keys.end, keys.home], 'Article 00'],
	];
	for (const [presses, expected] of cases) {
		const app = await renderApp({library: library(numbered(25)), rows: 10});
		await app.press(...presses);
		assert.equal(titleOf(cursorLine(app.frame())), expected, `after ${JSON.stringify(presses)}`);
		assert.ok(app.frame().includes(expected));
		await resetRenders();
	}
});

test('in the filter Ctrl+W erases a word and Ctrl+U the whole filter; the columns stay put as it narrows', async () => {
	const articles = [article('short-one', {title: 'Tiny', label: 'a'}), article('long-one', {title: 'A much longer title than the other', label: 'world news'})];
	const app = await renderApp({library: library(articles)});
	const dateColumn = () => app.lines().slice(1, -1).map(line => line.search(/\d{4}-\d\d-\d\d|—/)).filter(column => column > 0);
	const before = dateColumn();
	await app.press('/', ...'tiny wor');
	assert.match(app.lines().at(-1)!, /^\/tiny wor_/);
	await app.press('\u0017');
	assert.match(app.lines().at(-1)!, /^\/tiny _/);
	await app.press(...'x');
	assert.match(app.lines().at(-1)!, /^\/tiny x_/);
	await app.press('\u0015');
	assert.match(app.lines().at(-1)!, /^\/_/);
	await app.press('short');
	assert.deepEqual(dateColumn(), [before[0]], 'the one row left keeps its column');
});
