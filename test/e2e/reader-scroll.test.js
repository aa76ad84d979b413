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
