// The mood tally (SPEC §8): every grouping counts every reacted article once,
// under its latest reaction, with `none` taking it out; weeks are ISO weeks
// of the local day; a file gone still counts; and the summary says only what
// its numbers say.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {type ReactionId, reactionIds} from '../../source/news/catalogue.js';
import {dayOfDate, groupMood, isoWeekOfDay, type MoodArticle, moodEntries, type MoodKey, moodKeys, moodSummary, trendWeeks} from '../../source/news/mood.js';

type Stored = Record<string, {reaction: ReactionId; at: string}>;

const folder: MoodArticle[] = [
	{id: 'a', source: 'BBC News', label: 'world'},
	{id: 'b', source: 'BBC News', label: null},
	{id: 'c', source: '港湾日报', label: '节庆'},
	{id: 'd', source: null, label: 'world'},
	{id: 'e', source: 'Valley Post', label: 'transport'},
];

/** A pick, or `none`, for one of a few ids (some not in the folder), at some time in 2026. */
const pick = fc.record({
	id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'gone-1', 'gone-2'),
	reaction: fc.constantFrom<ReactionId | 'none'>(...reactionIds, 'none'),
	at: fc.integer({min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31)}).map(ms => new Date(ms).toISOString()),
});

/** The store after the picks, as SPEC §5 says it keeps them: one entry an article, picking again replaces it, none removes it. */
function stored(picks: ReadonlyArray<{id: string; reaction: ReactionId | 'none'; at: string}>): Stored {
	const store: Stored = {};
	for (const {id, reaction, at} of picks) {
		if (reaction === 'none') Reflect.deleteProperty(store, id);
		else store[id] = {reaction, at};
	}

	return store;
}

test('every grouping: the totals add up to the reacted articles, each counted once, under its last pick; none takes it out', () => {
	fc.assert(fc.property(fc.array(pick, {maxLength: 40}), fc.constantFrom(...moodKeys), (picks, by) => {
		const store = stored(picks);
		const groups = groupMood(moodEntries(store, folder, {timeZone: 'UTC'}), by);
		const reacted = Object.keys(store);
		assert.equal(groups.reduce((sum, group) => sum + group.total, 0), reacted.length);
		const listed = groups.flatMap(group => group.articles);
		assert.deepEqual([...listed].sort(), [...reacted].sort());
		for (const group of groups) {
			assert.equal(group.articles.length, group.total);
			assert.deepEqual(Object.keys(group.counts), reactionIds, 'every reaction, in the catalogue order');
			assert.equal(Object.values(group.counts).reduce((sum, count) => sum + count, 0), group.total);
			for (const id of reactionIds) assert.equal(group.counts[id], group.articles.filter(article => store[article]!.reaction === id).length, `${group.key} ${id}`);
		}

		// An article whose last pick was none is in no group.
		const cleared = new Set(picks.filter(({id}) => store[id] === undefined).map(({id}) => id));
		for (const id of cleared) assert.ok(!listed.includes(id), id);
	}));
});

test('a reaction replaced is counted once, as the new one', () => {
	const store = stored([{id: 'a', reaction: 'happy', at: '2026-11-02T10:00:00.000Z'}, {id: 'a', reaction: 'angry', at: '2026-11-20T10:00:00.000Z'}]);
	const [group, ...rest] = groupMood(moodEntries(store, folder, {timeZone: 'UTC'}), 'week');
	assert.deepEqual(rest, []);
	assert.equal(group!.key, '2026-W47');
	assert.equal(group!.total, 1);
	assert.equal(group!.counts.angry, 1);
	assert.equal(group!.counts.happy, 0);
});

test('weeks are ISO weeks of the day in the time zone asked for', () => {
	// Sunday 22 November 2026, 20:00 UTC is already Monday 23 November in Auckland (UTC+13).
	const store: Stored = {a: {reaction: 'sad', at: '2026-11-22T20:00:00.000Z'}};
	assert.equal(groupMood(moodEntries(store, folder, {timeZone: 'UTC'}), 'week')[0]!.key, '2026-W47');
	assert.equal(groupMood(moodEntries(store, folder, {timeZone: 'Pacific/Auckland'}), 'week')[0]!.key, '2026-W48');
	assert.equal(groupMood(moodEntries(store, folder, {timeZone: 'America/Los_Angeles'}), 'week')[0]!.key, '2026-W47');
});

test('ISO weeks: 4 January is always in week 1, 28 December in the last, and a week is Monday to Sunday', () => {
	const dayOf = (year: number, month: number, day: number) => dayOfDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)!;
	assert.equal(isoWeekOfDay(dayOf(2027, 1, 1)), '2026-W53', '2026 began on a Thursday: 53 weeks');
	assert.equal(isoWeekOfDay(dayOf(2024, 12, 30)), '2025-W01');
	fc.assert(fc.property(fc.integer({min: 1971, max: 2200}), year => {
		assert.equal(isoWeekOfDay(dayOf(year, 1, 4)), `${year}-W01`);
		assert.match(isoWeekOfDay(dayOf(year, 12, 28)), new RegExp(`^${year}-W5[23]$`));
	}));
	fc.assert(fc.property(fc.integer({min: 0, max: 80_000}), day => {
		// 1970-01-05 (day 4) was a Monday.
		const monday = day - ((day - 4) % 7 + 7) % 7;
		const week = isoWeekOfDay(monday);
		for (let offset = 1; offset < 7; offset++) assert.equal(isoWeekOfDay(monday + offset), week);
		assert.notEqual(isoWeekOfDay(monday - 1), week);
		assert.notEqual(isoWeekOfDay(monday + 7), week);
	}));
});

test('by source and by label: no byline is (no source), no label is (no label), a file gone is neither but still counts under its id', () => {
	const store: Stored = {
		a: {reaction: 'angry', at: '2026-11-20T10:00:00.000Z'},
		b: {reaction: 'angry', at: '2026-11-19T10:00:00.000Z'},
		d: {reaction: 'happy', at: '2026-11-18T10:00:00.000Z'},
		'gone-1': {reaction: 'sad', at: '2026-11-17T10:00:00.000Z'},
	};
	const entries = moodEntries(store, folder, {timeZone: 'UTC'});
	const keys = (by: MoodKey) => groupMood(entries, by).map(group => [group.key, group.articles]);
	assert.deepEqual(keys('source'), [['BBC News', ['a', 'b']], ['(no source)', ['d']], ['(not in the folder)', ['gone-1']]]);
	assert.deepEqual(keys('label'), [['world', ['a', 'd']], ['(no label)', ['b']], ['(not in the folder)', ['gone-1']]]);
	assert.deepEqual(keys('week'), [['2026-W47', ['a', 'b', 'd', 'gone-1']]]);
});

test('weeks come newest first; sources and labels largest first, ties by name', () => {
	const store: Stored = {
		a: {reaction: 'happy', at: '2026-11-02T10:00:00.000Z'},
		b: {reaction: 'happy', at: '2026-11-30T10:00:00.000Z'},
		c: {reaction: 'happy', at: '2026-11-16T10:00:00.000Z'},
		e: {reaction: 'happy', at: '2026-11-16T11:00:00.000Z'},
	};
	const entries = moodEntries(store, folder, {timeZone: 'UTC'});
	assert.deepEqual(groupMood(entries, 'week').map(group => group.key), ['2026-W49', '2026-W47', '2026-W45']);
	assert.deepEqual(groupMood(entries, 'source').map(group => group.key), ['BBC News', 'Valley Post', '港湾日报']);
	assert.deepEqual(groupMood(entries, 'week')[1]!.articles, ['e', 'c'], 'newest reaction first');
});

test('--since leaves out reactions given before that local day', () => {
	const store: Stored = {
		a: {reaction: 'happy', at: '2026-11-01T23:30:00.000Z'},
		b: {reaction: 'sad', at: '2026-11-02T00:30:00.000Z'},
	};
	assert.deepEqual(moodEntries(store, folder, {since: '2026-11-02', timeZone: 'UTC'}).map(entry => entry.id), ['b']);
	// In Auckland both are on 2 November or later.
	assert.deepEqual(moodEntries(store, folder, {since: '2026-11-02', timeZone: 'Pacific/Auckland'}).map(entry => entry.id), ['b', 'a']);
});

test('dayOfDate takes real days written YYYY-MM-DD only', () => {
	assert.equal(dayOfDate('1970-01-02'), 1);
	for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '26-01-01', '2026-01-01T00:00', 'yesterday', '']) assert.equal(dayOfDate(bad), undefined, bad);
});

/** Entries for the summary: `spec` is [reaction, days before `now`, source] each. */
function entriesOf(spec: Array<[ReactionId, number, string?]>, now: Date) {
	const articles = spec.map(([, , source], index) => ({id: `x${index}`, source: source ?? null, label: null}));
	const store = Object.fromEntries(spec.map(([reaction, daysAgo], index) => [`x${index}`, {reaction, at: new Date(now.getTime() - (daysAgo * 86_400_000)).toISOString()}]));
	return moodEntries(store, articles, {timeZone: 'UTC'});
}

// A Wednesday noon: the current week is Monday 30 November to Sunday 6 December.
const now = new Date('2026-12-02T12:00:00.000Z');

test('the summary: the reaction given most, worried/sad/angry against happy/hopeful, the trend, the angriest source', () => {
	const entries = entriesOf([
		// The last four weeks (from Monday 9 November): 3 of 4 troubled.
		['worried', 0, 'BBC News'], ['worried', 5, 'BBC News'], ['angry', 10, 'Valley Post'], ['happy', 20, 'BBC News'],
		// The four before: 1 of 4 troubled.
		['worried', 30, 'Valley Post'], ['happy', 35, 'Valley Post'], ['hopeful', 40], ['surprised', 45],
	], now);
	assert.deepEqual(moodSummary(entries, now, 'UTC'), [
		'most given: 😟 Worried (38%)',
		'worried/sad/angry 50% vs happy/hopeful 38%',
		`↑ 50 points more worried/sad/angry than the ${trendWeeks} weeks before`,
		'angriest: Valley Post (1 of 3 😠)',
	]);
});

test('the summary says a tie as a tie, falls if the trend has nothing to compare, and names no angriest source on a tie', () => {
	const entries = entriesOf([['sad', 0, 'A'], ['angry', 1, 'A'], ['angry', 2, 'B'], ['sad', 3, 'B']], now);
	assert.deepEqual(moodSummary(entries, now, 'UTC'), ['most given: 😢 Sad and 😠 Angry (2 each)', 'worried/sad/angry 100% vs happy/hopeful 0%']);
	const fewer = entriesOf([['happy', 0, 'A'], ['happy', 40, 'A'], ['sad', 41, 'A']], now);
	assert.match(moodSummary(fewer, now, 'UTC')[2]!, /^↓ 50 points less worried\/sad\/angry than the 4 weeks before$/);
	assert.deepEqual(moodSummary([], now, 'UTC'), []);
});

test('every phrase of the summary has a number behind it', () => {
	fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...reactionIds), fc.integer({min: 0, max: 90}), fc.constantFrom('A', 'B', undefined)), {maxLength: 30}), spec => {
		for (const phrase of moodSummary(entriesOf(spec, now), now, 'UTC')) assert.match(phrase, /\d/, phrase);
	}));
});
