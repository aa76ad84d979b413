// Line scrolling in the built reader, in a real terminal: after a few lines
// down, Space lands on the next page boundary, and that page on screen is the
// very text `--print --page N` writes at the same size, wide terminals (the
// measure, centred) included.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {run} from './helpers.js';
import {startTerminal, terminalEnv} from './terminal.js';

const seed = 'us-prudent-arms-taiwan';
const started = [];
afterEach(async () => {
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

for (const [cols, rows] of [[120, 40], [200, 50], [80, 24]]) {
	test(`at ${cols}×${rows}: j j then Space shows page 2, exactly as --print --page 2 writes it`, async () => {
		const env = terminalEnv();
		const terminal = startTerminal(['--article', seed], {env, cols, rows});
		started.push(terminal);
		await terminal.waitFor(/^Page 1\/\d+ \d+%/m);
		await terminal.ready();
		terminal.press('j');
		terminal.press('j');
		await terminal.waitFor(() => /^Page 1\/\d+ \d+%/m.test(terminal.screen()) && !terminal.lines()[0].includes('US must be prudent'));
		terminal.press('space');
		await terminal.waitFor(/^Page 2\/\d+ \d+%/m);
		const printed = await run(['--article', seed, '--print', '--page', '2', '--width', String(cols), '--height', String(rows)], {env});
		assert.equal(printed.code, 0, printed.stderr);
		const expected = printed.stdout.replace(/\n$/, '').split('\n').map(line => line.trimEnd());
		const shown = terminal.lines().slice(0, expected.length);
		assert.deepEqual(shown, expected);
		assert.equal(terminal.lines().slice(expected.length, rows - 2).filter(line => line !== '').length, 0, 'nothing else above the status line');
	});
}

test('/ searches the article in a real terminal: the matching line goes to the top, n goes on, q leaves', async () => {
	const terminal = startTerminal(['--article', seed], {env: terminalEnv()});
	started.push(terminal);
	await terminal.waitFor(/^Page 1\/\d+ \d+%/m);
	await terminal.ready();
	terminal.press('/prudent');
	await terminal.waitFor(/^\/prudent_/m);
	terminal.press('enter');
	await terminal.waitFor(/\/prudent: match 1 of \d+/);
	terminal.press('n');
	await terminal.waitFor(/\/prudent: match 2 of \d+/);
	assert.match(terminal.lines()[0], /prudent/i);
	terminal.press('q');
	await terminal.waitFor(/articles$/m);
	terminal.press('q');
	assert.equal((await terminal.waitForExit()).code, 0);
});

test('J and K move through the articles within a filter, in a real terminal', async () => {
	const terminal = startTerminal([], {env: terminalEnv()});
	started.push(terminal);
	await terminal.waitFor(/articles$/m);
	await terminal.ready();
	terminal.press('/an');
	await terminal.waitFor(/^\/an_ +\d+ of \d+/m);
	const matches = Number(/^\/an_ +(\d+) of/m.exec(terminal.screen())[1]);
	assert.ok(matches >= 2);
	terminal.press('enter');
	await terminal.waitFor(/^Page 1\//m);
	const first = terminal.lines()[0];
	terminal.press('J');
	await terminal.waitFor(() => terminal.lines()[0] !== first && /^Page 1\//m.test(terminal.screen()));
	terminal.press('K');
	await terminal.waitFor(() => terminal.lines()[0] === first);
	terminal.press('K');
	await terminal.waitFor(/This is the first article/);
	terminal.press('q');
	terminal.press('q');
	assert.equal((await terminal.waitForExit()).code, 0);
});
