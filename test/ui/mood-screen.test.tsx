// The mood screen in the reader (issue 11): m from the list or an article
// opens it on a real store holding a dozen reactions over three weeks; the
// sparkline, the bars and the cursor's counts are the numbers of the plan,
// Tab goes week → source → label → week, ↓ moves, Enter lists the group's
// articles, Esc comes back to the bars on that group, and q goes back to the
// list or the article, where it was. Small terminals still draw it whole.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import type {ReactionId} from '../../source/news/catalogue.js';
import {groupMood, moodEntries} from '../../source/news/mood.js';
import {article, library, longParagraphs} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {cursorLine, frameFits, renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(resetRenders);

const tab = '\t';

// id, source (null: no byline), label (null: none), reaction, weeks ago.
const plan: Array<[string, string | null, string | null, ReactionId, number]> = [
	['bbc-1', 'BBC News', 'world', 'angry', 0],
	['bbc-2', 'BBC News', 'world', 'angry', 0],
	['valley-1', 'Valley Post', 'transport', 'happy', 0],
	['harbour-1', '港湾日报', '节庆', 'worried', 0],
	['plain-1', null, 'world', 'sad', 0],
	['bbc-3', 'BBC News', 'world', 'worried', 1],
	['valley-2', 'Valley Post', 'transport', 'hopeful', 1],
	['valley-3', 'Valley Post', 'transport', 'happy', 1],
	['harbour-2', '港湾日报', '节庆', 'surprised', 1],
	['bbc-4', 'BBC News', 'world', 'angry', 2],
	['plain-2', null, null, 'indifferent', 2],
	['harbour-3', '港湾日报', '节庆', 'happy', 2],
];

const articles = [
	...plan.map(([id, source, label]) => article(id, {title: `The story of ${id}`, label, byline: source === null ? null : {authors: ['A Reporter'], source, dateline: null}, paragraphs: longParagraphs(8)})),
	article('unreacted', {title: 'Nobody reacted to this one'}),
];

/** Noon, local time, `weeks` weeks before today: the same weekday, so each lands in its own ISO week. */
function weeksAgo(weeks: number): Date {
	const today = new Date();
	return new Date(today.getFullYear(), today.getMonth(), today.getDate() - (7 * weeks), 12);
}

async function reactedStore() {
	const store = tempStore();
	for (const [id, , , reaction, weeks] of plan) await store.setReaction(id, reaction, weeksAgo(weeks));
	return store;
}

async function moodApp(options: {columns?: number; rows?: number} = {}) {
	return renderApp({library: library(articles), store: await reactedStore(), ...options});
}

/** The group rows on screen: the name after the pointer column and the count at the end, in order. */
function groupRows(frame: string): Array<{selected: boolean; key: string; total: number}> {
	return frame.split('\n').flatMap(line => {
		const match = /^(❯| ) (.+?) {2,}[@+*\-~.!]+ +(\d+)$/.exec(line);
		return match ? [{selected: match[1] === '❯', key: match[2]!.trim(), total: Number(match[3])}] : [];
	});
}

const detailLine = (frame: string) => frame.split('\n').find(line => /^(?:[😊🤞😮😐😟😢😠] \d+ \d+%(?: · |$))+/u.test(line));

test('m in the list opens the mood screen by week: the sparkline, the bars and the counts of the plan, newest week first', async () => {
	const app = await moodApp();
	await app.press('m');
	const frame = app.frame();
	// Twelve weeks, oldest first: 3, 4 and 5 reactions in the last three, the busiest full height.
	assert.match(frame, /^▁{9}▆▇█ last 12 weeks$/m);
	// Three 😊 and three 😠: a tie names both.
	assert.match(frame, /^most given: 😊 Happy and 😠 Angry \(3 each\)$/m);
	assert.deepEqual(groupRows(frame).map(row => row.total), [5, 4, 3]);
	assert.equal(groupRows(frame)[0]!.selected, true);
	assert.equal(detailLine(frame), '😊 1 20% · 😟 1 20% · 😢 1 20% · 😠 2 40%');
	assert.match(app.lines().at(-1)!, /^Mood by week {2}12 reacted +Tab grouping · Enter articles · \? keys · q back$/);
	assert.equal(frameFits(frame, 80, 24), undefined);
});

test('the screen shows the numbers groupMood gives the command, grouping by grouping', async () => {
	const app = await moodApp();
	const store = await reactedStore();
	const entries = moodEntries(store.reactions(), articles.map(({id, byline, label}) => ({id, source: byline?.source ?? null, label})));
	await app.press('m');
	for (const by of ['week', 'source', 'label'] as const) {
		assert.deepEqual(groupRows(app.frame()).map(({key, total}) => ({key, total})), groupMood(entries, by).map(({key, total}) => ({key, total})), by);
		await app.press(tab);
	}
});

test('Tab goes week → source → label → week, each on its first group; ↓ moves the cursor and the counts with it', async () => {
	const app = await moodApp();
	await app.press('m', keys.down);
	assert.deepEqual(groupRows(app.frame()).map(row => row.selected), [false, true, false]);
	assert.equal(detailLine(app.frame()), '😊 1 25% · 🤞 1 25% · 😮 1 25% · 😟 1 25%');
	await app.press(tab);
	assert.match(app.lines().at(-1)!, /^Mood by source/);
	assert.deepEqual(groupRows(app.frame()), [
		{selected: true, key: 'BBC News', total: 4},
		{selected: false, key: 'Valley Post', total: 3},
		{selected: false, key: '港湾日报', total: 3},
		{selected: false, key: '(no source)', total: 2},
	]);
	assert.equal(detailLine(app.frame()), '😟 1 25% · 😠 3 75%');
	await app.press('j');
	assert.equal(detailLine(app.frame()), '😊 2 67% · 🤞 1 33%');
	await app.press(tab);
	assert.match(app.lines().at(-1)!, /^Mood by label/);
	assert.deepEqual(groupRows(app.frame()).map(({key, total}) => [key, total]), [['world', 5], ['transport', 3], ['节庆', 3], ['(no label)', 1]]);
	await app.press('G');
	assert.deepEqual(groupRows(app.frame()).map(row => row.selected), [false, false, false, true]);
	await app.press(tab);
	assert.match(app.lines().at(-1)!, /^Mood by week/);
	assert.deepEqual(groupRows(app.frame()).map(row => [row.selected, row.total]), [[true, 5], [false, 4], [false, 3]]);
});

test('Enter lists the group\'s articles under a header naming it; Esc comes back to the bars on that group', async () => {
	const app = await moodApp();
	await app.press('m', tab, keys.down, keys.enter);
	const listed = app.frame();
	assert.match(listed, /^Mood by source: Valley Post · 3 articles$/m);
	const titles = listed.split('\n').flatMap(line => /The story of (\S+)/.exec(line)?.[1] ?? []);
	assert.deepEqual(titles.sort(), ['valley-1', 'valley-2', 'valley-3']);
	assert.doesNotMatch(listed, /Nobody reacted/);
	assert.match(app.lines().at(-1)!, /^Mood: Valley Post +Enter open · \/ filter · \? keys · q mood$/);
	await app.press(keys.escape);
	assert.match(app.lines().at(-1)!, /^Mood by source/);
	assert.deepEqual(groupRows(app.frame()).map(row => row.selected), [false, true, false, false]);
});

test('in a group\'s list the list\'s keys work: an article opens and q goes back to the group\'s list; q there goes back to the bars', async () => {
	const app = await moodApp();
	await app.press('m', keys.enter);
	assert.match(app.frame(), /^Mood by week: \S+ · 5 articles$/m);
	await app.press(keys.down, keys.enter);
	assert.match(app.frame(), /^The story of \S+$/m);
	await app.press('q');
	assert.match(app.frame(), /^Mood by week: \S+ · 5 articles$/m);
	// The filter narrows the group, and Esc clears it before it leaves the group.
	await app.press('/', 'bbc');
	assert.match(app.frame(), /^Mood by week: \S+ · 2 of 5 articles$/m);
	await app.press(keys.escape);
	assert.match(app.frame(), /^Mood by week: \S+ · 5 articles$/m);
	await app.press('/', 'bbc', keys.enter, 'q');
	assert.match(app.frame(), /^Mood by week: \S+ · 2 of 5 articles$/m);
	await app.press(keys.escape);
	assert.match(app.frame(), /^Mood by week: \S+ · 5 articles$/m);
	await app.press('q');
	assert.deepEqual(groupRows(app.frame()).map(row => row.selected), [true, false, false]);
});

test('q on the mood screen goes back to the list, the cursor where it was', async () => {
	const app = await moodApp();
	await app.press('j', 'j', 'j');
	const before = cursorLine(app.frame());
	await app.press('m', tab, keys.enter, keys.down, keys.escape, 'q');
	assert.match(app.frame(), /^broadsheet {2}/m);
	assert.equal(cursorLine(app.frame()), before);
	// Esc leaves as q does.
	await app.press('m', keys.escape);
	assert.equal(cursorLine(app.frame()), before);
});

test('m from an article opens the mood screen, and q goes back to that article on its page, even after a group\'s article was read', async () => {
	const app = await moodApp();
	await app.press(keys.enter, keys.space);
	const page = app.lines().at(-1)!.match(/^Page \d+\/\d+/)?.[0];
	assert.match(page ?? '', /^Page 2\//);
	const article = app.frame().split('\n')[0];
	await app.press('m');
	assert.match(app.lines().at(-1)!, /^Mood by week/);
	await app.press(keys.enter, keys.enter, 'q', keys.escape, 'q');
	assert.ok(app.lines().at(-1)!.startsWith(page!), app.lines().at(-1));
	assert.equal(app.frame().split('\n')[0], article);
});

test('? over the mood screen shows its keys, and any other key goes back to it', async () => {
	const app = await moodApp();
	await app.press('m', '?');
	assert.match(app.frame(), /Keys in the mood view/);
	assert.match(app.frame(), /^Tab +group by week, then source, then label, then week again$/m);
	await app.press('x');
	assert.match(app.lines().at(-1)!, /^Mood by week/);
});

test('at 50×16 and 30×10 the mood screen still fits, rows and all, and keeps its cursor in view', async () => {
	for (const [columns, rows] of [[50, 16], [30, 10], [12, 4]] as const) {
		const app = await moodApp({columns, rows});
		await app.press('m');
		for (const step of [[], [tab], ['G'], [tab], [keys.enter], [keys.escape]]) {
			await app.press(...step);
			assert.equal(frameFits(app.frame(), columns, rows), undefined, `${columns}×${rows} after ${JSON.stringify(step)}`);
			if (step[0] !== keys.enter) assert.equal(groupRows(app.frame()).filter(row => row.selected).length, 1, `${columns}×${rows}: the cursor's row in view\n${app.frame()}`);
		}

		await resetRenders();
	}
});

test('with no reactions the mood screen says so', async () => {
	const app = await renderApp({library: library(articles)});
	await app.press('m');
	assert.match(app.frame(), /^No reactions yet/m);
	assert.match(app.frame(), /^▁{12} last 12 weeks$/m);
	await app.press(keys.enter);
	assert.match(app.lines().at(-1)!, /^Mood by week/);
});
