// Issue 7 item 2: a command that does not write the store installs no signal
// handler (proper-lockfile, and signal-exit with it, load only when a write
// takes the lock), so SIGTERM ends it at once however busy it is.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import path from 'node:path';
import {describe, test} from 'node:test';
import {cleanEnv, cli, root, run} from './helpers.js';

const probe = ['--import', path.join(root, 'test/e2e/fixtures/store-signal-probe.js')];
const seed = 'us-prudent-arms-taiwan';
const scripting = [['--list'], ['--list', '--json'], ['--article', seed, '--print'], ['--article', seed, '--json'], ['--reactions'], ['--reactions', '--json']];

function listeners(stderr) {
	const found = /^sigterm-listeners: (\d+)$/m.exec(stderr);
	assert.ok(found, stderr);
	return Number(found[1]);
}

describe('scripting commands that only read install no signal handler', () => {
	for (const args of scripting) {
		test(args.join(' '), async () => {
			const {code, stderr} = await run(args, {nodeArgs: probe});
			assert.equal(code, 0, stderr);
			assert.equal(listeners(stderr), 0);
		});
	}

	test('--react, which writes, still takes the lock (and its handlers)', async () => {
		const {code, stderr} = await run(['--article', seed, '--react', 'sad'], {nodeArgs: probe});
		assert.equal(code, 0, stderr);
		assert.ok(listeners(stderr) > 0);
	});
});

// Busy for a minute after its first output; the deadline is far shorter than the work.
const busyFor = 60_000;
const deadline = 20_000;

describe('a busy command ends on SIGTERM without waiting for its work', () => {
	for (const args of [['--list'], ['--article', seed, '--print'], ['--article', seed, '--json']]) {
		test(args.join(' '), {timeout: deadline + 10_000}, async () => {
			const child = spawn(process.execPath, [...probe, cli, ...args], {env: cleanEnv({BUSY_AFTER_OUTPUT: String(busyFor)}), stdio: ['ignore', 'pipe', 'pipe']});
			const ended = new Promise(resolve => {
				child.on('exit', (code, signal) => resolve({code, signal}));
			});
			await new Promise(resolve => {
				child.stdout.once('data', resolve);
			});
			child.kill('SIGTERM');
			let timer;
			const outcome = await Promise.race([ended, new Promise(resolve => {
				timer = setTimeout(() => resolve('still running'), deadline);
			})]);
			clearTimeout(timer);
			if (outcome === 'still running') child.kill('SIGKILL');
			assert.deepEqual(outcome, {code: null, signal: 'SIGTERM'});
		});
	}
});
