// Speed and memory, measured side by side in one run so that the ratios hold
// on a shared, noisy machine (absolute figures do not). Needs `npm run build`.
// The rows of issue 10's table, each with its baseline from the same run:
//
//   paint:      the list's first paint, and Enter at it → Page 1/, against node printing a line (bench/screens.js)
//   page:       Space → next page drawn, on the seed and on a 2 MB article (bench/screens.js)
//   list10k:    --list --json over 10,000 articles, warm and cold, against cat; its peak memory (bench/list.js)
//   big:        a 2 MB (and a 10 MB) article opened to Page 1/ (bench/screens.js)
//   reader10k:  the reader's list over 10,000 articles: first paint, cursor move, peak memory (bench/screens.js)
//   import:     `import` of a generated 5,000-item feed against newsboat (bench/feed-import.js)
//   growth:     --list --json at 1k, 10k (50k when named) and open time at 100 KB, 2 MB, 10 MB (bench/list.js)
//
// and the older measures:
//
//   startup:    scripted commands against a bare `node` start and an unbundled `import('ink')`
//   reader:     first paint and per page in an 80×24 pseudo-terminal, against less on the
//               same text and against a bundled Ink hello-world (the floor for any Ink app)
//   memory:     peak RSS of --print on the longest shipped article against a bare `node`
//
// `npm run bench -- import memory` runs only the parts named; no names run them all.
// BENCH_ROUNDS (default 15) sets the rounds of the quick parts; the slow ones do a fifth of them, at least 3.
// BENCH_BUILD=<folder> measures the build in another checkout (its dist/, articles/ and package.json).
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {bundleOptions} from '../scripts/bundle-options.js';
import {cli, env, freshFolder, measure, median, ms, printSummary, record, root, rounds, runEnv, temp} from './common.js';
import {feedImport} from './feed-import.js';
import {growth, list10k} from './list.js';
import {big, page, paint, reader10k} from './screens.js';
import {terminal} from './terminal.js';

const long = 'winter-transit-plan';

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
		for (const [name, [command, args]] of Object.entries(commands)) times[name].push(measure(command, args).time);
	}

	const base = median(times['node -e 0 (baseline)']);
	console.log(`\nstart-up (median of ${rounds}, ratio to a bare node start)`);
	for (const [name, values] of Object.entries(times)) console.log(`  ${name.padEnd(62)} ${ms(median(values)).padStart(10)}  ×${(median(values) / base).toFixed(2)}`);
}

async function reader() {
	// less pages the very text broadsheet prints, so both show the same lines.
	const text = spawnSync(process.execPath, [cli, '--article', long, '--print', '--width', '80', '--height', '24', '--no-color'], {env, encoding: 'utf8'}).stdout;
	const lines = text.split('\n');
	const file = path.join(freshFolder('less'), `${long}.txt`);
	writeFileSync(file, text);
	const pages = 8;
	const pause = () => new Promise(resolve => setTimeout(resolve, 120));
	const hello = await inkHello();
	const size = {cols: 80, rows: 24};
	const results = {broadsheet: {first: [], page: []}, less: {first: [], page: []}, 'Ink hello': {first: [], page: []}};
	// Opens `command`, then pages with Space, each page marked by `markOf(page)` on screen.
	const session = async (name, command, args, markOf) => {
		const screen = terminal(command, args, {...size, env: runEnv()});
		try {
			results[name].first.push(await screen.waitFor(markOf(1)));
			for (let number = 2; number <= pages && name !== 'Ink hello'; number++) {
				await pause();
				if (screen.text().includes(markOf(number))) throw new Error(`${name}: ${markOf(number)} is on screen before its key`);
				screen.mark();
				screen.write(' ');
				results[name].page.push(await screen.waitFor(markOf(number)));
			}
		} finally {
			screen.close();
		}
	};

	for (let round = 0; round < Math.max(3, Math.floor(rounds / 3)); round++) {
		await session('broadsheet', process.execPath, [cli, '--article', long], number => `Page ${number}/`);
		// less shows 23 lines a page; the last line of each page marks it painted.
		await session('less', 'less', ['-R', file], number => (number === 1 ? lines[0].slice(0, 20) : lines.slice(0, 23 * number).findLast(line => line.trim().length > 12).trim().slice(0, 12)));
		await session('Ink hello', process.execPath, [hello], () => 'Page 1/1');
	}

	console.log(`\nreader in an 80×24 pseudo-terminal (${long}, medians)`);
	for (const [name, {first, page: paging}] of Object.entries(results)) {
		const next = paging.length > 0 ? `   next page ${ms(median(paging)).padStart(9)}` : '';
		console.log(`  ${name.padEnd(12)} first paint ${ms(median(first)).padStart(10)}${next}`);
	}

	const ratio = (key, other) => (median(results.broadsheet[key]) / median(results[other][key])).toFixed(2);
	console.log(`  broadsheet / less: first paint ×${ratio('first', 'less')}, next page ×${ratio('page', 'less')}`);
	console.log(`  broadsheet / Ink hello: first paint ×${ratio('first', 'Ink hello')}`);
}

/** Bundles bench/ink-hello.tsx as scripts/build.js bundles the reader. */
async function inkHello() {
	const outdir = freshFolder('ink-hello');
	await build({...bundleOptions, entryPoints: [path.join(root, 'bench/ink-hello.tsx')], outdir});
	return path.join(outdir, 'ink-hello.js');
}

function peakMemory() {
	const peak = args => measure(process.execPath, args).peak;
	const base = median(Array.from({length: 5}, () => peak(['-e', '0'])));
	const print = median(Array.from({length: 5}, () => peak([cli, '--article', long, '--print'])));
	console.log(`\npeak memory (median of 5)\n  node -e 0 ${base} KB; broadsheet --print ${long}: ${print} KB (×${(print / base).toFixed(2)})`);
}

async function feeds() {
	const {broadsheet, newsboat} = feedImport({cli, rounds, temp, env, median, ms});
	if (newsboat !== undefined) record({row: 'import of a 5,000-item feed', figure: broadsheet, baseline: newsboat, limit: 1, note: 'baseline: newsboat -x reload'});
}

const chosen = process.argv.slice(2);
const parts = {
	paint,
	page,
	list10k,
	big,
	reader10k,
	import: feeds,
	growth: () => growth({large: chosen.includes('growth')}),
	startup: startUp,
	reader,
	memory: peakMemory,
};
const unknown = chosen.filter(name => !Object.hasOwn(parts, name));
if (unknown.length > 0) {
	console.error(`unknown bench part ${unknown.join(', ')}; the parts are ${Object.keys(parts).join(', ')}`);
	process.exit(2);
}

// A part that fails (the build under test broke, a mark never showed) is reported and the others still run.
const failed = [];
for (const name of chosen.length > 0 ? chosen : Object.keys(parts)) {
	if (name === 'startup' && chosen.length === 0 && process.env.BENCH_SKIP_STARTUP) continue;
	try {
		await parts[name]();
	} catch (error) {
		failed.push(name);
		console.log(`\n${name}: FAILED: ${error.message}`);
	}
}

printSummary();
if (failed.length > 0) {
	console.log(`\nfailed parts: ${failed.join(', ')}`);
	process.exitCode = 1;
}
