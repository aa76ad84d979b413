// Read state in the reader (issue 9): opening marks read, N toggles it, A
// marks every article shown read, u shows the unread ones only, and ] and [
// go to the next and previous unread article; all of it kept in a real store.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {isRead} from '../../source/store/store.js';
import {article, library, longParagraphs, numbered} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {cursorLine, renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(resetRenders);

const unreadMark = (line: string | undefined) => /^. N /.test(line ?? '') || /^\s*N /.test(line ?? '');
const rowOf = (frame: string, title: string) => frame.split('\n').find(line => line.includes(title));

test('N marks the highlighted article read and unread again; opening marks read; the list shows which', async () => {
	const store = tempStore();
	const app = await renderApp({library: library(numbered(4)), store});
	assert.ok(unreadMark(rowOf(app.frame(), 'Article 00')), rowOf(app.frame(), 'Article 00'));
	await app.press('N');
	await store.idle();
	assert.match(app.lines().at(-1)!, /Marked read/);
	assert.ok(!unreadMark(rowOf(app.frame(), 'Article 00')), rowOf(app.frame(), 'Article 00'));
	assert.equal(isRead(store.places()['a00']), true);
	await app.press('N');
	await store.idle();
	assert.match(app.lines().at(-1)!, /Marked unread/);
	assert.ok(unreadMark(rowOf(app.frame(), 'Article 00')));
	assert.equal(isRead(store.places()['a00']), false);
	// Opening it marks it read again; N in the article marks it unread.
	await app.press(keys.enter);
	await store.idle();
	assert.equal(isRead(store.places()['a00']), true);
	await app.press('N', 'q');
	await store.idle();
	assert.equal(isRead(store.places()['a00']), false);
	assert.ok(unreadMark(rowOf(app.frame(), 'Article 00')));
});

test('u shows the unread articles only, and says so; A marks every article shown read', async () => {
	const store = tempStore();
	const app = await renderApp({library: library(numbered(5)), store});
	await app.press('j', 'N', 'j', 'j', 'N');
	await store.idle();
	await app.press('u');
	assert.match(app.frame(), /3 unread of 5 articles/);
	assert.deepEqual(['Article 00', 'Article 02', 'Article 04'].map(title => rowOf(app.frame(), title) !== undefined), [true, true, true]);
	assert.equal(rowOf(app.frame(), 'Article 01'), undefined);
	await app.press('A');
	await store.idle();
	assert.match(app.lines().at(-1)!, /Marked 3 read/);
	assert.deepEqual(['a00', 'a01', 'a02', 'a03', 'a04'].map(id => isRead(store.places()[id])), [true, true, true, true, true]);
	// The list stays as it was when u was pressed, now all read; u again shows them all.
	await app.press('u');
	assert.match(app.frame(), /5 articles/);
	assert.doesNotMatch(app.frame(), /unread of/);
	await app.press('u');
	assert.match(app.frame(), /No unread articles/);
});

test('] and [ open the next and previous unread article, passing over what is read', async () => {
	const store = tempStore();
	const app = await renderApp({library: library(numbered(5)), store});
	await app.press('j', 'N', 'j', 'N', 'g', keys.enter);
	await store.idle();
	await app.press(']');
	assert.match(app.frame(), /^Article 03$/m);
	await app.press(']');
	assert.match(app.frame(), /^Article 04$/m);
	// Everything before it is read now: 00 and 03 by opening them, 01 and 02 by N.
	await app.press('[');
	assert.match(app.frame(), /^Article 04$/m);
	assert.match(app.lines().at(-1)!, /No unread article/);
	await app.press('N', '[', '[');
	assert.match(app.lines().at(-1)!, /No unread article/);
	await app.press('q');
	assert.match(cursorLine(app.frame())!, /Article 04/);
});

test('an article left before its last page is marked ~ in the list, one read to its end or on one page is not', async () => {
	const store = tempStore();
	const long = article('long', {title: 'A long read', paragraphs: longParagraphs(30)});
	const app = await renderApp({library: library([long, ...numbered(2)]), store});
	await app.press(keys.enter, ' ', 'q');
	await store.idle();
	assert.match(rowOf(app.frame(), 'A long read')!, /^❯ ~ A long read/);
	await app.press(keys.enter, 'G', 'q');
	await store.idle();
	assert.match(rowOf(app.frame(), 'A long read')!, /^❯ {3}A long read/);
	await app.press('j', keys.enter, 'q');
	await store.idle();
	assert.match(rowOf(app.frame(), 'Article 00')!, /^❯ {3}Article 00/);
});

test('marked unread in the article, it stays unread while the reader goes on paging it; opening it again marks it read', async () => {
	const store = tempStore();
	const long = article('long', {title: 'A long read', paragraphs: longParagraphs(30)});
	const app = await renderApp({library: library([long]), store});
	await app.press(keys.enter, 'N', ' ', ' ', 'j');
	await store.idle();
	assert.equal(isRead(store.places()['long']), false, 'page turns keep the unread mark');
	await app.press('q');
	assert.match(rowOf(app.frame(), 'A long read')!, /^❯ N A long read/);
	await app.press(keys.enter);
	await store.idle();
	assert.equal(isRead(store.places()['long']), true, 'opening marks read');
});
