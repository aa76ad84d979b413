// What every frame must respect: never wider than the terminal, never taller
// than its height less one line, whatever the view, the size or the script;
// a one-line notice when the terminal is too small; and `?` help.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {article, library, longParagraphs, numbered} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {cursorLine, frameFits, renderApp, resetRenders} from './helpers.js';

afterEach(resetRenders);

const wide = [
	article('cjk', {
		title: '中文标题：习近平说“台湾问题是中美关系中最重要的问题”😊👨‍👩‍👧',
		label: '国际',
		summary: '特朗普与习近平上次会面是在十月，在韩国举行的亚太经合组织会议期间',
		byline: {authors: ['黄凯莉', 'Tessa Wong'], source: 'BBC 中文', dateline: '2月5日'},
		paragraphs: [
			'中国领导人习近平称台湾是“中美关系中最重要的问题”，并说美国必须“谨慎”对待向台湾出售武器。😟😟😟',
			'Emoji 👨‍👩‍👧‍👦 and flags 🇹🇼🇺🇸 sit beside ＦＵＬＬＷＩＤＴＨ letters and a verylongwordwithoutanyspacesthatmustbebrokensomewhere.',
			...longParagraphs(6, 30),
			'他说：“我们希望和平。” 她说：“明白。”',
		],
		prompt: '你怎么看这条新闻，would you share it with your friends?',
	}),
	article('emoji', {title: '😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀', date: null, label: 'emoji 😀'}),
	...numbered(12),
];

const sizes: Array<[number, number]> = [[12, 4], [80, 24], [10, 3], [11, 5], [13, 6], [41, 9], [100, 30], [130, 40]];

const scripts: Array<[name: string, presses: string[]]> = [
	['list', ['j', 'j', 'G', 'g']],
	['filter', ['/', '习', '近', keys.backspace, keys.down, keys.escape]],
	['article', [keys.enter, ' ', ' ', 'G', 'b', 'g']],
	['emoji article', ['j', keys.enter, ' ']],
	['picker', [keys.enter, 'r', keys.down, keys.down, keys.up]],
	['help', ['?', 'x', keys.enter, '?', 'x', 'r', '?']],
	['back', [keys.enter, 'G', 'q', 'j']],
];

test('every frame fits: at most the width, at most rows − 1 lines, wide characters included', async () => {
	for (const [columns, rows] of sizes) {
		for (const [name, presses] of scripts) {
			const app = await renderApp({library: library(wide, '/home/reader/.local/share/broadsheet/articles'), columns, rows});
			assert.equal(frameFits(app.frame(), columns, rows), undefined, `${name} at ${columns}×${rows}, first frame`);
			for (const [index, key] of presses.entries()) {
				await app.press(key);
				const problem = frameFits(app.frame(), columns, rows);
				assert.equal(problem, undefined, `${name} at ${columns}×${rows}, after key ${index + 1}:\n${app.frame()}`);
			}

			await resetRenders();
		}
	}
});

test('at 12×4 and 80×24 the frame is exactly rows − 1 lines, status line last', async () => {
	for (const [columns, rows] of [[12, 4], [80, 24]] as const) {
		const app = await renderApp({library: library(wide), columns, rows});
		assert.equal(app.lines().length, rows - 1);
		await app.press(keys.enter);
		assert.equal(app.lines().length, rows - 1);
		assert.match(app.lines().at(-1)!, /^Page 1\//);
		await app.press('r');
		assert.equal(app.lines().length, rows - 1);
		await resetRenders();
	}
});

test('at 12×4 the list still shows the highlighted row and the article a page of text', async () => {
	const app = await renderApp({library: library(numbered(5)), columns: 12, rows: 4});
	assert.deepEqual(app.lines(), ['5 articles', '❯ N Article…', '      ? keys']);
	await app.press('j');
	assert.equal(cursorLine(app.frame()), '❯ N Article…');
	await app.press(keys.enter);
	// The percentage: how much of the article is above the bottom of the screen.
	assert.deepEqual(app.lines(), ['Article 01', '2026-01-30', 'Page 1/3 40%']);
});

test('a terminal smaller than 10×3 shows one line and waits for a resize', async () => {
	const cases: Array<[number, number, string]> = [[9, 24, 'too small'], [80, 2, 'terminal too small'], [5, 1, 'too…'], [9, 2, 'too small'], [17, 2, 'too small'], [18, 2, 'terminal too small']];
	for (const [columns, rows, expected] of cases) {
		const app = await renderApp({library: library(numbered(5)), columns, rows});
		assert.equal(app.frame(), expected, `${columns}×${rows}`);
		// Keys do nothing on a screen that cannot show them, but q and Ctrl+C (below).
		await app.press('j', 'j', keys.enter, 'x', keys.escape);
		assert.ok(app.listening());
		await app.resize(80, 24);
		assert.match(cursorLine(app.frame())!, /Article 00/, 'the keys were ignored');
		await resetRenders();
	}
});

test('on a screen too small, q and Ctrl+C still quit, whatever view is underneath', async () => {
	const views: Array<[name: string, open: string[]]> = [['list', []], ['filter', ['/', 'a']], ['article', [keys.enter]], ['picker', [keys.enter, 'r']], ['help', ['?']]];
	for (const [name, open] of views) {
		for (const [quitKey, keyName] of [['q', 'q'], [keys.ctrlC, 'Ctrl+C']] as const) {
			const app = await renderApp({library: library(numbered(5))});
			await app.press(...open);
			await app.resize(9, 2);
			assert.equal(app.frame(), 'too small');
			await app.press(quitKey);
			assert.equal(app.listening(), false, `${keyName} in the ${name}`);
			await resetRenders();
		}
	}
});

test('shrinking below 10×3 and back returns to the same page', async () => {
	const app = await renderApp({library: library([article('long', {paragraphs: longParagraphs(20)})]), columns: 50, rows: 15, openId: 'long'});
	await app.press(' ', ' ');
	const before = app.frame();
	await app.resize(8, 15);
	assert.equal(app.frame(), 'too sma…');
	await app.resize(50, 15);
	assert.equal(app.frame(), before);
});

test('? shows every key of the current view; any key closes it and does nothing else', async () => {
	const views: Array<[name: string, open: string[], says: RegExp[], then: string, check: (frame: string) => void]> = [
		['list', [], [/Keys in the list/, /↑ k +previous article/, /\/ +filter by id, title, label, summary, byline/, /q +quit/, /Keys while filtering/, /Backspace +erase a character/, /Marks: N unread · ~ begun, left before its last page · 😟 your reaction/], 'j', frame => {
			assert.match(cursorLine(frame)!, /Article 00/);
		}],
		['article', [keys.enter], [/Keys in an article/, /Space f PgDn Ctrl\+F → l +next page/, /b PgUp Ctrl\+B ← h +previous page/, /↓ j Enter +a line down/, /d Ctrl\+D +half a page down/, /g Home +first page/, /G End +last page/, /r +react/, /q Esc +back to the list/], ' ', frame => {
			assert.match(frame.split('\n').at(-1)!, /^Page 1\//);
		}],
		['picker', [keys.enter, 'r', keys.down, keys.down], [/Keys in the reaction picker/, /↑ k +previous reaction/, /↓ j +next reaction/, /Enter +pick the highlighted reaction/, /1–7 +pick that reaction at once/, /x +clear the article's reaction/, /q Esc +close without change/], 'x', frame => {
			assert.equal(cursorLine(frame), '❯ 3 😮 Surprised', 'the highlight is where it was');
		}],
	];
	for (const [name, open, says, then, check] of views) {
		// Tall enough for the whole of each view's keys: help does not scroll yet (issue 9).
		const app = await renderApp({library: library(numbered(3)), rows: 40});
		await app.press(...open, '?');
		for (const line of says) assert.match(app.frame(), line, name);
		assert.match(app.lines().at(-1)!, /Any key closes/);
		await app.press(then);
		assert.doesNotMatch(app.frame(), /Keys in/);
		check(app.frame());
		assert.ok(app.listening(), 'q, too, only closes help');
		await resetRenders();
	}
});

test('q closes help rather than quitting', async () => {
	const app = await renderApp({library: library(numbered(3))});
	await app.press('?', 'q');
	assert.ok(app.listening());
	assert.match(app.frame(), /Article 00/);
});

test('the status line always shows the keys that matter', async () => {
	const app = await renderApp({library: library([article('long', {title: 'Long read', paragraphs: longParagraphs(12)}), ...numbered(3)])});
	assert.match(app.lines().at(-1)!, /Enter open · \/ filter · m mood · \? keys · q quit$/);
	await app.press(keys.enter);
	assert.match(app.lines().at(-1)!, /Space next · b previous · r react · \? keys · q list$/);
	// On the last page Space opens the picker, and the hint says so.
	await app.press('G');
	assert.match(app.lines().at(-1)!, /Space react · b previous · \? keys · q list$/);
	await app.press('r');
	assert.match(app.lines().at(-1)!, /1–7 pick · x clear · q cancel · \? keys$/);
	await app.press(keys.escape, 'q', '/');
	assert.match(app.lines().at(-1)!, /Enter open · Esc clear$/);
});

test('at 50×16 help scrolls to its last key and says where it is; the scrolled-to keys are the filter\'s', async () => {
	const app = await renderApp({library: library(numbered(3)), columns: 50, rows: 16});
	await app.press('?');
	assert.match(app.frame(), /Keys in the list/);
	assert.doesNotMatch(app.frame(), /Backspace/);
	assert.match(app.lines().at(-1)!, /^Help, lines 1–14 of \d+ · ↓ Space more/);
	await app.press('G');
	assert.match(app.frame(), /Backspace +erase a character/);
	assert.match(app.frame(), /Esc +clear the filter$/m);
	assert.doesNotMatch(app.frame(), /Keys in the list/);
	await app.press('g');
	assert.match(app.frame(), /Keys in the list/);
	await app.press('x');
	assert.doesNotMatch(app.frame(), /Keys in/);
	assert.match(cursorLine(app.frame())!, /Article 00/);
});
