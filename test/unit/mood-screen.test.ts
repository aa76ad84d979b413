// The mood screen's model, before it is wired into the reader: Tab goes
// through the groupings, ↑/↓ move over the groups and stop at the ends,
// Enter lists the group's articles and Esc comes back, q leaves; the view
// shows the sparkline of the last twelve weeks, the summary, and the window
// of bars the height holds, with the numbers of the tally.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ReactionId} from '../../source/news/catalogue.js';
import {groupMood, type MoodKey, moodEntries, moodSummary} from '../../source/news/mood.js';
import {type MoodCommand, moodStep, nextGrouping, openMood} from '../../source/ui/reader/mood.js';
import {moodView, sparkline, sparklineWeeks} from '../../source/ui/view/mood.js';
import {widestWidth} from '../support/widths.js';

// A Wednesday noon: the current week is 2026-W49.
const now = new Date('2026-12-02T12:00:00.000Z');
const day = 86_400_000;

const articles = [
	{id: 'a', source: 'BBC News', label: 'world'},
	{id: 'b', source: 'BBC News', label: 'world'},
	{id: 'c', source: 'Valley Post', label: 'transport'},
	{id: 'd', source: '港湾日报', label: null},
	{id: 'e', source: null, label: 'world'},
];
const picks: Array<[string, ReactionId, number]> = [['a', 'angry', 0], ['b', 'worried', 8], ['c', 'happy', 9], ['d', 'sad', 15], ['e', 'angry', 100]];
const store = Object.fromEntries(picks.map(([id, reaction, daysAgo]) => [id, {reaction, at: new Date(now.getTime() - (daysAgo * day)).toISOString()}]));
const entries = moodEntries(store, articles, {timeZone: 'UTC'});
const groupsBy = (by: MoodKey) => groupMood(entries, by);

function press(...commands: MoodCommand[]) {
	let screen = openMood();
	for (const command of commands) {
		const next = moodStep(screen, command, groupsBy, 10);
		if (next === 'leave') return next;
		screen = next;
	}

	return screen;
}

test('Tab goes week, source, label and round again, each time on its first group', () => {
	assert.equal(openMood().by, 'week');
	assert.deepEqual(['week', 'source', 'label'].map(by => nextGrouping(by as MoodKey)), ['source', 'label', 'week']);
	const screen = press('down', 'nextGrouping');
	assert.notEqual(screen, 'leave');
	if (screen === 'leave') return;
	assert.equal(screen.by, 'source');
	assert.equal(screen.cursor, 0);
	assert.equal((press('nextGrouping', 'nextGrouping', 'nextGrouping') as {by: MoodKey}).by, 'week');
});

test('↑/↓ move over the groups and stop at the ends; g/G go to the first and last', () => {
	const weeks = groupsBy('week').length;
	assert.equal((press('up') as {cursor: number}).cursor, 0);
	assert.equal((press('down', 'down') as {cursor: number}).cursor, 2);
	assert.equal((press(...Array.from({length: weeks + 3}, () => 'down' as const)) as {cursor: number}).cursor, weeks - 1);
	assert.equal((press('last') as {cursor: number}).cursor, weeks - 1);
	assert.equal((press('last', 'first') as {cursor: number}).cursor, 0);
});

test('Enter lists the group\'s articles, Esc comes back to the same group, q leaves', () => {
	const opened = press('nextGrouping', 'open');
	assert.notEqual(opened, 'leave');
	if (opened === 'leave') return;
	const bbc = groupsBy('source')[0]!;
	assert.deepEqual(opened.group, {key: bbc.key, articles: bbc.articles});
	assert.deepEqual(opened.group?.articles, ['a', 'b']);
	// While the list shows them, q and the moves are the list's.
	assert.equal(moodStep(opened, 'quit', groupsBy, 10), opened);
	assert.equal(moodStep(opened, 'down', groupsBy, 10), opened);
	const back = moodStep(opened, 'back', groupsBy, 10);
	assert.deepEqual(back, {...opened, group: null});
	assert.equal(press('quit'), 'leave');
	assert.equal(press('cancel'), 'leave');
});

test('Enter with no reactions at all changes nothing', () => {
	const screen = openMood();
	assert.equal(moodStep(screen, 'open', () => [], 10), screen);
});

test('the sparkline: twelve weeks, oldest first, the busiest full height, empty weeks lowest', () => {
	const line = sparkline(entries, now, 'UTC');
	assert.equal([...line].length, sparklineWeeks);
	// This week 1 (a), last week 2 (b, c), the week before 1 (d); e is 100 days ago, out of view.
	assert.equal(line.slice(-3), '▅█▅');
	assert.equal(line.slice(0, -3), '▁'.repeat(sparklineWeeks - 3));
	assert.equal(sparkline([], now, 'UTC'), '▁'.repeat(sparklineWeeks));
});

test('the view: sparkline, summary and legend fit the width, the bars agree with the tally, the cursor\'s group is selected and detailed', () => {
	for (const width of [20, 40, 80, 140]) {
		const view = moodView({entries, by: 'source', cursor: 1, top: 0, width, height: 24, colour: false, now, timeZone: 'UTC'});
		const groups = groupsBy('source');
		assert.equal(view.groups, groups.length);
		assert.deepEqual(view.rows.map(row => row.key), groups.map(group => group.key));
		assert.deepEqual(view.rows.map(row => row.selected), groups.map((_, index) => index === 1));
		for (const row of view.rows) assert.equal(widestWidth(row.runs.map(run => run.text).join('')), width);
		for (const line of [view.sparkline, ...view.summary, view.detail]) assert.ok(widestWidth(line) <= width, `${width}: ${line}`);
		assert.ok(view.sparkline.startsWith(sparkline(entries, now, 'UTC')) || width < 20);
	}

	const view = moodView({entries, by: 'source', cursor: 1, top: 0, width: 80, height: 24, colour: false, now, timeZone: 'UTC'});
	assert.equal(view.rows[1]!.key, '(no source)');
	assert.equal(view.detail, '😠 1 100%');
	assert.equal(view.summary.join(' · '), moodSummary(entries, now, 'UTC').join(' · '), 'the whole summary, on lines that fit');
	assert.equal(view.summary.length, 2);
});

test('the view shows the window of groups the height leaves, and keeps the cursor in it', () => {
	const input = {entries, by: 'week' as const, top: 0, width: 80, colour: false, now, timeZone: 'UTC'};
	const all = moodView({...input, cursor: 0, height: 40});
	const tight = moodView({...input, cursor: 3, height: 1 + all.summary.length + all.legend.length + 1 + 2});
	assert.equal(tight.rows.length, 2);
	assert.ok(tight.rows.some(row => row.selected));
	assert.equal(tight.top, 2);
});
