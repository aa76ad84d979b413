// The reader's first frame is painted before Ink and React load, then Ink
// draws over it (issue 10): Ink taking over must change nothing on screen,
// and keys pressed at the first frame must act, none lost and none echoed.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {cells, headlessTerminal, written} from '../support/cells.js';
import {startTerminal} from './terminal.js';

const started = [];
afterEach(async () => {
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

function start(args, size) {
	const terminal = startTerminal(args, size);
	started.push(terminal);
	return terminal;
}

// Ink writes each frame in a synchronized update: its first frame is the output between the first of these.
const inkBegins = '\u001B[?2026h';
const inkEnds = '\u001B[?2026l';

async function screenOf(output, cols, rows) {
	const terminal = headlessTerminal(cols, rows);
	await written(terminal, output);
	const shown = cells(terminal);
	terminal.dispose();
	return shown;
}

describe('the first frame, before Ink and after', () => {
	for (const [args, cols, rows, shows] of [
		[[], 100, 30, 'Valley transit'],
		[[], 80, 24, 'Valley transit'],
		[[], 50, 16, '8 articles'],
		[['--article', 'winter-transit-plan'], 100, 30, 'Page 1/'],
	]) {
		test(`${args.join(' ') || 'the list'} at ${cols}×${rows}: the painted frame is up before Ink draws, and Ink's first frame changes no cell of it`, async () => {
			const terminal = start(args, {cols, rows});
			await terminal.waitFor(() => terminal.output().includes(inkEnds));
			const output = terminal.output();
			const begins = output.indexOf(inkBegins);
			const painted = output.slice(0, begins);
			assert.ok(painted.includes(shows), `the painter drew ${shows} before Ink`);
			const handedOver = output.slice(0, output.indexOf(inkEnds, begins) + inkEnds.length);
			assert.deepEqual(await screenOf(handedOver, cols, rows), await screenOf(painted, cols, rows));
		});
	}
});

describe('keys at the first frame', () => {
	test('j j and Enter pressed the moment the list is painted open the third article; nothing is echoed', async () => {
		const terminal = start([], {cols: 100, rows: 30});
		await terminal.waitFor(() => terminal.output().includes('Valley transit'));
		terminal.press('j');
		terminal.press('j');
		terminal.press('enter');
		await terminal.waitFor(/^Page 1\//m);
		// Newest first: the lantern festival, the council's budget, then the library.
		assert.match(terminal.lines()[0], /Riverside library reopens/);
		terminal.press('q');
		await terminal.waitFor(/8 articles/);
		assert.match(terminal.lines().find(line => line.startsWith('❯')) ?? '', /Riverside library/, 'back on the list, the cursor where Enter was pressed');
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
		// The main screen is as the reader found it: no key was echoed onto it.
		assert.deepEqual(terminal.lines().filter(line => line.trim() !== ''), []);
	});

	test('q pressed at the first frame quits, whether or not Ink is up yet', async () => {
		const terminal = start([], {cols: 100, rows: 30});
		await terminal.waitFor(() => terminal.output().includes('Valley transit'));
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
		assert.ok(!terminal.alternateScreen, 'the screen is given back');
		assert.deepEqual(terminal.lines().filter(line => line.trim() !== ''), []);
	});
});
