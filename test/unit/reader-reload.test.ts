// R in the reader's state machine: it asks for one reload at a time with the
// highlighted article's id, and the reloaded folder finds that article again
// wherever new ones put it; a reload that fails leaves the list as it was.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {reactions} from '../../source/news/catalogue.js';
import type {Article} from '../../source/news/article.js';
import {openSession} from '../../source/ui/reader/session.js';
import type {ReaderEvent, ReaderState, StepContext} from '../../source/ui/reader/state.js';
import {start, step} from '../../source/ui/reader/step.js';
import {screenSize, stepContext} from '../../source/ui/view/size.js';
import {article, numbered} from '../support/articles.js';
import {memoryStore} from '../support/memory-store.js';

const before = numbered(5);
const context = (among: Article[]): StepContext => stepContext(among, reactions, screenSize(80, 24, 0), openSession(memoryStore()));
const press = (state: ReaderState, command: 'down' | 'reload' | 'open' | 'back', among = before) => step(state, {type: 'command', command}, context(among));

test('R asks for a reload once, naming the highlighted article, and says so', () => {
	let {state} = start(context(before));
	state = press(state, 'down').state;
	state = press(state, 'down').state;
	const asked = press(state, 'reload');
	assert.deepEqual(asked.effects, [{type: 'reload', keep: before[2]!.id}]);
	assert.deepEqual(asked.state.message, {text: 'Reloading…', error: false});
	const again = press(asked.state, 'reload');
	assert.deepEqual(again.effects, []);
	assert.match(again.state.message!.text, /Already reloading/);
});

test('the reloaded folder keeps the cursor on the same article, though new ones came in above it', () => {
	let {state} = start(context(before));
	state = press(press(state, 'down').state, 'down').state;
	state = press(state, 'reload').state;
	const after = [article('new-1', {title: 'Newer one'}), article('new-2', {title: 'Newer two'}), ...numbered(5)];
	const reloaded: ReaderEvent = {type: 'reloaded', articles: after, keep: before[2]!.id, message: {text: 'Updated 1 feed: 2 new · 7 articles', error: false}};
	const next = step(state, reloaded, context(before)).state;
	assert.equal(next.list.cursor, 4);
	assert.equal(next.reloading, false);
	assert.equal(next.message?.text, 'Updated 1 feed: 2 new · 7 articles');
	const opened = press(next, 'open', after);
	assert.equal(opened.state.reading?.article.id, before[2]!.id);
});

test('a reload that fails leaves the list as it was and says why', () => {
	let {state} = start(context(before));
	state = press(press(state, 'down').state, 'reload').state;
	const failed = step(state, {type: 'reloaded', keep: before[1]!.id, message: {text: 'Not reloaded: no folder /x', error: true}}, context(before)).state;
	assert.equal(failed.list.cursor, 1);
	assert.equal(failed.reloading, false);
	assert.deepEqual(failed.message, {text: 'Not reloaded: no folder /x', error: true});
	assert.deepEqual(press(failed, 'reload').effects, [{type: 'reload', keep: before[1]!.id}]);
});

test('an article open when the reload comes back is swapped for its new reading, on the same page', () => {
	let {state} = start(context(before));
	state = press(state, 'reload').state;
	state = press(state, 'open').state;
	const rewritten = [article(before[0]!.id, {title: 'Rewritten title'}), ...before.slice(1)];
	const next = step(state, {type: 'reloaded', articles: rewritten, keep: before[0]!.id, message: {text: 'Reloaded: 5 articles', error: false}}, context(before)).state;
	assert.equal(next.mode, 'article');
	assert.equal(next.reading?.article.title, 'Rewritten title');
	assert.equal(next.reading?.page, state.reading?.page);
});

test('with u on, the reloaded list keeps the cursor on the same article among the unread ones', () => {
	let {state} = start(context(before));
	state = {...state, list: {...state.list, unreadOnly: new Set([before[1]!.id, before[3]!.id, before[4]!.id])}};
	state = press(press(state, 'down').state, 'reload').state;
	assert.deepEqual(step(state, {type: 'command', command: 'reload'}, context(before)).effects, [], 'already reloading');
	const after = [article('new-1', {title: 'Newer one'}), ...numbered(5)];
	const next = step(state, {type: 'reloaded', articles: after, keep: before[3]!.id, message: {text: 'Reloaded', error: false}}, context(before)).state;
	// The unread list is 01, 03, 04: the cursor stays on 03, the second of them.
	assert.equal(next.list.cursor, 1);
	assert.equal(press(next, 'open', after).state.reading?.article.id, before[3]!.id);
});
