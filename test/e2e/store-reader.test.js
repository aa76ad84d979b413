// Issue 7 items 3, 8 and 9, in the reader run in a real pseudo-terminal: a
// lock another process holds never stalls it and a pick it could not save is
// said on the way out (exit 1); a store that cannot be read still lets
// articles be listed and read, and the status line says why reactions are
// missing; a pick made with --react while the reader is open shows.
import assert from 'node:assert/strict';
import {mkdirSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, test} from 'node:test';
import {clearInterval, setInterval} from 'node:timers';
import {run} from './helpers.js';
import {leaveAlternateScreen, startTerminal, terminalEnv} from './terminal.js';

const seed = 'us-prudent-arms-taiwan';
const wholeList = /^broadsheet .* {2}8 articles$/m;
const anyPage = /^Page \d+\/\d+/m;

const started = [];
const keepers = [];
async function startReader(args, env, firstScreen) {
	const terminal = startTerminal(args, {env, cols: 250});
	started.push(terminal);
	await terminal.waitFor(firstScreen);
	await terminal.ready();
	return terminal;
}

afterEach(async () => {
	for (const keeper of keepers.splice(0)) clearInterval(keeper);
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

/** Holds the store's lock as another process would: the lock folder, kept fresh so it never turns stale. */
function holdLock(env) {
	const lock = path.join(env.BROADSHEET_CONFIG_DIR, 'config.json.lock');
	mkdirSync(lock, {recursive: true});
	keepers.push(setInterval(() => {
		const now = new Date();
		utimesSync(lock, now, now);
	}, 1000));
	return lock;
}

// Wide enough for the status line to hold the whole reason, the temporary path and all.
const statusRow = terminal => terminal.lines()[terminal.rows - 2];
const afterScreen = terminal => terminal.output().slice(terminal.output().lastIndexOf(leaveAlternateScreen));

// Every write waits about 20 s for a held lock before the fix: these deadlines are far shorter than the work would take.
const shortOfOneWait = 12_000;

describe('a lock another process holds', () => {
	test('a pick fails at once, Ctrl+C quits at once, and the pick not saved is said after the screen is given back, with exit 1', {timeout: 60_000}, async () => {
		const env = terminalEnv();
		writeFileSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'), '{}');
		holdLock(env);
		const terminal = await startReader(['--article', seed], env, anyPage);
		terminal.press('pageDown');
		terminal.press('r');
		await terminal.waitFor(() => statusRow(terminal).startsWith('React'), shortOfOneWait);
		terminal.press('5');
		await terminal.waitFor('Not saved:', shortOfOneWait);
		assert.match(statusRow(terminal), /another process holds its lock/);
		terminal.press('escape');
		terminal.press('pageDown');
		terminal.press('ctrlC');
		const {code} = await terminal.waitForExit(shortOfOneWait);
		assert.equal(code, 1);
		const said = afterScreen(terminal).replace(/\u001B\[[\d;?]*[A-Za-z]/g, '');
		assert.match(said, new RegExp(`broadsheet: a reaction was not saved \\(${seed}\\): another process holds its lock \\(remove .*; reactions store .*config\\.json\\)`));
	});

	test('page turns queued behind the lock do not hold up quitting; with no pick lost it exits 0', {timeout: 60_000}, async () => {
		const env = terminalEnv();
		holdLock(env);
		const terminal = await startReader(['--article', seed], env, anyPage);
		for (let turn = 0; turn < 4; turn++) terminal.press('pageDown');
		terminal.press('q');
		await terminal.waitFor(wholeList, shortOfOneWait);
		terminal.press('q');
		const {code} = await terminal.waitForExit(shortOfOneWait);
		assert.equal(code, 0);
	});
});

describe('a store that cannot be read', () => {
	test('config.json a folder: the list and the articles still open, the status line says why, q exits 0', {timeout: 60_000}, async () => {
		const env = terminalEnv();
		mkdirSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'));
		const terminal = await startReader([], env, wholeList);
		await terminal.waitFor(() => /^cannot read: it is a folder, not a file \(reactions store .*config\.json\)/.test(statusRow(terminal)));
		terminal.press('enter');
		await terminal.waitFor(anyPage);
		terminal.press('q');
		await terminal.waitFor(wholeList);
		terminal.press('q');
		const {code} = await terminal.waitForExit();
		assert.equal(code, 0);
	});
});

describe('picks made elsewhere while the reader is open', () => {
	test('a --react from another shell shows at the next key', {timeout: 60_000}, async () => {
		const env = terminalEnv();
		const terminal = await startReader([], env, wholeList);
		const row = () => terminal.lines().find(line => line.includes('US must be prudent')) ?? '';
		assert.doesNotMatch(row(), /😠/);
		const {code, stderr} = await run(['--article', seed, '--react', 'angry'], {env});
		assert.equal(code, 0, stderr);
		terminal.press('down');
		await terminal.waitFor(() => row().includes('😠'));
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	});
});
