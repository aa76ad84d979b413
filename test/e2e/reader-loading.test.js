// The reader's frame while a large folder is read (issue 7, item 18): it is
// drawn before the reading starts and says how far it has got, then the list;
// q and Ctrl+C quit at once meanwhile, the terminal given back; --article
// resolves its ref after the reading, a bad one a line on stderr once the
// screen is restored. No time is asserted: the reading may be over before a
// key lands, and then the key quits the list, which exits the same way.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, before, describe, test} from 'node:test';
import {tempDir} from '../support/temp.js';
import {enterAlternateScreen, leaveAlternateScreen, showCursor, startTerminal} from './terminal.js';

const started = [];
function start(args) {
	const terminal = startTerminal(args);
	started.push(terminal);
	return terminal;
}

afterEach(async () => {
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

const count = 20_000;
let dir;
before(() => {
	dir = tempDir('broadsheet-loading-');
	for (let index = 0; index < count; index++) writeFileSync(path.join(dir, `${index}.txt`), '');
});

const list = /^broadsheet .* 0 articles · 20000 skipped$/m;
// Everything written before the list: the reading frame, drawn before the folder is read.
const readingDrawn = terminal => /Reading (the folder|[\d,]+ of 20,000 files)…/.test(terminal.output());

describe('the reader while a large folder is read', () => {
	test('the reading frame is drawn first, in the alternate screen, then the list', async () => {
		const terminal = start(['--dir', dir]);
		await terminal.waitFor(list, 30_000);
		const output = terminal.output();
		const reading = output.search(/Reading (the folder|[\d,]+ of 20,000 files)…/);
		assert.ok(reading > output.indexOf(enterAlternateScreen), 'the reading frame is drawn in the reader\'s screen');
		assert.ok(reading < output.indexOf('20000 skipped'), 'before the list');
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	});

	for (const [name, key] of [['q', 'q'], ['Ctrl+C', '\u0003']]) {
		test(`${name} while the folder is read exits 0 with the screen restored`, async () => {
			const terminal = start(['--dir', dir]);
			await terminal.waitFor(() => readingDrawn(terminal), 30_000);
			terminal.press(key);
			const {code} = await terminal.waitForExit(30_000);
			assert.equal(code, 0);
			assert.equal(terminal.alternateScreen, false);
			const output = terminal.output();
			assert.ok(output.lastIndexOf(leaveAlternateScreen) > output.lastIndexOf(enterAlternateScreen));
			assert.ok(output.lastIndexOf(showCursor) > output.lastIndexOf('\u001B[?25l'), 'the cursor is shown');
		});
	}

	test('a bad --article is one line on stderr, exit 1, after the screen is restored', async () => {
		const terminal = start(['--dir', dir, '--article', 'nope']);
		const {code} = await terminal.waitForExit(30_000);
		assert.equal(code, 1);
		assert.equal(terminal.alternateScreen, false);
		const output = terminal.output();
		const error = output.indexOf('broadsheet: no article "nope"');
		assert.ok(error > output.lastIndexOf(leaveAlternateScreen), 'said on the shell\'s screen');
		assert.match(terminal.screen(), /^broadsheet: no article "nope" in .*$/m);
	});
});
