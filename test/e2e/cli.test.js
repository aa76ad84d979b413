// The scripting interface (SPEC §3–§5), run through the built dist/cli.js.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import stringWidth from 'string-width';
import {articleFolder} from '../support/articles.js';
import {cleanEnv, root, run, shipped, tempDir} from './helpers.js';

const seed = 'us-prudent-arms-taiwan';
const escape = /\u001B/;

function oneLine(stderr) {
	assert.equal(stderr.trimEnd().split('\n').length, 1, `expected one stderr line, got: ${stderr}`);
	assert.match(stderr, /^broadsheet: /);
	assert.doesNotMatch(stderr, /\n\s+at /);
}

/** A folder holding the seed plus the given extra files. */
function folderWith(files = {}) {
	return articleFolder({[`${seed}.txt`]: readFileSync(path.join(shipped, `${seed}.txt`)), ...files});
}

describe('usage and help', () => {
	test('--help and --version print to stdout and exit 0', async () => {
		const help = await run(['--help']);
		assert.equal(help.code, 0);
		assert.equal(help.stderr, '');
		assert.match(help.stdout, /--article <ref> --print/);
		const env = cleanEnv();
		for (const [short, long] of [['-h', '--help'], ['-v', '--version']]) assert.equal((await run([short], {env})).stdout, (await run([long], {env})).stdout);
		const version = await run(['--version']);
		assert.equal(version.code, 0);
		assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
	});

	test('--help lists every flag, one line each', async () => {
		const {stdout} = await run(['--help']);
		const flags = ['--list', '--json', '--article <ref>', '--print', '--page N', '--width W', '--height H', '--react <reaction>', '--reactions', '--dir <folder>', '--color', '--no-color', '--measure N', '-h, --help', '-v, --version'];
		for (const flag of flags) {
			const lines = stdout.split('\n').filter(line => line.trimStart().startsWith(`${flag}  `));
			assert.equal(lines.length, 1, `${flag} in:\n${stdout}`);
		}
	});

	test('--help names the reactions, the reader\'s keys, the environment, the exit codes and the files as resolved here', async () => {
		const data = tempDir('broadsheet-data-');
		// A store folder that does not exist: --help names its file, and creates nothing.
		const store = path.join(tempDir('broadsheet-store-'), 'not-yet');
		const {stdout} = await run(['--help'], {env: cleanEnv({XDG_DATA_HOME: data, BROADSHEET_CONFIG_DIR: store})});
		assert.match(stdout, /happy hopeful surprised indifferent worried sad angry; none clears/);
		assert.match(stdout, /Enter open/);
		assert.match(stdout, /Space next/);
		assert.match(stdout, /1–7 pick/);
		assert.match(stdout, /Keys in the reader \(\? there shows the keys of the view it is in\)/);
		for (const name of ['BROADSHEET_DIR', 'BROADSHEET_CONFIG_DIR', 'XDG_DATA_HOME', 'NO_COLOR', 'FORCE_COLOR']) assert.match(stdout, new RegExp(`^  ${name} `, 'm'));
		for (const code of ['0', '1', '2']) assert.match(stdout, new RegExp(`^  ${code}  `, 'm'));
		assert.ok(stdout.includes(`library  ${path.join(data, 'broadsheet', 'articles')}\n`), stdout);
		assert.ok(stdout.includes(`shipped  ${shipped} `), stdout);
		assert.ok(stdout.includes(`store    ${path.join(store, 'config.json')} `), stdout);
		assert.equal(existsSync(store), false);
	});

	for (const args of [
		['--frobnicate'],
		['--list', '--print'],
		['--article', seed, '--print', '--json'],
		['--article', seed, '--print', '--width', '9'],
		['--article', seed, '--print', '--height', '2'],
		['--article', seed, '--print', '--page', '0'],
		['--article', seed, '--page', '2'],
		['--article', seed, '--json', '--page', '2'],
		['--article', seed, '--print', '--measure', '9'],
		['--print'],
		['--width'],
		['stray'],
		['--article', seed, '--react', 'ecstatic'],
	]) {
		test(`usage error: ${args.join(' ')}`, async () => {
			const result = await run(args);
			assert.equal(result.code, 2);
			assert.equal(result.stdout, '');
			oneLine(result.stderr);
		});
	}

	test('an unknown reaction lists the valid ids', async () => {
		const {stderr} = await run(['--article', seed, '--react', 'ecstatic']);
		assert.match(stderr, /happy, hopeful, surprised, indifferent, worried, sad, angry, none/);
	});
});

describe('--article --json', () => {
	test('the seed in full, in the shape of SPEC §4', async () => {
		const {code, stdout, stderr} = await run(['--article', seed, '--json', '--width', '80', '--height', '24']);
		assert.equal(code, 0, stderr);
		const article = JSON.parse(stdout);
		assert.deepEqual(Object.keys(article), ['id', 'file', 'date', 'title', 'label', 'summary', 'byline', 'paragraphs', 'quotes', 'prompt', 'link', 'words', 'pages', 'reaction']);
		assert.equal(article.id, seed);
		assert.equal(article.file, `${seed}.txt`);
		assert.equal(article.date, '2026-02-05');
		assert.equal(article.title, 'US must be prudent when supplying arms to Taiwan, Xi tells Trump');
		assert.equal(article.label, 'blog');
		assert.equal(article.summary, 'Trump and Xi last met in October, on the sidelines of the Asia-Pacific Economic Co-operation in South Korea');
		assert.deepEqual(article.byline, {authors: ['Kelly Ng', 'Tessa Wong'], source: 'BBC News', dateline: 'Jan 5'});
		assert.equal(article.paragraphs.length, 27);
		assert.match(article.paragraphs[0], /^China's leader Xi Jinping has called Taiwan "the most important issue"/);
		assert.equal(article.quotes.length, 21);
		assert.equal(article.quotes[0], 'the most important issue');
		assert.equal(article.prompt, 'How did you feel after reading this news?');
		assert.equal(article.link, null);
		assert.equal(article.reaction, null);
		assert.ok(article.words > 500);
		const printed = await run(['--article', seed, '--print', '--page', String(article.pages), '--width', '80', '--height', '24']);
		assert.equal(printed.code, 0);
		const past = await run(['--article', seed, '--print', '--page', String(article.pages + 1), '--width', '80', '--height', '24']);
		assert.equal(past.code, 1);
		assert.match(past.stderr, new RegExp(`${article.pages} pages`));
		oneLine(past.stderr);
	});
});

describe('--print', () => {
	test('pages written in order are the whole output, no line wider than W, no escapes without colour', async () => {
		for (const [width, height] of [[80, 24], [10, 3], [37, 9], [200, 60]]) {
			const size = ['--width', String(width), '--height', String(height)];
			const whole = await run(['--article', seed, '--print', ...size]);
			assert.equal(whole.code, 0);
			assert.doesNotMatch(whole.stdout, escape);
			const lines = whole.stdout.split('\n').slice(0, -1);
			for (const line of lines) assert.ok(stringWidth(line) <= width, `${stringWidth(line)} > ${width}: ${line}`);
			// Over 100 columns the text is centred behind a margin, as on screen.
			assert.match(lines[0], /^ *US must be/);
			assert.match(whole.stdout, /news\?\n$/);
			// Page by page costs a process a page: the small sizes run to hundreds.
			if (width < 80) continue;
			const {pages} = JSON.parse((await run(['--article', seed, '--json', ...size])).stdout);
			let joined = '';
			for (let page = 1; page <= pages; page++) {
				const one = await run(['--article', seed, '--print', '--page', String(page), ...size]);
				assert.ok(one.stdout.split('\n').length - 1 <= height - 2, `page ${page} too tall`);
				joined += one.stdout;
			}

			assert.equal(joined, whole.stdout);
		}
	});

	test('colour: flag over NO_COLOR over FORCE_COLOR over the terminal', async () => {
		const print = ['--article', seed, '--print', '--page', '2'];
		const cases = [
			[[], {}, false],
			[[], {FORCE_COLOR: '1'}, true],
			[[], {FORCE_COLOR: '0'}, false],
			[[], {NO_COLOR: '1', FORCE_COLOR: '1'}, false],
			[[], {NO_COLOR: '', FORCE_COLOR: '1'}, true],
			[['--color'], {NO_COLOR: '1'}, true],
			[['--no-color'], {FORCE_COLOR: '1'}, false],
		];
		for (const [flags, extra, coloured] of cases) {
			const {stdout} = await run([...print, ...flags], {env: cleanEnv(extra)});
			assert.equal(escape.test(stdout), coloured, `${flags} ${JSON.stringify(extra)}`);
		}
	});

	test('when stdout is a pipe, --article alone prints and the bare command lists', async () => {
		const env = cleanEnv();
		assert.equal((await run(['--article', seed], {env})).stdout, (await run(['--article', seed, '--print'], {env})).stdout);
		assert.equal((await run([], {env})).stdout, (await run(['--list'], {env})).stdout);
	});
});

describe('--print and --json keep to the measure, as the reader does (issue 9)', () => {
	const winter = 'winter-transit-plan';
	const at120 = ['--width', '120', '--height', '40'];

	test('at 120×40 winter-transit-plan has the reader\'s 9 pages, each behind the margin that centres it', async () => {
		assert.equal(JSON.parse((await run(['--article', winter, '--json', ...at120])).stdout).pages, 9);
		assert.equal(JSON.parse((await run(['--article', winter, '--json', ...at120, '--measure', '0'])).stdout).pages, 7);
		const {stdout} = await run(['--article', winter, '--print', '--page', '2', ...at120]);
		const lines = stdout.split('\n').slice(0, -1);
		for (const line of lines) assert.ok(line === '' || (line.startsWith(' '.repeat(20)) && line[20] !== ' ' && stringWidth(line) <= 100), JSON.stringify(line));
		const narrow = await run(['--article', winter, '--print', '--page', '2', ...at120, '--measure', '60']);
		assert.ok(narrow.stdout.split('\n').every(line => line === '' || /^ {30}\S/.test(line)), narrow.stdout);
	});

	test('--page without --print says it needs --print, with or without --json', async () => {
		for (const args of [['--article', seed, '--page', '2'], ['--article', seed, '--json', '--page', '2']]) {
			const {code, stderr} = await run(args);
			assert.equal(code, 2);
			assert.match(stderr, /^broadsheet: --page needs --print /);
		}
	});

	test('--measure below 10 (but 0) is a usage error naming the minimum', async () => {
		const {code, stderr} = await run(['--article', seed, '--json', '--measure', '9']);
		assert.equal(code, 2);
		assert.match(stderr, /at least 10/);
	});

	test('a pipe lays out at COLUMNS and LINES', async () => {
		const env = cleanEnv({COLUMNS: '60', LINES: '20'});
		const piped = await run(['--article', seed, '--print', '--page', '2'], {env});
		assert.equal(piped.stdout, (await run(['--article', seed, '--print', '--page', '2', '--width', '60', '--height', '20'])).stdout);
		assert.equal((await run(['--article', seed], {env})).stdout, (await run(['--article', seed, '--print', '--width', '60', '--height', '20'])).stdout);
		// The flags win.
		assert.equal((await run(['--article', seed, '--print', '--width', '80', '--height', '24'], {env})).stdout, (await run(['--article', seed, '--print', '--width', '80', '--height', '24'])).stdout);
	});

	test('a pipe from a 50-column terminal lays out at 50 (broadsheet --article 4 | less -R)', async () => {
		const {spawn} = await import('@lydell/node-pty');
		const env = cleanEnv();
		delete env.COLUMNS;
		delete env.LINES;
		const output = await new Promise(resolve => {
			const child = spawn('/bin/sh', ['-c', `"${process.execPath}" "${path.join(root, 'dist/cli.js')}" --article ${seed} --no-color | cat`], {cols: 50, rows: 16, env, cwd: root});
			let text = '';
			child.onData(data => (text += data));
			child.onExit(() => resolve(text.replaceAll('\r\n', '\n')));
		});
		const expected = await run(['--article', seed, '--print', '--width', '50', '--height', '16']);
		assert.equal(output, expected.stdout);
	});
});

describe('--list and --reactions for people and for awk (issue 9)', () => {
	/** A store holding these sections, and the environment that reads it. */
	function storeWith(sections) {
		const store = tempDir('broadsheet-store-');
		writeFileSync(path.join(store, 'config.json'), JSON.stringify(sections));
		return cleanEnv({BROADSHEET_CONFIG_DIR: store, TZ: 'UTC'});
	}

	const at = '2026-02-05T12:00:00.000Z';
	const env = storeWith({
		reactions: {'council-budget-vote': {reaction: 'happy', at}, 'lost-dog-found': {reaction: 'worried', at: '2026-03-01T09:05:59.000Z'}},
		reading: {
			'winter-transit-plan': {paragraph: 0, at},
			[seed]: {paragraph: 5, at},
			'lost-dog-found': {paragraph: 3, at, unread: true},
			'school-robotics-win': {paragraph: 999, at},
		},
	});

	test('--list: fixed columns (position, read state, date, reaction, id, title [label]) that an empty reaction does not shift', async () => {
		const {code, stdout} = await run(['--list'], {env});
		assert.equal(code, 0);
		const lines = stdout.split('\n').slice(0, -1);
		assert.equal(lines.length, 8);
		const fields = lines.map(line => line.trim().split(/\s+/));
		for (const field of fields) {
			assert.match(field[0], /^\d+$/);
			assert.match(field[1], /^[N~-]$/);
			assert.match(field[2], /^(\d{4}-\d{2}-\d{2}|—)$/);
			assert.match(field[3], /^(-|\p{Extended_Pictographic})$/u);
		}

		const row = id => fields.find(field => field[4] === id);
		assert.deepEqual(row('council-budget-vote').slice(1, 4), ['N', '2026-11-18', '😊']);
		assert.deepEqual(row('winter-transit-plan').slice(1, 4), ['-', '2026-11-12', '-']);
		assert.deepEqual(row(seed).slice(1, 4), ['~', '2026-02-05', '-']);
		assert.deepEqual(row('lost-dog-found').slice(1, 4), ['N', '—', '😟']);
		assert.deepEqual(row('school-robotics-win').slice(1, 4), ['-', '2026-02-05', '-']);
		// The ids are padded to one width, so the titles start in one column.
		const starts = lines.map((line, index) => {
			const afterId = line.indexOf(`  ${fields[index][4]} `) + fields[index][4].length + 2;
			return stringWidth(line.slice(0, afterId + /^ +/.exec(line.slice(afterId))[0].length));
		});
		assert.equal(new Set(starts).size, 1, stdout);
		assert.ok(lines.some(line => line.endsWith('Lost sheepdog found safe after three nights on Hilltop ridge [pets]')), stdout);
	});

	test('--list --json: read and the stored place as a page at 80×24, or null', async () => {
		const rows = JSON.parse((await run(['--list', '--json'], {env})).stdout);
		assert.deepEqual(Object.keys(rows[0]), ['id', 'file', 'date', 'title', 'label', 'summary', 'words', 'reaction', 'read', 'page']);
		const row = id => rows.find(one => one.id === id);
		const pagesOf = async id => JSON.parse((await run(['--article', id, '--json', '--width', '80', '--height', '24'])).stdout).pages;
		assert.deepEqual([row('council-budget-vote').read, row('council-budget-vote').page], [false, null]);
		assert.deepEqual([row('winter-transit-plan').read, row('winter-transit-plan').page], [true, 1]);
		assert.deepEqual([row('lost-dog-found').read, row('lost-dog-found').page], [false, 1]);
		assert.deepEqual([row('school-robotics-win').read, row('school-robotics-win').page], [true, await pagesOf('school-robotics-win')]);
		const {page} = row(seed);
		assert.ok(page > 1 && page < await pagesOf(seed), String(page));
		// The page holds paragraph 5, as the reader would reopen it.
		const paragraph = JSON.parse((await run(['--article', seed, '--json'])).stdout).paragraphs[5];
		const printed = (await run(['--article', seed, '--print', '--page', String(page), '--width', '80', '--height', '24'])).stdout.replaceAll('\n', ' ');
		assert.ok(printed.includes(paragraph.split(' ').slice(0, 3).join(' ')) || printed.includes(paragraph.split(' ').slice(-3).join(' ')), printed);
	});

	test('--reactions: the time as minutes in local time, fixed width, then reaction, id, title, aligned; JSON keeps the stored time', async () => {
		const {code, stdout} = await run(['--reactions'], {env});
		assert.equal(code, 0);
		assert.equal(stdout, [
			'2026-03-01 09:05  😟 Worried  lost-dog-found       Lost sheepdog found safe after three nights on Hilltop ridge',
			'2026-02-05 12:00  😊 Happy    council-budget-vote  Millbrook council passes budget by one vote after late-night session',
			'',
		].join('\n'));
		const json = JSON.parse((await run(['--reactions', '--json'], {env})).stdout);
		assert.deepEqual(json.map(row => row.at), ['2026-03-01T09:05:59.000Z', at]);
		const inTokyo = await run(['--reactions'], {env: {...env, TZ: 'Asia/Tokyo'}});
		assert.match(inTokyo.stdout, /^2026-03-01 18:05 {2}😟 Worried/);
	});
});

describe('refs and folders', () => {
	const dir = folderWith({
		'winter-a.txt': '2026-01-01\n\nWinter A\n',
		'winter-b.txt': '2026-01-02\n\nWinter B\n',
		'empty.txt': '',
		'binary.txt': 'Title\u0000\n',
		'no-title.txt': '• 5 February 2026\n',
	});
	writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x54, 0x69, 0xe9, 0x0a]));
	mkdirSync(path.join(dir, 'folder.txt'));
	const outside = tempDir('broadsheet-outside-');
	writeFileSync(path.join(outside, 'secret.txt'), 'Secret title\n');
	symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
	const env = cleanEnv({BROADSHEET_DIR: dir});

	const idOf = async ref => {
		const result = await run(['--article', ref, '--json'], {env});
		return result.code === 0 ? JSON.parse(result.stdout).id : result;
	};

	test('exact id, file name, unique prefix, position', async () => {
		assert.equal(await idOf(seed), seed);
		assert.equal(await idOf(`${seed}.txt`), seed);
		assert.equal(await idOf('us-'), seed);
		assert.equal(await idOf('1'), seed);
		assert.equal(await idOf('2'), 'winter-b');
	});

	test('an ambiguous prefix lists the candidates', async () => {
		const result = await idOf('winter');
		assert.equal(result.code, 1);
		assert.match(result.stderr, /winter-a, winter-b/);
		oneLine(result.stderr);
	});

	for (const ref of ['../x', '/etc/passwd', `../${path.basename(dir)}/${seed}`, 'escape', 'nothing', '99']) {
		test(`"${ref}" is not found`, async () => {
			const result = await idOf(ref);
			assert.equal(result.code, 1);
			assert.match(result.stderr, /no article/);
			oneLine(result.stderr);
		});
	}

	for (const [ref, reason] of [['empty', /empty/], ['binary', /binary/], ['latin1', /UTF-8/], ['no-title', /title/], ['folder.txt', /regular file/]]) {
		test(`naming ${ref} says why it is not an article`, async () => {
			const result = await idOf(ref);
			assert.equal(result.code, 1);
			assert.match(result.stderr, reason);
			oneLine(result.stderr);
		});
	}

	test('--list skips each non-article with one warning line naming it', async () => {
		const result = await run(['--list', '--json'], {env});
		assert.equal(result.code, 0);
		assert.deepEqual(JSON.parse(result.stdout).map(item => item.id), [seed, 'winter-b', 'winter-a']);
		const warnings = result.stderr.trimEnd().split('\n');
		for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'no-title.txt', 'folder.txt', 'escape.txt']) {
			assert.equal(warnings.filter(line => line.includes(name)).length, 1, `${name} in ${result.stderr}`);
		}

		assert.equal(warnings.length, 6);
	});

	test('--list --json shape; --dir beats BROADSHEET_DIR', async () => {
		const other = folderWith();
		const {stdout, code} = await run(['--list', '--json', '--dir', other], {env});
		assert.equal(code, 0);
		const [item] = JSON.parse(stdout);
		assert.deepEqual(Object.keys(item), ['id', 'file', 'date', 'title', 'label', 'summary', 'words', 'reaction', 'read', 'page']);
		assert.equal(JSON.parse(stdout).length, 1);
	});

	test('a missing --dir is an error', async () => {
		const result = await run(['--list', '--dir', path.join(dir, 'nope')]);
		assert.equal(result.code, 1);
		oneLine(result.stderr);
	});

	test('the library is used once it holds an article, the shipped articles until then', async () => {
		const data = tempDir('broadsheet-data-');
		const shippedIds = readdirSync(shipped).filter(name => name.endsWith('.txt')).length;
		const before = JSON.parse((await run(['--list', '--json'], {env: cleanEnv({XDG_DATA_HOME: data})})).stdout);
		assert.equal(before.length, shippedIds);
		mkdirSync(path.join(data, 'broadsheet', 'articles'), {recursive: true});
		writeFileSync(path.join(data, 'broadsheet', 'articles', 'mine.txt'), 'My own\n');
		const after = JSON.parse((await run(['--list', '--json'], {env: cleanEnv({XDG_DATA_HOME: data})})).stdout);
		assert.deepEqual(after.map(item => item.id), ['mine']);
	});
});

describe('reactions', () => {
	test('react, replace, list, clear; the store file is SPEC §5 and 0600', async () => {
		const store = tempDir('broadsheet-store-');
		const env = cleanEnv({BROADSHEET_CONFIG_DIR: store});
		const file = path.join(store, 'config.json');
		assert.equal((await run(['--article', seed, '--react', 'worried'], {env})).code, 0);
		assert.equal(JSON.parse(readFileSync(file, 'utf8')).reactions[seed].reaction, 'worried');
		assert.equal(statSync(file).mode & 0o777, 0o600);
		await run(['--article', 'council', '--react', 'happy'], {env});
		const reacted = await run(['--article', seed, '--react', 'sad'], {env});
		assert.equal(reacted.code, 0);
		const rows = JSON.parse((await run(['--reactions', '--json'], {env})).stdout);
		assert.deepEqual(rows.map(row => [row.id, row.reaction]), [[seed, 'sad'], ['council-budget-vote', 'happy']]);
		assert.deepEqual(Object.keys(rows[0]), ['id', 'title', 'reaction', 'at']);
		assert.ok(!Number.isNaN(Date.parse(rows[0].at)));
		assert.equal(JSON.parse((await run(['--article', seed, '--json'], {env})).stdout).reaction, 'sad');
		const listed = JSON.parse((await run(['--list', '--json'], {env})).stdout);
		assert.equal(listed.find(item => item.id === seed).reaction, 'sad');
		assert.equal((await run(['--article', seed, '--react', 'none'], {env})).code, 0);
		assert.equal(JSON.parse(readFileSync(file, 'utf8')).reactions[seed], undefined);
	});

	test('24 processes reacting at once lose no pick', async () => {
		const dir = tempDir('broadsheet-folder-');
		for (let index = 0; index < 24; index++) writeFileSync(path.join(dir, `item-${index}.txt`), `Item ${index}\n`);
		const env = cleanEnv({BROADSHEET_DIR: dir});
		const results = await Promise.all(Array.from({length: 24}, (_, index) => run(['--article', `item-${index}`, '--react', 'hopeful'], {env})));
		for (const result of results) assert.equal(result.code, 0, result.stderr);
		const stored = JSON.parse(readFileSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'), 'utf8'));
		assert.equal(Object.keys(stored.reactions).length, 24);
	});

	test('a corrupt store is kept aside with a warning and a fresh one starts', async () => {
		const store = tempDir('broadsheet-store-');
		writeFileSync(path.join(store, 'config.json'), '{"reactions": {broken');
		const result = await run(['--article', seed, '--react', 'angry'], {env: cleanEnv({BROADSHEET_CONFIG_DIR: store})});
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stderr, /^broadsheet: the reactions store was not valid JSON; kept it as .*config\.json\.corrupt-/);
		const aside = readdirSync(store).filter(name => name.startsWith('config.json.corrupt-'));
		assert.equal(aside.length, 1);
		assert.match(result.stderr, new RegExp(aside[0]));
		assert.equal(readFileSync(path.join(store, aside[0]), 'utf8'), '{"reactions": {broken');
		assert.equal(JSON.parse(readFileSync(path.join(store, 'config.json'), 'utf8')).reactions[seed].reaction, 'angry');
	});

	test('a store that cannot be written is a one-line exit 1', async () => {
		const blocker = path.join(tempDir(), 'a-file');
		writeFileSync(blocker, '');
		const result = await run(['--article', seed, '--react', 'happy'], {env: cleanEnv({BROADSHEET_CONFIG_DIR: path.join(blocker, 'store')})});
		assert.equal(result.code, 1);
		oneLine(result.stderr);
		assert.equal(existsSync(path.join(blocker, 'store')), false);
	});
});

describe('the scripting path never loads Ink', () => {
	const dist = path.join(root, 'dist');
	// Ink's own words mark the chunk that holds it, whatever esbuild names it.
	const inkFiles = readdirSync(dist).filter(name => readFileSync(path.join(dist, name), 'utf8').includes('Raw mode is not supported'));
	const tracer = ['--import', path.join(root, 'test/e2e/fixtures/trace-imports.js')];

	test('the bundle has Ink in a chunk of its own', () => {
		assert.equal(inkFiles.length, 1);
		assert.ok(!inkFiles.includes('cli.js'));
	});

	for (const args of [['--list'], ['--list', '--json'], ['--article', seed, '--print'], ['--article', seed, '--json'], ['--article', seed, '--react', 'sad'], ['--reactions'], ['--help']]) {
		test(args.join(' '), async () => {
			const {code, stderr} = await run(args, {nodeArgs: tracer});
			assert.equal(code, 0, stderr);
			const loaded = [...stderr.matchAll(/^broadsheet-trace: file:\/\/.*\/dist\/(.+)$/gm)].map(match => match[1]);
			assert.ok(loaded.includes('cli.js'), stderr);
			assert.deepEqual(loaded.filter(name => inkFiles.includes(name)), []);
		});
	}
});

describe('hostile articles cannot drive the terminal', () => {
	const hostile = [
		'• 5 February 2026',
		'Title \u001B]0;pwned\u0007with a window title \u001B[2J',
		'By A Writer, Evil News: Lead \u001B]52;c;ZWNobyBoaQ==\u0007 with a clipboard write, \u009B31m C1 CSI and \u202Ereversed\u202C text.',
		'Bell \u0007 backspace \u0008 and \u001BPdevice control\u001B\\ strings, "a quote \u001B[5m blinking".',
	].join('\n\n');
	const dir = folderWith({'hostile.txt': hostile, 'name\u001B[2J.txt': 'Named badly\n'});
	const env = cleanEnv({BROADSHEET_DIR: dir});
	const drives = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

	test('--print, --list and --json hold no control character from the file', async () => {
		const printed = await run(['--article', 'hostile', '--print', '--no-color'], {env});
		assert.equal(printed.code, 0);
		assert.doesNotMatch(printed.stdout, drives);
		assert.match(printed.stdout, /Title with a window title/);
		assert.match(printed.stdout, /"a quote {2}blinking"/);
		const listed = await run(['--list'], {env});
		assert.doesNotMatch(listed.stdout + listed.stderr, drives);
		const json = JSON.parse((await run(['--article', 'hostile', '--json'], {env})).stdout);
		assert.doesNotMatch(JSON.stringify(json), /\\u00(1b|07|9b)|\\u202e/i);
		assert.doesNotMatch(json.paragraphs.join(''), drives);
	});

	test('a file name with control characters is skipped, and the warning spells them out', async () => {
		const {stderr} = await run(['--list'], {env});
		assert.match(stderr, /skipping name\\u001b\[2J\.txt: its name holds control or invisible characters/);
	});
});

describe('--print on a terminal lays out for its size', () => {
	/** Runs broadsheet with stdout a pseudo-terminal of that size; resolves with what it wrote and its exit code. */
	async function onTerminal(args, cols, rows) {
		// Named, not default: under tsx the CommonJS module has no default export.
		const {spawn} = await import('@lydell/node-pty');
		const env = cleanEnv();
		return new Promise(resolve => {
			const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {cols, rows, env, cwd: root});
			let output = '';
			child.onData(data => (output += data));
			child.onExit(({exitCode}) => resolve({code: exitCode, output: output.replaceAll('\r\n', '\n')}));
		});
	}

	test('at 60×20 a page is 18 lines no wider than 60', async () => {
		const {code, output} = await onTerminal(['--article', seed, '--print', '--page', '2', '--no-color'], 60, 20);
		assert.equal(code, 0);
		const lines = output.split('\n').slice(0, -1);
		assert.ok(lines.length > 10 && lines.length <= 18, `${lines.length} lines`);
		for (const line of lines) assert.ok(stringWidth(line) <= 60, line);
		const piped = await run(['--article', seed, '--print', '--page', '2', '--width', '60', '--height', '20']);
		assert.equal(output, piped.stdout);
	});

	test('a terminal under 10×3 is a usage error naming its size', async () => {
		const {code, output} = await onTerminal(['--article', seed, '--print'], 8, 20);
		assert.equal(code, 2);
		assert.match(output, /^broadsheet: the terminal is 8×20; laying out needs at least 10×3/);
	});
});

test('a ref that holds control characters comes back spelled out, on one line', async () => {
	const result = await run(['--article', 'a\nb\u001B]0;x\u0007', '--json']);
	assert.equal(result.code, 1);
	oneLine(result.stderr);
	assert.match(result.stderr, /no article "a\\u000ab\\u001b\]0;x\\u0007"/);
});

test('a link to a file whose name starts with two dots stays inside the folder', async () => {
	const dir = folderWith({'..dots.txt': 'Dotted title\n'});
	symlinkSync('..dots.txt', path.join(dir, 'alias.txt'));
	const result = await run(['--article', 'alias', '--json'], {env: cleanEnv({BROADSHEET_DIR: dir})});
	assert.equal(result.code, 0, result.stderr);
	assert.equal(JSON.parse(result.stdout).title, 'Dotted title');
});
