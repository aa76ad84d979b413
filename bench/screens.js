// The reader in a 100×30 pseudo-terminal: the list's first paint and Enter
// at that paint against a bare node start (`paint`), the page key on the seed
// and on a 2 MB article (`page`), opening big articles (`big`), and the list
// of 10,000 articles (`reader10k`).
import {spawnSync} from 'node:child_process';
import {cli, env, fewRounds, freshFolder, median, ms, mib, pause, record, rounds, runEnv} from './common.js';
import {bigArticle, library} from './corpus.js';
import {terminal} from './terminal.js';

const seed = 'us-prudent-arms-taiwan';
const size = {cols: 100, rows: 30};

/** The titles of the list's rows, in list order, as `--list --json` gives them. */
function listTitles(args, childEnv) {
	const result = spawnSync(process.execPath, [cli, ...args, '--list', '--json'], {env: childEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
	if (result.status !== 0) throw new Error(`--list --json failed: ${result.stderr}`);
	return JSON.parse(result.stdout).map(article => article.title);
}

/**
 * First paint is when the list's rows are on screen: the first row's title and
 * the last row's of the first screen (or the 20th, whichever comes first;
 * a frame is written top down, so the last row there means the rows are all
 * there), each by its first 16 characters, since a row truncates a long title.
 * The "Reading the folder…" frame before it does not count.
 */
function paintedList(titles) {
	const marks = [titles[0], titles[Math.min(titles.length, 20) - 1]].map(title => title.slice(0, 16));
	return screen => marks.every(mark => screen.text().includes(mark));
}

/** What any program here pays to start: node printing one line in the same terminal. */
async function nodeStart() {
	const bare = terminal(process.execPath, ['-e', 'console.log("broadsheet bench: node is up")'], {...size, env});
	try {
		return await bare.waitFor('node is up');
	} finally {
		bare.close();
	}
}

/** Rows 1 and 2: spawn → the list painted, and Enter pressed at that paint → `Page 1/` drawn. */
export async function paint() {
	const titles = listTitles([], env);
	const painted = paintedList(titles);
	const times = {node: [], paint: [], open: []};
	// A warm start: whatever the program caches is in place before the timed rounds.
	const warm = terminal(process.execPath, [cli], {...size, env: runEnv()});
	await warm.waitFor(painted);
	warm.close();
	for (let round = 0; round < rounds; round++) {
		times.node.push(await nodeStart());
		const reader = terminal(process.execPath, [cli], {...size, env: runEnv()});
		try {
			times.paint.push(await reader.waitFor(painted));
			reader.write('\r');
			times.open.push(await reader.waitFor('Page 1/'));
		} finally {
			reader.close();
		}
	}

	const base = median(times.node);
	console.log(`\nfirst paint in a ${size.cols}×${size.rows} pseudo-terminal, shipped articles (median of ${rounds})`);
	console.log(`  node -e console.log (baseline)             ${ms(base).padStart(10)}`);
	console.log(`  broadsheet: the list's rows on screen      ${ms(median(times.paint)).padStart(10)}  ×${(median(times.paint) / base).toFixed(2)}`);
	console.log(`  broadsheet: Enter at that paint → Page 1/  ${ms(median(times.open)).padStart(10)}  ×${(median(times.open) / base).toFixed(2)}`);
	record({row: 'first paint of the list', figure: median(times.paint), baseline: base, limit: 2});
	record({row: 'Enter at first paint → Page 1/', figure: median(times.open), baseline: base, limit: 3});
}

/**
 * Opens `--article <id>` and waits for `Page 1/`, then presses Space for up to
 * `pages` − 1 pages, a person's pause apart, timing each until `Page N/` is drawn.
 */
async function openAndPage(args, pages) {
	const reader = terminal(process.execPath, [cli, ...args], {...size, env: runEnv()});
	try {
		const open = await reader.waitFor('Page 1/', 120_000);
		const total = Number(/Page 1\/(\d+)/.exec(reader.text())?.[1] ?? pages);
		const turns = [];
		for (let page = 2; page <= Math.min(pages, total); page++) {
			await pause();
			if (reader.text().includes(`Page ${page}/`)) throw new Error(`Page ${page}/ is on screen before its key:\n${reader.text()}`);
			reader.mark();
			reader.write(' ');
			turns.push(await reader.waitFor(`Page ${page}/`));
		}

		return {open, turns, peak: reader.peakMemory()};
	} finally {
		reader.close();
	}
}

/**
 * Row 3: the page key, on the seed article and on a 2 MB one. The first key
 * comes a person's pause after `Page 1/`, while the reader may still be busy
 * with work it left for after the paint, so it is shown apart too.
 */
export async function page() {
	const big = bigArticle(2_000_000);
	const cases = [[`seed (${seed})`, ['--article', seed], rounds], ['2 MB article', ['--dir', big, '--article', 'big'], fewRounds]];
	console.log(`\npage key in a ${size.cols}×${size.rows} pseudo-terminal: Space → next page drawn, pages 2 to 8 (or the last), medians`);
	for (const [name, args, opens] of cases) {
		const turns = [];
		const firsts = [];
		for (let round = 0; round < opens; round++) {
			const session = await openAndPage(args, 8);
			turns.push(...session.turns);
			firsts.push(session.turns[0]);
		}

		console.log(`  ${name.padEnd(32)} ${ms(median(turns)).padStart(9)} over ${turns.length} keys   the first key after opening ${ms(median(firsts))}   slowest ${ms(Math.max(...turns))}`);
		record({row: `page key, ${name}`, figure: median(turns), limit: 50});
	}
}

const opened = new Map();

/** Median time to `Page 1/` and peak memory opening a generated article of `bytes`, measured once a run. */
export async function openTime(bytes) {
	if (!opened.has(bytes)) {
		const folder = bigArticle(bytes);
		const results = [];
		for (let round = 0; round < fewRounds; round++) results.push(await openAndPage(['--dir', folder, '--article', 'big'], 1));
		opened.set(bytes, {open: median(results.map(result => result.open)), peak: median(results.map(result => result.peak))});
	}

	return opened.get(bytes);
}

/** Row 7: a 2 MB article to `Page 1/N`, and 10 MB to see how it grows. */
export async function big() {
	console.log(`\nopen a big article in a ${size.cols}×${size.rows} pseudo-terminal: spawn → Page 1/ (median of ${fewRounds})`);
	for (const [bytes, name] of [[2_000_000, '2 MB'], [10_000_000, '10 MB']]) {
		const {open, peak} = await openTime(bytes);
		console.log(`  ${name.padEnd(8)} ${ms(open).padStart(10)}   peak ${mib(peak)}`);
		if (bytes === 2_000_000) record({row: 'open a 2 MB article → Page 1/', figure: open, unit: 's', limit: 1000});
	}
}

/** Row 8: the reader's list over 10,000 articles: first paint, a cursor move, peak memory. */
export async function reader10k() {
	const folder = library(10_000);
	const cache = freshFolder('cache');
	const titles = listTitles(['--dir', folder], runEnv(cache));
	const painted = paintedList(titles);
	const warm = terminal(process.execPath, [cli, '--dir', folder], {...size, env: runEnv(cache)});
	await warm.waitFor(painted, 120_000);
	warm.close();
	const times = {paint: [], move: [], first: [], peak: []};
	const moves = 5;
	for (let round = 0; round < fewRounds; round++) {
		const reader = terminal(process.execPath, [cli, '--dir', folder], {...size, env: runEnv(cache)});
		try {
			times.paint.push(await reader.waitFor(painted, 120_000));
			for (let move = 1; move <= moves; move++) {
				// The cursor leaves one row and lands on the next: both rows change, in text or only in
				// style, and each shows its title again (a redraw that erased them first is not done yet).
				const marks = [titles[move - 1], titles[move]].map(title => title.slice(0, 16));
				const rows = marks.map(mark => reader.rowOf(mark));
				if (rows.includes(-1)) throw new Error(`rows ${move} and ${move + 1} are not on screen:\n${reader.text()}`);
				const before = rows.map(row => reader.styledRow(row));
				const moved = screen => rows.every((row, index) => screen.lines()[row].includes(marks[index]) && screen.styledRow(row) !== before[index]);
				await pause();
				reader.mark();
				reader.write('j');
				times.move.push(await reader.waitFor(moved));
			}

			times.first.push(times.move.at(-moves));
			times.peak.push(reader.peakMemory());
		} finally {
			reader.close();
		}
	}

	console.log(`\nthe reader's list over 10,000 articles of ~5 KB, warm (median of ${fewRounds} starts, ${moves} moves each)`);
	console.log(`  first paint ${ms(median(times.paint))}   cursor move (j) ${ms(median(times.move))}, the first after the paint ${ms(median(times.first))}, slowest ${ms(Math.max(...times.move))}   peak ${mib(median(times.peak))}`);
	record({row: 'reader, 10k list: first paint', figure: median(times.paint), unit: 's', limit: 1500});
	record({row: 'reader, 10k list: cursor move', figure: median(times.move), limit: 50});
	record({row: 'reader, 10k list: peak memory', figure: median(times.peak), unit: 'MiB', limit: 250 * 1024});
}
