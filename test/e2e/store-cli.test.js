// Issue 7 items 3, 7, 8 and 9 through dist/cli.js: a crafted store cannot
// drive the terminal through --reactions; a store that cannot be read still
// lets --list and --json work, with one warning; --react, which must write,
// fails with one line; and a --react kept waiting by a held lock says so.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {chmodSync, cpSync, mkdirSync, rmdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, test} from 'node:test';
import {tempDir} from '../support/temp.js';
import {cleanEnv, cli, root, run} from './helpers.js';

const seed = 'us-prudent-arms-taiwan';
const drives = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function envWithStore(make) {
	const env = cleanEnv();
	make(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'));
	return env;
}

describe('--reactions shows nothing from the store that could drive the terminal', () => {
	const hostile = {
		reactions: {
			[seed]: {reaction: 'sad', at: '2026-11-28T10:15:00.000Z'},
			'title\u001B]0;pwned\u0007': {reaction: 'happy', at: '2026-11-28T10:15:00.000Z'},
			'clip\u001B]52;c;ZWNobyBoaQ==\u0007': {reaction: 'happy', at: '2026-11-28T10:15:00.000Z'},
			'c1\u009B2J': {reaction: 'happy', at: '2026-11-28T10:15:00.000Z'},
			'lost-dog-found': {reaction: 'angry', at: '2026-11-28T10:15:00Z (\u001B[2J\u001B]0;pwned\u0007)'},
		},
	};
	const env = envWithStore(file => writeFileSync(file, JSON.stringify(hostile)));

	for (const args of [['--reactions'], ['--reactions', '--json']]) {
		test(args.join(' '), async () => {
			const {code, stdout, stderr} = await run(args, {env});
			assert.equal(code, 0, stderr);
			assert.doesNotMatch(stdout, drives);
			assert.match(stdout, new RegExp(seed));
			assert.doesNotMatch(stdout, /lost-dog-found|pwned|ZWNobyBoaQ/);
		});
	}
});

describe('a store that cannot be read', () => {
	for (const [what, make, reason] of [
		['a folder', file => mkdirSync(file), 'it is a folder, not a file'],
		['a link loop', file => symlinkSync('config.json', file), 'too many symbolic links'],
	]) {
		test(`config.json ${what}: --list and --json work with one warning; --react and --reactions fail with one line`, async () => {
			const env = envWithStore(make);
			const file = path.join(env.BROADSHEET_CONFIG_DIR, 'config.json');
			const warning = `broadsheet: reactions unavailable: cannot read the reactions store ${file}: ${reason}\n`;
			const list = await run(['--list'], {env});
			assert.equal(list.code, 0, list.stderr);
			assert.equal(list.stdout.trimEnd().split('\n').length, 8);
			assert.equal(list.stderr, warning);
			const json = await run(['--article', seed, '--json'], {env});
			assert.equal(json.code, 0, json.stderr);
			assert.equal(JSON.parse(json.stdout).reaction, null);
			assert.equal(json.stderr, warning);
			const react = await run(['--article', seed, '--react', 'sad'], {env});
			assert.equal(react.code, 1);
			assert.equal(react.stderr, `broadsheet: cannot write the reactions store ${file}: ${reason}\n`);
			const reactions = await run(['--reactions'], {env});
			assert.equal(reactions.code, 1);
			assert.equal(reactions.stderr, `broadsheet: cannot read the reactions store ${file}: ${reason}\n`);
		});
	}
});

test('--react held up by a lock says it is waiting, and goes on once the lock is free', {timeout: 60_000}, async () => {
	const env = cleanEnv();
	const lock = path.join(env.BROADSHEET_CONFIG_DIR, 'config.json.lock');
	mkdirSync(lock, {recursive: true});
	const child = spawn(process.execPath, [cli, '--article', seed, '--react', 'sad'], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
	const told = new Promise(resolve => {
		child.stderr.setEncoding('utf8').on('data', chunk => {
			stderr += chunk;
			if (stderr.includes('\n')) resolve();
		});
	});
	const code = new Promise(resolve => {
		child.on('close', resolve);
	});
	await told;
	assert.equal(stderr, `broadsheet: waiting for the lock on ${lock}…\n`);
	// The other process finishes.
	rmdirSync(lock);
	assert.equal(await code, 0, stderr);
	assert.match(stdout, /: 😢 sad\n$/);
});

/** dist/, the shipped articles and package.json, copied where any user may read them; the copy's cli.js. */
function openCopy() {
	const copy = tempDir('broadsheet-open-');
	for (const part of ['dist', 'articles', 'package.json']) cpSync(path.join(root, part), path.join(copy, part), {recursive: true});
	chmodSync(copy, 0o755);
	return path.join(copy, 'dist', 'cli.js');
}

test('a config.json its user cannot read: --list lists, with one warning (run as another user when the tests run as root)', async () => {
	const env = cleanEnv();
	const file = path.join(env.BROADSHEET_CONFIG_DIR, 'config.json');
	writeFileSync(file, JSON.stringify({reactions: {[seed]: {reaction: 'sad', at: '2026-11-28T10:15:00.000Z'}}}));
	// Write-only for its owner; root reads any file, so as root the reader is `nobody`, who may enter the folder.
	chmodSync(file, 0o200);
	chmodSync(env.BROADSHEET_CONFIG_DIR, 0o755);
	const asRoot = process.getuid?.() === 0;
	const asOther = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', process.execPath] : [process.execPath];
	// The checkout may sit in a folder only its owner may enter: `nobody` runs a copy of the program.
	const program = asRoot ? openCopy() : cli;
	const {code, stdout, stderr} = await new Promise((resolve, reject) => {
		const child = spawn(asOther[0], [...asOther.slice(1), program, '--list'], {env, stdio: ['ignore', 'pipe', 'pipe']});
		let out = '';
		let err = '';
		child.stdout.setEncoding('utf8').on('data', chunk => (out += chunk));
		child.stderr.setEncoding('utf8').on('data', chunk => (err += chunk));
		child.on('error', reject);
		child.on('close', exit => resolve({code: exit, stdout: out, stderr: err}));
	});
	assert.equal(code, 0, stderr);
	assert.equal(stdout.trim().split('\n').length, 8);
	assert.equal(stderr, `broadsheet: reactions unavailable: cannot read the reactions store ${file}: permission denied\n`);
});
