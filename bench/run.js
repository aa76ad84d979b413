// Speed and memory, measured side by side in one run so that the ratios hold
// on a shared, noisy machine (absolute figures do not). Needs `npm run build`.
//
//   start-up:  scripted commands against a bare `node` start and an unbundled `import('ink')`
//   reader:    time to first paint and per page in a pseudo-terminal, against less on the
//              same text and against a bundled Ink hello-world (the floor for any Ink app)
//   memory:    peak RSS of --print on the longest shipped article against a bare `node`
//   import:    `import` of a generated 5,000-item feed against newsboat (bench/feed-import.js)
//
// `npm run bench -- import memory` runs only the parts named; no names run them all.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import pty from '@lydell/node-pty';
import {bundleOptions} from '../scripts/bundle-options.js';
import {feedImport} from './feed-import.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const long = 'winter-transit-plan';
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
// Every temporary folder lives under one, removed however the run ends.
const temp = mkdtempSync(path.join(tmpdir(), 'broadsheet-bench-'));
process.on('exit', () => rmSync(temp, {recursive: true, force: true}));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const env = {...process.env, BROADSHEET_CONFIG_DIR: mkdtempSync(path.join(temp, 'store-')), XDG_DATA_HOME: mkdtempSync(path.join(temp, 'data-'))};
delete env.CI;
delete env.NO_COLOR;

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = value => `${value.toFixed(1)} ms`;

function timeCommand(command, args) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {cwd: root, env, stdio: ['ignore', 'ignore', 'pipe']});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
	return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Interleaves the commands round by round so that load spikes hit them all alike. */
function startUp() {
	const commands = {
		'node -e 0 (baseline)': [process.execPath, ['-e', '0']],
		"node -e \"import('ink')\" (unbundled Ink)": [process.execPath, ['--input-type=module', '-e', "await import('ink')"]],
		'broadsheet --version': [process.execPath, [cli, '--version']],
		'broadsheet --list': [process.execPath, [cli, '--list']],
		'broadsheet --list --json': [process.execPath, [cli, '--list', '--json']],
		[`broadsheet --article ${long} --print --page 1`]: [process.execPath, [cli, '--article', long, '--print', '--page', '1', '--width', '80', '--height', '24']],
		[`broadsheet --article ${long} --json`]: [process.execPath, [cli, '--article', long, '--json']],
	};
	const times = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
	for (let round = 0; round < rounds; round++) {
		for (const [name, [command, args]] of Object.entries(commands)) times[name].push(timeCommand(command, args));
	}

	const base = median(times['node -e 0 (baseline)']);
	console.log(`\nstart-up (median of ${rounds}, ratio to a bare node start)`);
	for (const [name, values] of Object.entries(times)) console.log(`  ${name.padEnd(62)} ${ms(median(values)).padStart(10)}  ×${(median(values) / base).toFixed(2)}`);
}

/** Runs a program in a pseudo-terminal and times how long until its output shows `text`. */
function terminal(command, args) {
	// A fresh store each time: the reader reopens an article where it was left.
	const store = mkdtempSync(path.join(temp, 'store-'));
	const child = pty.spawn(command, args, {name: 'xterm-256color', cols: 80, rows: 24, cwd: root, env: {...env, BROADSHEET_CONFIG_DIR: store}});
	let output = '';
	let waiter;
	child.onData(data => {
		output += data;
		if (waiter && output.includes(waiter.text)) {
			const {resolve} = waiter;
			waiter = undefined;
			resolve();
		}
	});
	const started = process.hrtime.bigint();
	return {
		started,
		waitFor(text, timeout = 10_000) {
			if (output.includes(text)) return Promise.resolve();
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(text)} from ${command}; the screen ended ${JSON.stringify(output.slice(-200))}`)), timeout);
				waiter = {text, resolve: () => (clearTimeout(timer), resolve())};
			});
		},
		clear() {
			output = '';
		},
		write: data => child.write(data),
		kill: () => child.kill(),
	};
}

async function timed(action) {
	const start = process.hrtime.bigint();
	await action();
	return Number(process.hrtime.bigint() - start) / 1e6;
}

async function reader() {
	// less pages the very text broadsheet prints, so both show the same lines.
	const text = spawnSync(process.execPath, [cli, '--article', long, '--print', '--width', '80', '--height', '24', '--no-color'], {env, encoding: 'utf8'}).stdout;
	const lines = text.split('\n');
	const file = path.join(mkdtempSync(path.join(temp, 'less-')), `${long}.txt`);
	writeFileSync(file, text);
	const pages = 8;
	// A person's key presses come a tenth of a second apart or more.
	const pause = () => new Promise(resolve => setTimeout(resolve, 120));
	const hello = await inkHello();
	const results = {broadsheet: {first: [], page: []}, less: {first: [], page: []}, 'Ink hello': {first: [], page: []}};
	for (let round = 0; round < Math.max(3, Math.floor(rounds / 3)); round++) {
		const ours = terminal(process.execPath, [cli, '--article', long]);
		results.broadsheet.first.push(await timed(() => ours.waitFor('Page 1/')));
		for (let page = 2; page <= pages; page++) {
			await pause();
			ours.clear();
			results.broadsheet.page.push(await timed(async () => (ours.write(' '), ours.waitFor(`Page ${page}/`))));
		}

		ours.kill();
		const theirs = terminal('less', ['-R', file]);
		results.less.first.push(await timed(() => theirs.waitFor(lines[0].slice(0, 20))));
		for (let page = 2; page <= pages; page++) {
			// less shows 23 lines a page; the last line of each new page marks it painted.
			const marker = lines.slice(0, 23 * page).findLast(line => line.trim().length > 12).trim().slice(0, 12);
			await pause();
			theirs.clear();
			results.less.page.push(await timed(async () => (theirs.write(' '), theirs.waitFor(marker))));
		}

		theirs.kill();
		const floor = terminal(process.execPath, [hello]);
		results['Ink hello'].first.push(await timed(() => floor.waitFor('Page 1/1')));
		floor.kill();
	}

	console.log(`\nreader in an 80×24 pseudo-terminal (${long}, medians)`);
	for (const [name, {first, page}] of Object.entries(results)) {
		const paging = page.length > 0 ? `   next page ${ms(median(page)).padStart(9)}` : '';
		console.log(`  ${name.padEnd(12)} first paint ${ms(median(first)).padStart(10)}${paging}`);
	}

	const ratio = (key, other) => (median(results.broadsheet[key]) / median(results[other][key])).toFixed(2);
	console.log(`  broadsheet / less: first paint ×${ratio('first', 'less')}, next page ×${ratio('page', 'less')}`);
	console.log(`  broadsheet / Ink hello: first paint ×${ratio('first', 'Ink hello')}`);
}

/** Bundles bench/ink-hello.tsx as scripts/build.js bundles the reader. */
async function inkHello() {
	const outdir = mkdtempSync(path.join(temp, 'ink-hello-'));
	await build({...bundleOptions, entryPoints: [path.join(root, 'bench/ink-hello.tsx')], outdir});
	return path.join(outdir, 'ink-hello.js');
}

function peakMemory() {
	const peak = args => {
		const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {cwd: root, env, encoding: 'utf8'});
		return Number(result.stderr.trim().split('\n').pop());
	};

	const base = median(Array.from({length: 5}, () => peak(['-e', '0'])));
	const print = median(Array.from({length: 5}, () => peak([cli, '--article', long, '--print'])));
	console.log(`\npeak memory (median of 5)\n  node -e 0 ${base} KB; broadsheet --print ${long}: ${print} KB (×${(print / base).toFixed(2)})`);
}

const parts = {
	startup: () => startUp(),
	reader: () => reader(),
	memory: () => peakMemory(),
	import: () => feedImport({cli, rounds, temp, env, median, ms}),
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter(name => !Object.hasOwn(parts, name));
if (unknown.length > 0) {
	console.error(`unknown bench part ${unknown.join(', ')}; the parts are ${Object.keys(parts).join(', ')}`);
	process.exit(2);
}

for (const name of chosen.length > 0 ? chosen : Object.keys(parts)) {
	if (name === 'startup' && chosen.length === 0 && process.env.BENCH_SKIP_STARTUP) continue;
	await parts[name]();
}
