// What a stranger's folder can hold (issue 7, items 6, 16, 17 and 18):
// invisible characters in text and names, names that are not UTF-8,
// articles too large to read, and a folder of 100,000 bad files.
import assert from 'node:assert/strict';
import {mkdirSync, openSync, closeSync, truncateSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {articleFolder} from '../support/articles.js';
import {cleanEnv, run, tempDir} from './helpers.js';

const invisible = /[\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/u;

test('invisible characters leave titles, links and JSON; names holding them are skipped, spelled out', async () => {
	const dir = articleFolder({
		'rlm.txt': 'Re\u200Fal \u200Btitle\u{E0041}\uFEFF\u2028here\n\nBody\u2060 text.\n\nLink: https://x.test/\u200Bpath\u061C\n',
		'rlm\u200F.txt': 'Impostor\n',
		'tag\u{E0067}.txt': 'Tagged\n',
	});
	const env = cleanEnv({BROADSHEET_DIR: dir});
	const listed = await run(['--list'], {env});
	assert.equal(listed.code, 0);
	assert.ok(listed.stdout.endsWith('  rlm  Real title here\n'), listed.stdout);
	assert.equal(listed.stdout.split('\n').length, 2, listed.stdout);
	assert.doesNotMatch(listed.stdout + listed.stderr, invisible);
	assert.match(listed.stderr, /skipping rlm\\u200f\.txt: its name holds control or invisible characters/);
	assert.match(listed.stderr, /skipping tag\\u\{e0067\}\.txt: its name holds control or invisible characters/);
	const json = await run(['--article', 'rlm', '--json'], {env});
	const article = JSON.parse(json.stdout);
	assert.equal(article.title, 'Real title here');
	assert.equal(article.link, 'https://x.test/path');
	assert.doesNotMatch(json.stdout, /\\u(00ad|061c|200[b-f]|202[89]|2060|feff)|\\ud(b40|b80)/i);
	const printed = await run(['--article', 'rlm', '--print'], {env});
	assert.doesNotMatch(printed.stdout, invisible);
	const named = await run(['--article', 'rlm\u200F', '--json'], {env});
	assert.equal(named.code, 1);
	assert.equal(named.stderr, String.raw`broadsheet: rlm\u200f.txt is not an article: its name holds control or invisible characters` + '\n');
});

test('a name that is not UTF-8 is read, its id spelling the byte \\xe9, and a ref so spelled opens it', async () => {
	const dir = tempDir('broadsheet-folder-');
	writeFileSync(Buffer.concat([Buffer.from(dir + '/latin1'), Buffer.from([0xE9]), Buffer.from('.txt')]), 'Caf\u00E9 society\n\nBody.\n');
	const env = cleanEnv({BROADSHEET_DIR: dir});
	const listed = await run(['--list'], {env});
	assert.equal(listed.stderr, '');
	assert.ok(listed.stdout.startsWith('1  '), listed.stdout);
	assert.ok(listed.stdout.endsWith('  latin1\\xe9  Caf\u00E9 society\n'), listed.stdout);
	const json = await run(['--article', String.raw`latin1\xe9`, '--json'], {env});
	assert.equal(json.code, 0, json.stderr);
	assert.equal(JSON.parse(json.stdout).id, String.raw`latin1\xe9`);
	const reacted = await run(['--article', 'latin1', '--react', 'happy'], {env});
	assert.equal(reacted.stdout, String.raw`latin1\xe9: 😊 happy` + '\n');
});

/** A sparse file of this many bytes: its size is there, the disk is not used. */
function sparse(file, bytes) {
	closeSync(openSync(file, 'w'));
	truncateSync(file, bytes);
}

test('an article over 64 MB is refused before it is read: one line and exit 1 when named, a warning when listed', async () => {
	const dir = articleFolder({'small.txt': 'Small\n'});
	sparse(path.join(dir, 'huge.txt'), 70 * 1024 * 1024);
	const env = cleanEnv({BROADSHEET_DIR: dir});
	for (const args of [['--article', 'huge', '--print'], ['--article', 'huge.txt', '--json'], ['--article', 'huge', '--react', 'sad']]) {
		const result = await run(args, {env});
		assert.equal(result.stderr, 'broadsheet: huge.txt is not an article: it is 70 MB; articles over 64 MB are not read\n', args.join(' '));
		assert.equal(result.code, 1);
	}

	const listed = await run(['--list'], {env});
	assert.equal(listed.code, 0);
	assert.equal(listed.stderr, 'broadsheet: skipping huge.txt: it is 70 MB; articles over 64 MB are not read\n');
	assert.match(listed.stdout, /small/);
});

test('5,000 empty files (as 100,000 would): 20 warnings, then one line counting the rest', async () => {
	const dir = tempDir('broadsheet-folder-');
	for (let index = 0; index < 5000; index++) closeSync(openSync(path.join(dir, `e${String(index).padStart(6, '0')}.txt`), 'w'));
	mkdirSync(path.join(dir, 'folder.txt'));
	writeFileSync(path.join(dir, 'nul.txt'), 'a\u0000b');
	writeFileSync(path.join(dir, 'real.txt'), 'Real\n');
	const {code, stdout, stderr} = await run(['--list'], {env: cleanEnv({BROADSHEET_DIR: dir})});
	assert.equal(code, 0);
	assert.ok(stdout.endsWith('  real  Real\n'), stdout);
	const lines = stderr.split('\n').slice(0, -1);
	assert.equal(lines.length, 21);
	assert.equal(lines[0], 'broadsheet: skipping e000000.txt: empty file');
	assert.equal(lines[19], 'broadsheet: skipping e000019.txt: empty file');
	assert.equal(lines[20], 'broadsheet: … and 4,982 more files skipped (empty file: 4,980; binary file (holds NUL bytes): 1; not a regular file: 1)');
});
