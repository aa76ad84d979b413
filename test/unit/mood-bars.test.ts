// The mood bars: each group's line exactly as wide as asked at every width,
// the bars of all groups starting in one column whatever script the source
// is written in, seven fills that tell the reactions apart without colour,
// and cells shared out in proportion to the counts.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {type ReactionId, reactionIds} from '../../source/news/catalogue.js';
import {groupMood, type MoodGroup, moodEntries} from '../../source/news/mood.js';
import {barCells, moodBar, moodColours, moodFills, moodLegend, moodRows, type MoodRun, runsWidth, summaryLines} from '../../source/ui/view/mood.js';
import {widestWidth} from '../support/widths.js';

const width = (runs: readonly MoodRun[]) => widestWidth(runs.map(run => run.text).join(''));

function group(key: string, counts: Partial<Record<ReactionId, number>>): MoodGroup {
	const full = Object.fromEntries(reactionIds.map(id => [id, counts[id] ?? 0])) as Record<ReactionId, number>;
	const total = Object.values(full).reduce((sum, count) => sum + count, 0);
	return {key, total, counts: full, articles: Array.from({length: total}, (_, index) => `${key}-${index}`)};
}

const sources = [
	group('BBC News', {angry: 4, worried: 3, happy: 1}),
	group('港湾日报', {happy: 2, hopeful: 1}),
	group('🏮 Harbour Daily', {sad: 1}),
	group('(no source)', {surprised: 1, indifferent: 1, worried: 1, sad: 1, angry: 1, happy: 1, hopeful: 1}),
	group('A source whose name is far longer than any column should give it', {angry: 120}),
];

test('every line is exactly the width asked for, at every width from 20 to 200, in colour and without', () => {
	for (let columns = 20; columns <= 200; columns++) {
		for (const colour of [false, true]) {
			for (const row of moodRows(sources, columns, colour)) assert.equal(width(row), columns, `${columns} ${colour}: ${row.map(run => run.text).join('')}`);
			for (const line of moodLegend(columns, colour)) assert.ok(width(line) <= columns, `legend at ${columns}`);
			assert.equal(runsWidth(moodRows(sources, columns, colour)[0]!), columns);
		}
	}
});

test('the bars start in one column and end before the count, CJK and emoji names included', () => {
	for (const columns of [20, 33, 60, 80, 121, 200]) {
		const rows = moodRows(sources, columns, false);
		const starts = rows.map(row => widestWidth(row[0]!.text));
		assert.equal(new Set(starts).size, 1, `${columns}: ${starts.join(',')}`);
		const ends = rows.map(row => widestWidth(row.slice(0, -1).map(run => run.text).join('')));
		assert.equal(new Set(ends).size, 1, `${columns}: ${ends.join(',')}`);
		// The count ends the line, right-aligned.
		for (const [index, row] of rows.entries()) assert.match(row.at(-1)!.text, new RegExp(` ${sources[index]!.total}$`));
	}

	const [, cjk] = moodRows(sources, 80, false);
	assert.match(cjk![0]!.text, /^港湾日报 +$/);
});

test('a name too long for its column is cut with …, never pushing the bar', () => {
	const rows = moodRows(sources, 60, false);
	assert.match(rows[4]![0]!.text, /^A source .*… {2}$/);
});

test('without colour the seven fills are distinct, one column each, and the bar is made of them alone', () => {
	const fills = reactionIds.map(id => moodFills[id]);
	assert.equal(new Set(fills).size, reactionIds.length);
	for (const fill of fills) {
		assert.equal(widestWidth(fill), 1, fill);
		assert.notEqual(fill, ' ');
		assert.match(fill, /^[\u0021-\u007E]$/, 'ASCII: one column in every terminal');
	}

	for (const run of moodBar(sources[3]!, 70, false)) assert.equal(run.text, moodFills[run.reaction!].repeat(run.text.length));
	assert.equal(new Set(reactionIds.map(id => moodColours[id])).size, reactionIds.length, 'one colour a reaction');
	for (const run of moodBar(sources[3]!, 70, true)) assert.match(run.text, /^ +$/, 'in colour, coloured cells');
});

test('the legend names every reaction with its fill and emoji', () => {
	const legend = moodLegend(200, false).flat().map(run => run.text).join('');
	assert.equal(legend, '@@ 😊 happy  ++ 🤞 hopeful  ** 😮 surprised  -- 😐 indifferent  ~~ 😟 worried  .. 😢 sad  !! 😠 angry');
	assert.equal(moodLegend(20, false).flat().filter(run => run.reaction).length, reactionIds.length);
});

test('cells: the bar is filled exactly, in proportion, a cell at least for every reaction given, none for one not given', () => {
	const counts = fc.record(Object.fromEntries(reactionIds.map(id => [id, fc.nat({max: 50})])) as Record<ReactionId, fc.Arbitrary<number>>);
	fc.assert(fc.property(counts, fc.integer({min: 1, max: 200}), (given, cellsWide) => {
		const total = Object.values(given).reduce((sum, count) => sum + count, 0);
		fc.pre(total > 0);
		const cells = barCells(given, total, cellsWide);
		assert.equal(cells.reduce((sum, count) => sum + count, 0), cellsWide);
		const nonZero = reactionIds.filter(id => given[id] > 0).length;
		for (const [index, id] of reactionIds.entries()) {
			if (given[id] === 0) assert.equal(cells[index], 0, id);
			else if (cellsWide >= nonZero) assert.ok(cells[index]! >= 1, id);
			// Off its exact share by less than a cell, but for the cells lent to the reactions given least.
			if (cellsWide >= nonZero) assert.ok(Math.abs(cells[index]! - ((given[id] * cellsWide) / total)) < 1 + nonZero, id);
		}
	}));
	assert.deepEqual(barCells(group('x', {happy: 1, angry: 3}).counts, 4, 8), [2, 0, 0, 0, 0, 0, 6]);
});

test('the summary packs its phrases on lines no wider than the width, cutting only a phrase wider than a line', () => {
	const phrases = ['most given: 😟 Worried (38%)', 'worried/sad/angry 50% vs happy/hopeful 38%', 'angriest: 港湾日报 (1 of 3 😠)'];
	assert.deepEqual(summaryLines(phrases, 200), [phrases.join(' · ')]);
	assert.deepEqual(summaryLines(phrases, 45), phrases);
	for (let columns = 10; columns <= 120; columns++) {
		for (const line of summaryLines(phrases, columns)) assert.ok(widestWidth(line) <= columns, `${columns}: ${line}`);
	}
});

test('rows drawn from the tally carry its numbers', () => {
	const store = {a: {reaction: 'angry', at: '2026-11-20T10:00:00.000Z'}, b: {reaction: 'happy', at: '2026-11-21T10:00:00.000Z'}} as const;
	const groups = groupMood(moodEntries(store, [{id: 'a', source: 'BBC News', label: null}], {timeZone: 'UTC'}), 'source');
	const rows = moodRows(groups, 40, false).map(row => row.map(run => run.text).join(''));
	assert.deepEqual(rows.map(row => row.split(/ +/)[0]), ['(not', 'BBC']);
	for (const row of rows) assert.match(row, / 1$/);
});
