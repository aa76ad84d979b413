// What every bench part shares: where the built program is, one temporary
// folder for the whole run, a clean environment, timing, peak memory and the
// rows of the summary table that bench/run.js prints at the end.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
// Parts whose one run takes seconds (10,000 files, megabyte articles) do fewer rounds.
export const fewRounds = Math.max(3, Math.floor(rounds / 5));

// Every temporary folder lives under one, removed however the run ends.
export const temp = mkdtempSync(path.join(tmpdir(), 'broadsheet-bench-'));
process.on('exit', () => rmSync(temp, {recursive: true, force: true}));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** A new empty folder under the run's temporary folder. */
export const freshFolder = prefix => mkdtempSync(path.join(temp, `${prefix}-`));

/**
 * The program measured is a copy of the build taken as the run starts (dist/,
 * with the shipped articles and package.json it reads beside it), so that a
 * rebuild in the working tree during a long run cannot change or break it
 * halfway. A copy taken mid-build fails its check and is taken again.
 * BENCH_BUILD names another checkout's folder to measure instead (a build of
 * an older commit, for before and after).
 */
function snapshot() {
	const built = path.resolve(process.env.BENCH_BUILD || root);
	for (let attempt = 1; ; attempt++) {
		const copy = freshFolder('program');
		for (const name of ['dist', 'articles', 'package.json']) cpSync(path.join(built, name), path.join(copy, name), {recursive: true});
		const program = path.join(copy, 'dist/cli.js');
		const check = spawnSync(process.execPath, [program, '--list', '--json'], {env: {...process.env, XDG_DATA_HOME: copy, BROADSHEET_CONFIG_DIR: copy}, encoding: 'utf8'});
		if (check.status === 0) return program;
		if (attempt === 5) throw new Error(`the build in ${built}/dist does not run (npm run build first?): ${check.stderr}`);
		spawnSync('sleep', ['10']);
	}
}

export const cli = snapshot();

// The library (XDG_DATA_HOME) stays empty, so the shipped articles are shown; the
// store and the caches are the run's own, never the user's.
export const env = {...process.env, BROADSHEET_CONFIG_DIR: freshFolder('store'), XDG_DATA_HOME: freshFolder('data'), XDG_CACHE_HOME: freshFolder('cache')};
delete env.CI;
delete env.NO_COLOR;
delete env.BROADSHEET_DIR;

/**
 * The environment for one run: a fresh store (the reader reopens an article
 * where it was left, and keeps read marks), and the cache folder given, so that
 * warm runs share one and cold runs get a new one.
 */
export const runEnv = (cache = env.XDG_CACHE_HOME) => ({...env, BROADSHEET_CONFIG_DIR: freshFolder('store'), XDG_CACHE_HOME: cache});

export const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = value => `${value.toFixed(1)} ms`;
export const mib = kilobytes => `${(kilobytes / 1024).toFixed(0)} MiB`;
export const sleep = milliseconds => new Promise(resolve => setTimeout(resolve, milliseconds));
// A person's key presses come a tenth of a second apart or more.
export const pause = () => sleep(120);

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command to the end with stdout to /dev/null and returns its wall
 * time and, when GNU time is there, its peak RSS in KB. Every command is
 * wrapped alike (GNU time costs a fork), so ratios between them stay fair.
 */
export function measure(command, args, {env: childEnv = env, cwd = root} = {}) {
	const report = path.join(temp, 'time-report');
	const [file, argv] = gnuTime ? [gnuTime, ['-f', '%M', '-o', report, command, ...args]] : [command, args];
	const start = process.hrtime.bigint();
	const result = spawnSync(file, argv, {cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024});
	const time = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.error || result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`);
	const peak = gnuTime ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : Number.NaN;
	return {time, peak};
}

/** The rows of the final table, in the order the parts ran. */
export const summary = [];

/**
 * Records one row of the issue's table. `ratio` is figure / baseline when
 * there is a baseline; `target` is met when the ratio (or, without a
 * baseline, the figure) is at most `limit`.
 */
export function record({row, figure, unit, baseline, limit, note = ''}) {
	const value = baseline === undefined ? figure : figure / baseline;
	const show = number => (unit === 'MiB' ? mib(number) : unit === 's' ? `${(number / 1000).toFixed(2)} s` : ms(number));
	summary.push({
		row,
		figure: show(figure),
		baseline: baseline === undefined ? '—' : show(baseline),
		ratio: baseline === undefined ? '—' : `×${value.toFixed(2)}`,
		target: limit === undefined ? '—' : baseline === undefined ? `≤ ${show(limit)}` : `≤ ×${limit.toFixed(1)}`,
		met: limit === undefined ? '' : value <= limit ? 'met' : 'NOT met',
		note,
	});
}

/** Prints the summary table: one line a row, columns padded to fit. */
export function printSummary() {
	if (summary.length === 0) return;
	const columns = ['row', 'figure', 'baseline', 'ratio', 'target', 'met'];
	const widths = columns.map(column => Math.max(column.length, ...summary.map(line => line[column].length)));
	const line = cells => `  ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ')}`;
	console.log('\nsummary (medians; ratio = figure / baseline in the same run)');
	console.log(line(columns));
	for (const entry of summary) console.log(line(columns.map(column => entry[column])) + (entry.note ? `  ${entry.note}` : ''));
}
