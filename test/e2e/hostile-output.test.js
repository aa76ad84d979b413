// Where output goes wrong (issue 7, items 14 and 15): a stdout that fails is
// one line and exit 1, a closed pipe is no error, and a long stderr on a pipe
// arrives whole before the process ends.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {closeSync, openSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {articleFolder} from '../support/articles.js';
import {cleanEnv, cli, run, shipped} from './helpers.js';

const seed = 'us-prudent-arms-taiwan';

/** Runs broadsheet with stdout opened on /dev/full: every write to it fails with ENOSPC. */
function toFullDevice(args, env) {
	const full = openSync('/dev/full', 'w');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], {env, stdio: ['ignore', full, 'pipe']});
		closeSync(full);
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
		child.on('error', reject);
		child.on('close', code => resolve({code, stderr}));
	});
}

function seeded() {
	const dir = articleFolder({[`${seed}.txt`]: readFileSync(path.join(shipped, `${seed}.txt`))});
	return cleanEnv({BROADSHEET_DIR: dir});
}

const fullLine = 'broadsheet: cannot write output: no space left on device\n';

for (const args of [['--list'], ['--list', '--json'], ['--article', seed, '--print'], ['--article', seed, '--json'], ['--reactions'], ['--help'], ['--version']]) {
	test(`${args.join(' ')} to a full device: one line, exit 1`, async () => {
		const {code, stderr} = await toFullDevice(args, seeded());
		assert.equal(stderr, fullLine);
		assert.equal(code, 1);
	});
}

test('--react to a full device stores the pick, and its one line says so, exit 1', async () => {
	const env = seeded();
	const {code, stderr} = await toFullDevice(['--article', seed, '--react', 'happy'], env);
	assert.equal(stderr, `broadsheet: ${seed}: 😊 happy is stored, but cannot write output: no space left on device\n`);
	assert.equal(code, 1);
	const stored = await run(['--reactions', '--json'], {env});
	assert.equal(JSON.parse(stored.stdout)[0]?.reaction, 'happy', stored.stdout);
});

test('a reader that closes the pipe early is no error: exit 0, nothing on stderr', async () => {
	const files = Object.fromEntries(Array.from({length: 3000}, (_, index) => [`article-${String(index).padStart(5, '0')}.txt`, `Title number ${index} of a list long enough to fill a pipe\n`]));
	const env = cleanEnv({BROADSHEET_DIR: articleFolder(files)});
	const {code, stderr} = await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, '--list'], {env, stdio: ['ignore', 'pipe', 'pipe']});
		let err = '';
		child.stdout.once('data', () => child.stdout.destroy());
		child.stderr.setEncoding('utf8').on('data', chunk => (err += chunk));
		child.on('error', reject);
		child.on('close', status => resolve({code: status, stderr: err}));
	});
	assert.equal(stderr, '');
	assert.equal(code, 0);
});

/**
 * Runs broadsheet with stderr a pipe that nobody reads until the process has
 * exited (or, if it is still waiting for its stderr to be read, after a
 * while): a process that exits with its stderr undrained loses what the pipe
 * could not hold. What arrives is all that the process handed on.
 */
function slowReader(args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], {env, stdio: ['ignore', 'ignore', 'pipe']});
		child.stderr.pause();
		let exited = false;
		const read = () => {
			let stderr = '';
			child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
			child.on('close', code => resolve({code, stderr}));
			// Paused by hand, a stream flows again only when told to.
			child.stderr.resume();
		};

		// A process still waiting on its stderr is read after 3 s; one that exited is read at once.
		const fallback = setTimeout(read, 3000);
		child.on('exit', () => {
			if (exited) return;
			exited = true;
			clearTimeout(fallback);
			read();
		});
		child.on('error', reject);
	});
}

test('a long error on a pipe arrives whole before exit 1 (past what the pipe holds), however slowly the pipe is read', async () => {
	// A prefix that 1,000 articles share: the error names them all, 240 KB
	// (more than the pipe and the reader's buffer hold, 128 KB).
	const ids = Array.from({length: 1000}, (_, index) => `same-${'long'.repeat(58)}-${String(index).padStart(3, '0')}`);
	const dir = articleFolder(Object.fromEntries(ids.map(id => [`${id}.txt`, 'Title\n'])));
	const expected = `broadsheet: "same" matches 1000 articles: ${ids.join(', ')}\n`;
	const {code, stderr} = await slowReader(['--article', 'same', '--json'], cleanEnv({BROADSHEET_DIR: dir}));
	assert.equal(stderr.length, expected.length);
	assert.equal(stderr, expected);
	assert.equal(code, 1);
});
