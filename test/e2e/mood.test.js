// Issue 11 through dist/cli.js: a dozen articles of several sources, reacted
// to with --react, their times then set across three weeks in the store
// file; --mood --json, --mood --by source and --reactions --csv agree with
// what was picked, a file removed since still counts under its id, and bad
// --by and --since values are usage errors; in the reader, in a real
// terminal, m shows the same numbers, Tab, Enter, Esc and q do what they say.
import assert from 'node:assert/strict';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {widestWidth} from '../support/widths.js';
import {cleanEnv, run, tempDir} from './helpers.js';
import {startTerminal, terminalEnv} from './terminal.js';

const catalogue = ['happy', 'hopeful', 'surprised', 'indifferent', 'worried', 'sad', 'angry'];

// id, source (null: no byline), label (null: none), reaction, when (UTC; TZ is UTC below).
const plan = [
	['bbc-1', 'BBC News', 'world', 'angry', '2026-11-10T09:00:00.000Z'],
	['bbc-2', 'BBC News', 'world', 'worried', '2026-11-12T09:00:00.000Z'],
	['bbc-3', 'BBC News', 'world', 'angry', '2026-11-17T09:00:00.000Z'],
	['bbc-4', 'BBC News', null, 'sad', '2026-11-24T09:00:00.000Z'],
	['valley-1', 'Valley Post', 'transport', 'happy', '2026-11-11T09:00:00.000Z'],
	['valley-2', 'Valley Post', 'transport', 'hopeful', '2026-11-18T09:00:00.000Z'],
	['valley-3', 'Valley Post', 'transport', 'angry', '2026-11-25T09:00:00.000Z'],
	['harbour-1', '港湾日报', '节庆', 'happy', '2026-11-19T09:00:00.000Z'],
	['harbour-2', '港湾日报', '节庆', 'surprised', '2026-11-26T09:00:00.000Z'],
	['plain-1', null, null, 'indifferent', '2026-11-15T23:59:00.000Z'],
	['plain-2', null, 'world', 'worried', '2026-11-16T00:01:00.000Z'],
	['gone-1', 'Gone Gazette', 'world', 'sad', '2026-11-27T09:00:00.000Z'],
];

/** The ISO week of each planned time, worked out by hand: 9–15 November 2026 is W46, 16–22 W47, 23–29 W48. */
const weekOf = at => (at < '2026-11-16' ? '2026-W46' : at < '2026-11-23' ? '2026-W47' : '2026-W48');

function articleText([id, source, label]) {
	const byline = source === null ? '' : `By A Reporter, ${source}: `;
	return ['2026-11-01', `The story of ${id}`, ...(label === null ? [] : [label]), `${byline}What happened in ${id}, told in one paragraph.`, 'A second paragraph.'].join('\n\n') + '\n';
}

/** What the plan says each group holds: counted here from the plan, apart from the code under test. */
function expected(keyOf) {
	const groups = new Map();
	for (const row of plan) {
		const key = keyOf(row);
		const group = groups.get(key) ?? {key, total: 0, counts: Object.fromEntries(catalogue.map(id => [id, 0])), articles: []};
		group.total++;
		group.counts[row[3]]++;
		group.articles.push(row);
		groups.set(key, group);
	}

	return groups;
}

describe('the mood of a dozen reactions over three weeks', () => {
	const folder = tempDir('broadsheet-mood-');
	const env = cleanEnv({TZ: 'UTC'});
	const store = path.join(env.BROADSHEET_CONFIG_DIR, 'config.json');
	const cli = (args, extra = {}) => run(['--dir', folder, ...args], {env: {...env, ...extra}});

	before(async () => {
		for (const row of plan) writeFileSync(path.join(folder, `${row[0]}.txt`), articleText(row));
		for (const [id, , , reaction] of plan) {
			// One picked first and replaced: counted once, as the second pick.
			if (id === 'bbc-1') assert.equal((await cli(['--article', id, '--react', 'happy'])).code, 0);
			const result = await cli(['--article', id, '--react', reaction]);
			assert.equal(result.code, 0, result.stderr);
		}

		// One more picked and cleared: not counted at all.
		writeFileSync(path.join(folder, 'cleared.txt'), articleText(['cleared', 'BBC News', null]));
		assert.equal((await cli(['--article', 'cleared', '--react', 'sad'])).code, 0);
		assert.equal((await cli(['--article', 'cleared', '--react', 'none'])).code, 0);
		const data = JSON.parse(readFileSync(store, 'utf8'));
		for (const [id, , , , at] of plan) data.reactions[id].at = at;
		writeFileSync(store, JSON.stringify(data));
		rmSync(path.join(folder, 'gone-1.txt'));
	});

	test('--mood --json: every week, newest first, with its counts in the catalogue order and its articles newest first', async () => {
		const {code, stdout, stderr} = await cli(['--mood', '--json']);
		assert.equal(code, 0, stderr);
		assert.equal(stderr, '');
		const weeks = [...expected(row => weekOf(row[4])).values()]
			.sort((a, b) => (a.key < b.key ? 1 : -1))
			.map(group => ({...group, articles: group.articles.sort((a, b) => (a[4] < b[4] ? 1 : -1)).map(row => row[0])}));
		assert.deepEqual(JSON.parse(stdout), weeks);
		for (const group of JSON.parse(stdout)) assert.deepEqual(Object.keys(group), ['key', 'total', 'counts', 'articles']);
		assert.ok(JSON.parse(stdout)[0].articles.includes('gone-1'), 'a file gone still counts, under its id');
	});

	test('--mood --by source: the numbers of the JSON, largest first, each line exactly the width, the bars in one column', async () => {
		const bySource = expected(row => (row[0] === 'gone-1' ? '(not in the folder)' : (row[1] ?? '(no source)')));
		const json = JSON.parse((await cli(['--mood', '--by', 'source', '--json'])).stdout);
		assert.deepEqual(json.map(group => [group.key, group.total, group.counts]), [...bySource.values()]
			.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1))
			.map(group => [group.key, group.total, group.counts]));

		for (const width of [40, 72, 133]) {
			const {code, stdout, stderr} = await cli(['--mood', '--by', 'source', '--width', String(width), '--no-color']);
			assert.equal(code, 0, stderr);
			assert.doesNotMatch(stdout, /\u001B/);
			const lines = stdout.trimEnd().split('\n');
			const rows = lines.slice(lines.indexOf('') + 1);
			assert.equal(rows.length, json.length);
			for (const [index, row] of rows.entries()) {
				assert.equal(widestWidth(row), width, row);
				assert.ok(row.endsWith(` ${json[index].total}`), row);
				assert.ok(row.startsWith(json[index].key.slice(0, 6)), row);
			}

			// The bar starts where the key column ends, in every row, 港湾日报 (8 columns in 4 characters) too.
			const starts = rows.map(row => widestWidth(row.slice(0, row.search(/ {2}[@+*\-~.!]/) + 2)));
			assert.equal(new Set(starts).size, 1, starts.join(','));
			assert.match(lines[0], /^most given: 😠 Angry \(25%\)/);
			assert.match(stdout, /angriest: BBC News \(2 of 4 😠\)/);
		}
	});

	test('--mood in colour draws coloured cells; NO_COLOR draws the fill characters', async () => {
		const coloured = await cli(['--mood', '--width', '60', '--color']);
		assert.match(coloured.stdout, /\u001B\[41m {2,}\u001B\[49m/, 'angry on red');
		const plain = await cli(['--mood', '--width', '60'], {NO_COLOR: '1', FORCE_COLOR: '1'});
		assert.doesNotMatch(plain.stdout, /\u001B/);
		assert.match(plain.stdout, /^2026-W48 {2}[@+*\-~.!]+ 4$/m);
	});

	test('--since leaves out the weeks before it', async () => {
		const json = JSON.parse((await cli(['--mood', '--json', '--since', '2026-11-16'])).stdout);
		assert.deepEqual(json.map(group => group.key), ['2026-W48', '2026-W47']);
		assert.ok(json[1].articles.includes('plain-2'));
	});

	test('--reactions --csv: a header and a record a reaction, newest first, RFC 4180', async () => {
		const {code, stdout, stderr} = await cli(['--reactions', '--csv']);
		assert.equal(code, 0, stderr);
		const records = stdout.split('\r\n');
		assert.equal(records.pop(), '', 'every record ends in CRLF');
		assert.equal(records[0], 'id,title,source,label,date,reaction,time');
		const byTime = [...plan].sort((a, b) => (a[4] < b[4] ? 1 : -1));
		assert.deepEqual(records.slice(1), byTime.map(([id, source, label, reaction, at]) => (id === 'gone-1'
			? `${id},,,,,${reaction},${at}`
			: `${id},The story of ${id},${source ?? ''},${label ?? ''},2026-11-01,${reaction},${at}`)));
	});

	describe('in the reader, in a real terminal', () => {
		const started = [];
		after(async () => {
			await Promise.all(started.map(terminal => terminal.close()));
		});

		/** The group rows on screen (in colour a bar is coloured spaces): name and count, and whether the cursor is on it. */
		const groupRows = screen => screen.split('\n').flatMap(line => {
			const match = /^(❯| ) (\S.*?) {2,}(\d+)$/.exec(line);
			return match ? [{selected: match[1] === '❯', key: match[2].trim(), total: Number(match[3])}] : [];
		});

		test('m shows the numbers of --mood --json; Tab, ↓, Enter, Esc and q do what they say', async () => {
			const json = by => cli(['--mood', '--json', '--by', by]).then(result => JSON.parse(result.stdout));
			const [weeks, sources] = [await json('week'), await json('source')];
			const terminal = startTerminal(['--dir', folder], {cols: 80, rows: 24, env: terminalEnv({TZ: 'UTC', BROADSHEET_CONFIG_DIR: env.BROADSHEET_CONFIG_DIR})});
			started.push(terminal);
			await terminal.waitFor(/^broadsheet .* 12 articles/m);
			await terminal.ready();
			terminal.press('m');
			let screen = await terminal.waitFor(/^Mood by week {2}\d+ reacted/m);
			assert.deepEqual(groupRows(screen).map(({key, total}) => ({key, total})), weeks.map(({key, total}) => ({key, total})));
			// Today is the machine's: the sparkline's last week is the current one, and the plan's three weeks sit where they fall.
			assert.match(screen, /^[▁▂▃▄▅▆▇█]{12} last 12 weeks$/m);
			assert.match(screen, /^most given: 😠 Angry \(25%\)/m);
			// In colour the bars are coloured cells: the first bar's first cell is drawn on a background colour.
			const barRow = screen.split('\n').findIndex(line => line.startsWith('❯ '));
			const firstCell = terminal.columnOf(barRow, weeks[0].key) + weeks[0].key.length + 2;
			assert.ok(terminal.cell(barRow, firstCell).isBgPalette(), 'a coloured cell');

			terminal.press('\t');
			screen = await terminal.waitFor(/^Mood by source {2}\d+ reacted/m);
			assert.deepEqual(groupRows(screen).map(({key, total}) => ({key, total})), sources.map(({key, total}) => ({key, total})));
			terminal.press('j');
			await terminal.waitFor(() => groupRows(terminal.screen())[1]?.selected === true);
			terminal.press('k');
			await terminal.waitFor(() => groupRows(terminal.screen())[0]?.selected === true);

			terminal.press('\r');
			screen = await terminal.waitFor(`Mood by source: ${sources[0].key} · ${sources[0].total} articles`);
			for (const id of sources[0].articles) assert.match(screen, new RegExp(`The story of ${id}\\b`));
			assert.doesNotMatch(screen, /valley|harbour|plain/);

			terminal.press('\u001B');
			screen = await terminal.waitFor(/^Mood by source {2}\d+ reacted/m);
			assert.equal(groupRows(screen)[0].selected, true);
			terminal.press('q');
			await terminal.waitFor(/^broadsheet .* 12 articles/m);
			terminal.press('q');
			assert.equal((await terminal.waitForExit()).code, 0);
		});
	});

	test('a bad --by or --since is a usage error: one line, exit 2', async () => {
		for (const [args, message] of [
			[['--mood', '--by', 'month'], 'broadsheet: --by takes week, source, label, not "month"\n'],
			[['--mood', '--since', '16/11/2026'], 'broadsheet: --since takes a day as YYYY-MM-DD (2026-11-02), not "16/11/2026"\n'],
			[['--since', '2026-11-16'], 'broadsheet: --since cannot be used without --mood\n'],
		]) {
			const {code, stdout, stderr} = await cli(args);
			assert.equal(code, 2, args.join(' '));
			assert.equal(stderr, message);
			assert.equal(stdout, '');
		}
	});
});

test('--mood with no reactions says so, and --json is an empty array', async () => {
	const env = cleanEnv();
	const text = await run(['--mood'], {env});
	assert.equal(text.code, 0, text.stderr);
	assert.match(text.stdout, /^No reactions yet/);
	assert.equal((await run(['--mood', '--json'], {env})).stdout, '[]\n');
});
