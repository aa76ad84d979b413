// The library index is a cache: what the program writes is the same with it
// (built, or read back), without it (a cache folder that cannot be written),
// and after it is deleted, across a folder of every kind of file.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {cleanEnv, root, run, shipped, tempDir} from './helpers.js';

const seed = readFileSync(path.join(shipped, 'us-prudent-arms-taiwan.txt'), 'utf8');

/** The shipped articles, and beside them files of every shape §1 names, each aged an hour so that the index keeps it. */
function variedFolder() {
	const dir = tempDir('broadsheet-varied-');
	cpSync(shipped, dir, {recursive: true});
	const files = {
		'empty.txt': '',
		'blank.txt': '\n \n\t\n',
		'binary.txt': Buffer.from([0x54, 0x69, 0x00, 0x74]),
		'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xE9, 0x0A]),
		'bom-crlf.txt': '\uFEFF2026-03-01\r\n\r\nA title after a BOM\r\n\r\nnews\r\n\r\nA summary line\r\n\r\nBy Ann Lee, The Paper, Mar 1: The lead.\r\n\r\nMore body.\r\n\r\nLink: https://example.com/a\r\n\r\nWhat do you think?\r\n',
		'cjk.txt': '2026年2月5日\n\n港湾镇灯笼节\n\n中文abc 一二三。\n',
		'undated.txt': 'Just a title\n\nA body with 𝐀 astral letters and 😊 emoji.\n',
		'controls.txt': 'Title with \u001B[31mcolour\u001B[0m\n\nBody\u0007 with a bell.\n',
		'long-summary.txt': `5 February 2026\n\nTitle\n\n${'Summary words. '.repeat(200)}\n\nBy Someone, Somewhere: ${seed.slice(0, 2000)}\n`,
	};
	for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
	writeFileSync(Buffer.from(`${dir}/caf\xE9.txt`, 'latin1'), 'Not UTF-8 by name\n');
	mkdirSync(path.join(dir, 'folder.txt'));
	symlinkSync(path.join(dir, 'cjk.txt'), path.join(dir, 'link-inside.txt'));
	symlinkSync('/etc/hostname', path.join(dir, 'link-out.txt'));
	const then = new Date(Date.now() - 3_600_000);
	for (const name of readdirSync(dir, {encoding: 'buffer'})) utimesSync(Buffer.concat([Buffer.from(dir + path.sep), name]), then, then);
	return dir;
}

/** Every command that reads the folder, its stdout and stderr, under one environment. */
async function outputs(dir, env) {
	const said = {};
	for (const args of [['--list', '--json'], ['--list'], ['--article', 'bom-crlf', '--json'], ['--article', 'cjk', '--print', '--width', '40', '--height', '10'], ['--reactions', '--json']]) {
		const {code, stdout, stderr} = await run(['--dir', dir, ...args], {env});
		said[args.join(' ')] = {code, stdout, stderr};
	}

	return said;
}

test('--list, --article and --reactions say the same with the index built, read back, deleted and unwritable', async () => {
	const dir = variedFolder();
	const cache = tempDir('broadsheet-cache-');
	const blocker = path.join(tempDir(), 'a-file');
	writeFileSync(blocker, 'not a folder');
	const store = tempDir('broadsheet-store-');
	// Places to count in pages (the list's ~ and `page`), one marked unread.
	const at = '2026-02-01T00:00:00.000Z';
	const reading = {'us-prudent-arms-taiwan': {paragraph: 5, at}, 'winter-transit-plan': {paragraph: 30, at}, 'bom-crlf': {paragraph: 1, at, unread: true}, 'lost-dog-found': {paragraph: 0, at}};
	writeFileSync(path.join(store, 'config.json'), JSON.stringify({reactions: {'cjk': {reaction: 'happy', at}}, reading}));
	const env = cache => cleanEnv({XDG_CACHE_HOME: cache, BROADSHEET_CONFIG_DIR: store});
	const unindexed = await outputs(dir, env(blocker));
	const built = await outputs(dir, env(cache));
	const indexes = readdirSync(path.join(cache, 'broadsheet'));
	assert.equal(indexes.length, 1, indexes.join(', '));
	const readBack = await outputs(dir, env(cache));
	rmSync(path.join(cache, 'broadsheet'), {recursive: true});
	const rebuilt = await outputs(dir, env(cache));
	assert.deepEqual(built, unindexed);
	assert.deepEqual(readBack, unindexed);
	assert.deepEqual(rebuilt, unindexed);
	// The folder held what it should: the list is not empty, and every odd file was said.
	const listed = JSON.parse(unindexed['--list --json'].stdout);
	assert.ok(listed.length >= 13, `${listed.length} listed`);
	for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'latin1.txt', 'folder.txt', 'link-out.txt']) assert.match(unindexed['--list --json'].stderr, new RegExp(name.replace('.', '\\.')));
	assert.equal(listed.find(row => row.id === 'bom-crlf').words, 4);
	assert.ok(listed.find(row => row.id === 'us-prudent-arms-taiwan').page > 1);
	assert.match(unindexed['--list'].stdout, /~ +2026-02-05 .* us-prudent-arms-taiwan /);
});

test('a place counted in pages is kept in the index for the file as it is, and counted again once it changes', async () => {
	const dir = variedFolder();
	const store = tempDir('broadsheet-store-');
	writeFileSync(path.join(store, 'config.json'), JSON.stringify({reading: {'us-prudent-arms-taiwan': {paragraph: 5, at: '2026-02-01T00:00:00.000Z'}}}));
	const env = cleanEnv({BROADSHEET_CONFIG_DIR: store});
	const page = async () => JSON.parse((await run(['--dir', dir, '--list', '--json'], {env})).stdout).find(row => row.id === 'us-prudent-arms-taiwan').page;
	const counted = await page();
	const [index] = readdirSync(path.join(env.XDG_CACHE_HOME, 'broadsheet')).map(name => path.join(env.XDG_CACHE_HOME, 'broadsheet', name));
	const value = JSON.parse(readFileSync(index, 'utf8'));
	const row = value.files.find(([name]) => name === 'us-prudent-arms-taiwan.txt');
	assert.deepEqual(row[3].slice(0, 2), [5, counted]);
	// Told another page, the list believes it: the count came from the index.
	row[3] = [5, 7, 9];
	writeFileSync(index, JSON.stringify(value));
	assert.equal(await page(), 7);
	// The file rewritten (the same text, a new identity): counted again.
	writeFileSync(path.join(dir, 'us-prudent-arms-taiwan.txt'), seed);
	assert.equal(await page(), counted);
});

test('a file rewritten after the index was made lists as it is now', async () => {
	const dir = variedFolder();
	const env = cleanEnv();
	await run(['--dir', dir, '--list', '--json'], {env});
	writeFileSync(path.join(dir, 'undated.txt'), 'A new title\n\nOne two three.\n');
	const rows = JSON.parse((await run(['--dir', dir, '--list', '--json'], {env})).stdout);
	assert.deepEqual(rows.filter(row => row.id === 'undated').map(row => [row.title, row.words]), [['A new title', 3]]);
});

test('a file that cannot be read is said to be unreadable but not kept in the index, which would keep the error as long as the file looks the same (run as another user when the tests run as root)', () => {
	const dir = tempDir('broadsheet-unreadable-');
	writeFileSync(path.join(dir, 'good.txt'), 'A readable title\n\nA body.\n');
	writeFileSync(path.join(dir, 'locked.txt'), 'A locked title\n\nA body.\n');
	const then = new Date(Date.now() - 3_600_000);
	for (const name of ['good.txt', 'locked.txt']) utimesSync(path.join(dir, name), then, then);
	// Write-only for its owner; root reads any file, so as root the reader is `nobody`, who may enter the folder.
	chmodSync(path.join(dir, 'locked.txt'), 0o200);
	chmodSync(dir, 0o755);
	const env = cleanEnv();
	chmodSync(env.XDG_CACHE_HOME, 0o777);
	chmodSync(env.BROADSHEET_CONFIG_DIR, 0o777);
	const asRoot = process.getuid?.() === 0;
	let program = path.join(root, 'dist', 'cli.js');
	if (asRoot) {
		// The checkout may sit in a folder only its owner may enter: `nobody` runs a copy of the program.
		const copy = tempDir('broadsheet-open-');
		for (const part of ['dist', 'articles', 'package.json']) cpSync(path.join(root, part), path.join(copy, part), {recursive: true});
		chmodSync(copy, 0o755);
		program = path.join(copy, 'dist', 'cli.js');
	}

	const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', process.execPath, program] : [process.execPath, program];
	const result = spawnSync(command[0], [...command.slice(1), '--list', '--dir', dir], {env, encoding: 'utf8'});
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /A readable title/);
	assert.match(result.stderr, /locked\.txt.*unreadable \(EACCES\)/);
	const [index] = readdirSync(path.join(env.XDG_CACHE_HOME, 'broadsheet')).map(name => readFileSync(path.join(env.XDG_CACHE_HOME, 'broadsheet', name), 'utf8'));
	assert.match(index, /"good\.txt"/);
	assert.doesNotMatch(index, /locked\.txt/);
});
