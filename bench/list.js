// `--list --json` over generated libraries, against cat reading the same files:
// 10,000 articles warm and cold with peak memory (`list10k`), and how the list
// and the reader's open time grow with the library and the article (`growth`).
import {spawnSync} from 'node:child_process';
import {cli, fewRounds, freshFolder, measure, median, mib, ms, record, runEnv} from './common.js';
import {coldCopy, library} from './corpus.js';
import {openTime} from './screens.js';

// The baseline reads every file once, as the list must without an index: the
// shell's own glob (a readdir, like the program's) through xargs, so that no
// argument list is too long at 50,000 files; cat writes to /dev/null.
const catAll = folder => measure('sh', ['-c', 'cd "$1" && printf "%s\\0" *.txt | xargs -0 cat > /dev/null', 'sh', folder]);
const list = (folder, cache) => measure(process.execPath, [cli, '--dir', folder, '--list', '--json'], {env: runEnv(cache)});

/** Fails loudly unless the program lists every article of the folder. */
function checkListed(folder, count, cache) {
	const result = spawnSync(process.execPath, [cli, '--dir', folder, '--list', '--json'], {env: runEnv(cache), encoding: 'utf8', maxBuffer: 512 * 1024 * 1024});
	const listed = result.status === 0 ? JSON.parse(result.stdout).length : -1;
	if (listed !== count) throw new Error(`--list --json over ${folder} listed ${listed} articles, not ${count}: ${result.stderr.slice(0, 500)}`);
}

const warmLists = new Map();

/**
 * Warm `--list --json` over `count` articles against a warm cat, interleaved
 * round by round; a first untimed run of each fills the page cache and
 * whatever the program caches (in a cache folder of its own). Measured once a run.
 */
function warmList(count) {
	if (warmLists.has(count)) return warmLists.get(count);
	const folder = library(count);
	const cache = freshFolder('cache');
	checkListed(folder, count, cache);
	catAll(folder);
	const ours = [];
	const cats = [];
	for (let round = 0; round < fewRounds; round++) {
		ours.push(list(folder, cache));
		cats.push(catAll(folder));
	}

	const result = {time: median(ours.map(run => run.time)), peak: median(ours.map(run => run.peak)), cat: median(cats.map(run => run.time))};
	warmLists.set(count, result);
	return result;
}

/** Rows 4, 5 and 6: 10,000 articles warm, cold, and the peak memory of the warm list. */
export function list10k() {
	const count = 10_000;
	const warm = warmList(count);
	const cold = {ours: [], cat: []};
	const resident = [];
	for (let round = 0; round < fewRounds; round++) {
		const runs = {
			// A copy nobody read yet and a cache folder nobody wrote yet: no index, no page cache.
			ours() {
				const copy = coldCopy(library(count));
				resident.push(copy.resident);
				cold.ours.push(list(copy.folder, freshFolder('cache')).time);
			},
			cat() {
				const copy = coldCopy(library(count));
				resident.push(copy.resident);
				cold.cat.push(catAll(copy.folder).time);
			},
		};
		for (const name of round % 2 === 0 ? ['ours', 'cat'] : ['cat', 'ours']) runs[name]();
	}

	const coldOurs = median(cold.ours);
	const coldCat = median(cold.cat);
	console.log(`\n--list --json over ${count} articles of ~5 KB (median of ${fewRounds}; cat = the shell's glob through xargs cat > /dev/null)`);
	console.log(`  warm  broadsheet ${ms(warm.time).padStart(10)}   cat ${ms(warm.cat).padStart(9)}   ×${(warm.time / warm.cat).toFixed(2)}   peak ${mib(warm.peak)}`);
	console.log(`  cold  broadsheet ${ms(coldOurs).padStart(10)}   cat ${ms(coldCat).padStart(9)}   ×${(coldOurs / coldCat).toFixed(2)}   (a fresh copy each run, dropped from the page cache: ${Math.max(...resident)} pages still cached at most)`);
	record({row: '--list --json, 10k, warm', figure: warm.time, baseline: warm.cat, limit: 2});
	record({row: '--list --json, 10k, cold', figure: coldOurs, baseline: coldCat, limit: 4});
	record({row: '--list --json, 10k: peak memory', figure: warm.peak, unit: 'MiB', limit: 150 * 1024});
}

/**
 * How cost grows: the warm list at 1,000, 10,000 and (when `large`, being
 * slow) 50,000 articles, and the time to open 100 KB, 2 MB and 10 MB articles.
 */
export async function growth({large}) {
	const counts = large ? [1000, 10_000, 50_000] : [1000, 10_000];
	console.log(`\ngrowth: --list --json, warm (median of ${fewRounds})${large ? '' : '; 50,000 only with `npm run bench -- growth`'}`);
	for (const count of counts) {
		const {time, peak, cat} = warmList(count);
		console.log(`  ${String(count).padStart(6)} articles  ${ms(time).padStart(10)}   peak ${mib(peak).padStart(8)}   cat ${ms(cat).padStart(9)}   ×${(time / cat).toFixed(2)}`);
	}

	console.log(`growth: open an article to Page 1/ in the reader (median of ${fewRounds})`);
	for (const [bytes, name] of [[100_000, '100 KB'], [2_000_000, '2 MB'], [10_000_000, '10 MB']]) {
		const {open, peak} = await openTime(bytes);
		console.log(`  ${name.padStart(6)}  ${ms(open).padStart(10)}   peak ${mib(peak)}`);
	}
}
