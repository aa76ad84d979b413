// Issue 9's look: in colour the status line and the list's cursor row are
// bars in inverse video across the whole width, never wider than it; without
// colour neither is inverse, and their text is what it always was.
import {after, afterEach, before, test} from 'node:test';
import assert from 'node:assert/strict';
import chalk from 'chalk';
import {article, library, numbered} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {widestWidth} from '../support/widths.js';
import {renderApp, resetRenders} from './helpers.js';

// The tests run with FORCE_COLOR=0, which leaves chalk (Ink's too: there is
// one copy) writing no escapes at all; these need to see them.
const level = chalk.level;
before(() => {
	chalk.level = 1;
});
after(() => {
	chalk.level = level;
});
afterEach(resetRenders);

const inverseOn = '\u001B[7m';
const ansi = /\u001B\[[\d;]*m/gu;
const strip = (line: string) => line.replaceAll(ansi, '');
const isBar = (line: string) => line.startsWith(inverseOn);

const wide = [
	article('cjk', {
		title: '中文标题：习近平说“台湾问题是中美关系中最重要的问题”😊👍🏽👨‍👩‍👧',
		label: '国际',
		paragraphs: ['中国领导人习近平称台湾是“中美关系中最重要的问题”。😟'],
	}),
	...numbered(6),
];

test('colour: the status line is one inverse bar exactly the width, in the list and in an article', async () => {
	const app = await renderApp({library: library(numbered(5)), colour: true, columns: 80, rows: 24});
	const status = () => app.lines().at(-1)!;
	assert.ok(isBar(status()), JSON.stringify(status()));
	assert.equal(strip(status()).length, 80, JSON.stringify(status()));
	assert.match(strip(status()), /q quit$/u);
	await app.press(keys.enter);
	assert.ok(isBar(status()), JSON.stringify(status()));
	assert.equal(strip(status()).length, 80);
	assert.match(strip(status()), /^Page 1\/1 100% {2}Article 00 /u);
	// Only the status line is a bar in an article.
	assert.equal(app.lines().filter(line => line.includes(inverseOn)).length, 1);
});

test('colour: the cursor row is an inverse bar the whole width, the ❯ kept, the others plain', async () => {
	const app = await renderApp({library: library(numbered(5)), colour: true, columns: 80, rows: 24});
	const rows = () => app.lines().slice(1, 6);
	const bars = () => rows().filter(line => line.includes(inverseOn));
	assert.equal(bars().length, 1);
	assert.ok(isBar(bars()[0]!));
	assert.ok(strip(bars()[0]!).startsWith('❯ N Article 00 '), JSON.stringify(bars()[0]));
	assert.equal(strip(bars()[0]!).length, 80);
	await app.press('j');
	assert.equal(bars().length, 1);
	assert.ok(strip(bars()[0]!).startsWith('❯ N Article 01 '));
	assert.ok(strip(rows()[0]!).startsWith('  N Article 00 '));
});

test('colour: bars never wider than the terminal, wide characters and narrow sizes included', async () => {
	for (const [columns, rows] of [[10, 3], [12, 4], [41, 9], [50, 16], [80, 24], [130, 40]] as const) {
		const app = await renderApp({library: library(wide), colour: true, columns, rows});
		for (const key of [undefined, keys.enter, 'r', keys.escape, 'q', '/', '习']) {
			if (key !== undefined) await app.press(key);
			for (const line of app.lines()) {
				assert.ok(widestWidth(strip(line)) <= columns, `${JSON.stringify(line)} is wider than ${columns} (after ${JSON.stringify(key)})`);
			}

			const status = app.lines().at(-1)!;
			// Where the status line shows, it spans the width (the wide title's widest count is what it is cut by).
			if (rows > 3) assert.equal(widestWidth(strip(status)), columns, `${columns}×${rows} after ${JSON.stringify(key)}: ${JSON.stringify(status)}`);
		}

		await resetRenders();
	}
});

test('without colour nothing is inverse, and the lines end where their text ends', async () => {
	const app = await renderApp({library: library(numbered(5)), colour: false, columns: 80, rows: 24});
	assert.ok(app.lines().every(line => !line.includes(inverseOn)), app.frame());
	assert.equal(strip(app.lines().at(-1)!).trimEnd(), strip(app.lines().at(-1)!));
	await app.press(keys.enter);
	assert.ok(app.lines().every(line => !line.includes(inverseOn)), app.frame());
});
