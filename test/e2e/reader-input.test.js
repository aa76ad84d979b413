// The reader's input and terminal in a real pseudo-terminal (issue 7, items
// 10–13): keys typed before it is ready, Esc and a key in one read, Ctrl+Z
// and SIGTSTP/SIGCONT, SIGQUIT, and warnings while it is up.
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {afterEach, describe, test} from 'node:test';
import {tempDir} from '../support/temp.js';
import {enterAlternateScreen, leaveAlternateScreen, showCursor, startTerminal, terminalEnv} from './terminal.js';
import {cli} from './helpers.js';

const anyPage = /^Page \d+\/\d+/m;
const wholeList = /^broadsheet .* {2}8 articles$/m;
const statusRow = terminal => terminal.lines()[terminal.rows - 2];
const sleep = ms => new Promise(resolve => {
	setTimeout(resolve, ms);
});

const started = [];
function start(args, options) {
	const terminal = startTerminal(args, options);
	started.push(terminal);
	return terminal;
}

afterEach(async () => {
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

/** The state letter of /proc/<pid>/stat: R, S, T (stopped)… */
function processState(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2)[0];
}

async function waitUntil(holds, what, timeout = 10_000) {
	const deadline = Date.now() + timeout;
	while (!holds()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(50);
	}
}

/** The cursor as the output last set it: shown unless hidden after the last show. */
function cursorShown(output) {
	const last = [...output.matchAll(/\u001B\[\?25([hl])/g)].at(-1);
	return last === undefined || last[0] === showCursor;
}

/** A folder of `count` undated articles, `Article number 0` first: reading it takes the reader a while to start. */
function bigFolder(count) {
	const dir = tempDir('broadsheet-big-');
	mkdirSync(dir, {recursive: true});
	for (let index = 0; index < count; index++) {
		writeFileSync(path.join(dir, `a${String(index).padStart(4, '0')}.txt`), `Article number ${index}\n\n${'Some words of text here. '.repeat(200)}\n`);
	}

	return dir;
}

describe('keys typed before the reader is ready (item 10)', () => {
	test('↓ Enter written at spawn, before the first frame, opens the second article', async () => {
		const terminal = start([]);
		// Typed while the terminal is still in line mode: the tty turns Enter into a line feed.
		terminal.press('\u001B[B\r');
		await terminal.waitFor(anyPage);
		assert.match(terminal.screen(), /Millbrook council passes budget/);
		terminal.press('q');
		await terminal.waitFor(wholeList);
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	});

	test('keys typed while the folder is read are not echoed and act once the reader is up', async () => {
		const dir = bigFolder(3000);
		const terminal = start(['--dir', dir]);
		// Raw mode comes before the reader's screen; the folder is read with the screen up (its reading frame),
		// and keys typed meanwhile wait for the list (item 18), as those typed before the screen is taken do.
		await terminal.ready(20_000);
		terminal.press('zzz');
		terminal.press('\u001B[B');
		terminal.press('\r');
		await terminal.waitFor(/^Article number 1$/m, 20_000);
		await terminal.waitFor(anyPage);
		terminal.press('q');
		await terminal.waitFor(/^broadsheet .* {2}3000 articles$/m);
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
		// Back on the shell's screen: nothing typed early was echoed there.
		assert.equal(terminal.alternateScreen, false);
		assert.doesNotMatch(terminal.screen(), /zzz|\^\[|\[B/);
		const before = terminal.output().slice(0, terminal.output().indexOf(enterAlternateScreen));
		assert.doesNotMatch(before, /zzz|\^\[/);
	});
});

describe('Esc and a key in one read (item 11)', () => {
	test('Esc q in one write in an article: Esc goes back to the list, q there quits', async () => {
		const terminal = start(['--article', 'riverside-library-reopens']);
		await terminal.waitFor(anyPage);
		await terminal.ready();
		terminal.press('\u001Bq');
		const {code} = await terminal.waitForExit();
		assert.equal(code, 0);
	});

	test('Esc j in one write in an article: back to the list, the next article highlighted', async () => {
		const terminal = start(['--article', 'riverside-library-reopens']);
		await terminal.waitFor(anyPage);
		await terminal.ready();
		terminal.press('\u001Bj');
		await terminal.waitFor(() => (terminal.lines().find(line => line.startsWith('❯')) ?? '').includes('Valley transit unveils winter plan'));
	});
});

describe('Ctrl+Z, SIGTSTP, SIGCONT and SIGQUIT (item 12)', () => {
	for (const [name, suspend] of [
		['Ctrl+Z', terminal => terminal.press('\u001A')],
		['SIGTSTP', terminal => terminal.kill('SIGTSTP')],
	]) {
		test(`${name} stops the reader with the screen given back; SIGCONT redraws it and keys work`, async () => {
			const terminal = start([]);
			await terminal.waitFor(wholeList);
			await terminal.ready();
			const {pid} = terminal.child;
			suspend(terminal);
			await waitUntil(() => processState(pid) === 'T', 'the process to stop');
			await terminal.waitFor(() => !terminal.alternateScreen);
			assert.ok(cursorShown(terminal.output()), 'the cursor is shown while stopped');
			assert.ok(!terminal.rawMode(), 'the terminal is back in line mode while stopped');
			const drawnBefore = terminal.output().length;
			process.kill(pid, 'SIGCONT');
			await terminal.waitFor(() => terminal.alternateScreen && wholeList.test(terminal.screen()));
			assert.ok(terminal.output().slice(drawnBefore).includes('8 articles'), 'the list is drawn again');
			assert.ok(!cursorShown(terminal.output()), 'the cursor is hidden again');
			await waitUntil(() => terminal.rawMode(), 'raw mode again');
			terminal.press('j');
			await terminal.waitFor(() => (terminal.lines().find(line => line.startsWith('❯')) ?? '').includes('Millbrook council'));
			terminal.press('q');
			assert.equal((await terminal.waitForExit()).code, 0);
		});
	}

	test('SIGCONT after a resize while stopped draws at the new size', async () => {
		const terminal = start([]);
		await terminal.waitFor(wholeList);
		await terminal.ready();
		const {pid} = terminal.child;
		terminal.press('\u001A');
		await waitUntil(() => processState(pid) === 'T', 'the process to stop');
		terminal.resize(60, 20);
		process.kill(pid, 'SIGCONT');
		// The status line sits one row above the bottom at the new height, and no row is left wrapped. The
		// terminal may tell of the new size only after SIGCONT (a SIGWINCH then): a frame of the old size can
		// come first, and must be wiped by the one at the new size, not leave rows wrapped under it.
		await terminal.waitFor(() => terminal.alternateScreen && /\bq quit\b/.test(terminal.lines()[18]) && terminal.wrappedRows().length === 0);
		assert.deepEqual(terminal.wrappedRows(), []);
	});

	test('stopped from a shell (Ctrl+Z), resized, fg: drawn at the new size, though the SIGWINCH went to the shell', async () => {
		// A shell in the foreground while the reader is stopped gets the resize; the reader asks the terminal on SIGCONT.
		const terminal = start([], {file: 'bash', argv: ['--norc', '--noprofile', '-i'], env: terminalEnv({PS1: '$ '})});
		await terminal.waitFor(/^\$ /m);
		terminal.press(`${process.execPath} ${cli}\r`);
		await terminal.waitFor(wholeList);
		await terminal.ready();
		terminal.press('\u001A');
		await terminal.waitFor(/Stopped/);
		terminal.resize(50, 16);
		await sleep(200);
		terminal.press('fg\r');
		await terminal.waitFor(() => terminal.alternateScreen && /\bq quit\b/.test(terminal.lines()[14] ?? '') && terminal.wrappedRows().length === 0);
		assert.match(terminal.lines()[1], /^❯ N .*…/u);
		terminal.press('q');
		await terminal.waitFor(/^\$ /m);
	});

	test('SIGQUIT gives the screen back and ends the reader by that signal', async () => {
		const terminal = start([]);
		await terminal.waitFor(wholeList);
		await terminal.ready();
		terminal.kill('SIGQUIT');
		const {code, signal} = await terminal.waitForExit();
		assert.ok(signal === 3 || code === 131, `exit code ${code}, signal ${signal}`);
		const output = terminal.output();
		assert.ok(output.lastIndexOf(leaveAlternateScreen) > output.lastIndexOf(enterAlternateScreen), 'the alternate screen was left');
		assert.ok(cursorShown(output));
		assert.equal(terminal.alternateScreen, false);
	});
});

describe('signals while the reader is busy laying out (item 2)', () => {
	// An article this size takes the reader seconds to lay out (15 s here before issue 7); should layout
	// become fast enough to be done before the signal, make it bigger.
	function hugeFolder() {
		const dir = tempDir('broadsheet-huge-');
		const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(20) + '\n\n';
		writeFileSync(path.join(dir, 'huge.txt'), 'A huge article\n\n' + paragraph.repeat(Math.ceil(20e6 / paragraph.length)));
		return dir;
	}

	for (const [signal, number] of [['SIGTERM', 15], ['SIGHUP', 1], ['SIGINT', 2]]) {
		test(`${signal} ends the reader at once while it lays out a huge article, and the screen is given back`, async () => {
			const terminal = start(['--dir', hugeFolder(), '--article', 'huge']);
			// The reader has taken the screen and is laying out its first page.
			await terminal.waitFor(() => terminal.alternateScreen, 30_000);
			assert.doesNotMatch(terminal.screen(), anyPage, 'still laying out');
			terminal.kill(signal);
			// Far sooner than the layout would take.
			const {code, signal: ended} = await terminal.waitForExit(5000);
			assert.ok(ended === number || code === 128 + number, `exit code ${code}, signal ${ended}`);
			assert.equal(terminal.alternateScreen, false);
			assert.ok(cursorShown(terminal.output()), 'the cursor is shown');
		});
	}
});

describe('warnings while the reader is up (item 13)', () => {
	test('a store found corrupt while the reader is open is said in the status line, not over the frame, and again after', async () => {
		const env = terminalEnv();
		const terminal = start(['--article', 'riverside-library-reopens'], {env});
		await terminal.waitFor(anyPage);
		await terminal.ready();
		const mark = terminal.output().length;
		writeFileSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'), '{not json');
		// The reader looks at the store's time once a second: it finds the file corrupt, sets it aside and says so.
		// No key is pressed until then, since a key clears the status line's message (the picker's own path, where
		// opening it finds the store corrupt, is test/ui/warnings.test.tsx's).
		await terminal.waitFor(() => terminal.output().slice(mark).includes('not valid JSON'));
		assert.match(statusRow(terminal), /not valid JSON/);
		// Drawn by the reader, in its status line: not a line on stderr written over the frame.
		assert.doesNotMatch(terminal.output().slice(mark), /broadsheet: /);
		assert.deepEqual(terminal.wrappedRows(), []);
		terminal.press('r');
		await terminal.waitFor(/^React/m);
		terminal.press('1');
		await terminal.waitFor(() => /^Page /.test(statusRow(terminal)));
		assert.doesNotMatch(terminal.output().slice(mark), /broadsheet: /);
		terminal.press('q');
		await terminal.waitFor(wholeList);
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
		// Said again once the screen is given back, so that it stays readable.
		assert.match(terminal.screen(), /^broadsheet: .*not valid JSON/m);
	});
});
