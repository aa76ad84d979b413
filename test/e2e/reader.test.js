// The interactive reader (SPEC §6), run from dist/cli.js in a real
// pseudo-terminal and read back from the screen a terminal would draw.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {afterEach, describe, test} from 'node:test';
import stringWidth from 'string-width';
import {tempDir} from '../support/temp.js';
import {cli, run, shipped} from './helpers.js';
import {clearScreen, enterAlternateScreen, leaveAlternateScreen, showCursor, startTerminal, terminalEnv} from './terminal.js';

// The shipped articles, newest first (undated last, ties by id), each with the start of its title.
const newestFirst = [
	['harbour-lantern-festival', '🏮 港湾镇灯笼节'],
	['council-budget-vote', 'Millbrook council passes budget'],
	['riverside-library-reopens', 'Riverside library reopens'],
	['winter-transit-plan', 'Valley transit unveils winter plan'],
	['young-bakers-contest', 'Elmsford\'s young bakers'],
	['school-robotics-win', 'Kestrel Bay pupils win'],
	['us-prudent-arms-taiwan', 'US must be prudent'],
	['lost-dog-found', 'Lost sheepdog found safe'],
];
const titleOf = id => newestFirst.find(([known]) => known === id)[1];
// Each row shows the digit that picks it.
const reactionsShown = ['1 😊 Happy', '2 🤞 Hopeful', '3 😮 Surprised', '4 😐 Indifferent', '5 😟 Worried', '6 😢 Sad', '7 😠 Angry'];
const defaultQuestion = 'How did you feel after reading this news?';
const anyPage = /^Page \d+\/\d+/m;
// The list's header, unfiltered (filtered it reads `1 of 8 articles`).
const wholeList = /^broadsheet .* {2}8 articles$/m;

const started = [];
function start(args, options) {
	const terminal = startTerminal(args, options);
	started.push(terminal);
	return terminal;
}

/** Starts the reader and waits for its first screen and for it to read keys. */
async function startReader(args, options = {}, firstScreen = wholeList) {
	const terminal = start(args, options);
	await terminal.waitFor(firstScreen);
	await terminal.ready();
	return terminal;
}

afterEach(async () => {
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

async function articleJson(id, cols, rows) {
	const {code, stdout, stderr} = await run(['--article', id, '--json', '--width', String(cols), '--height', String(rows)]);
	assert.equal(code, 0, stderr);
	return JSON.parse(stdout);
}

/** Page n as --print lays it out: the reader must show exactly these lines. */
async function printedPage(id, n, cols, rows) {
	const {code, stdout, stderr} = await run(['--article', id, '--print', '--page', String(n), '--width', String(cols), '--height', String(rows), '--no-color']);
	assert.equal(code, 0, stderr);
	return stdout.replace(/\n$/, '').split('\n').map(line => line.trimEnd());
}

function storeOf(env) {
	return JSON.parse(readFileSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'), 'utf8'));
}

const statusRow = terminal => terminal.lines()[terminal.rows - 2];
const selectedRow = terminal => terminal.lines().find(line => line.startsWith('❯')) ?? '';
const pageShown = (n, count) => terminal => statusRow(terminal).startsWith(`Page ${n}/${count} `) || statusRow(terminal) === `Page ${n}/${count}`;

async function waitForPage(terminal, n, count) {
	const check = pageShown(n, count);
	await terminal.waitFor(() => check(terminal));
}

async function waitForSelected(terminal, title) {
	await terminal.waitFor(() => selectedRow(terminal).includes(title));
}

/** Nothing drawn wider than the terminal: no row wrapped onto the next, none wider than the width. */
function assertFits(terminal) {
	assert.deepEqual(terminal.wrappedRows(), [], `rows wrapped:\n${terminal.screen()}`);
	for (const line of terminal.lines()) assert.ok(stringWidth(line) <= terminal.cols, `wider than ${terminal.cols}: ${line}`);
}

/** The frame is rows − 1 lines: the status line on the second-to-last row, the last row free (SPEC §3). */
function assertStatusPlace(terminal) {
	const lines = terminal.lines();
	assert.notEqual(lines[terminal.rows - 2].trim(), '', `no status line above the last row:\n${terminal.screen()}`);
	assert.equal(lines[terminal.rows - 1].trim(), '', 'the last row is kept free');
}

async function assertShowsPage(terminal, id, n) {
	const expected = await printedPage(id, n, terminal.cols, terminal.rows);
	const body = terminal.lines().slice(0, terminal.rows - 2).map(line => line.trimEnd());
	while (expected.length < body.length) expected.push('');
	assert.deepEqual(body, expected);
}

/** After the reader ends: out of the alternate screen, the cursor shown, in that order at the end. */
function assertRestored(terminal) {
	const output = terminal.output();
	assert.ok(output.includes(enterAlternateScreen), 'the reader used the alternate screen');
	const left = output.lastIndexOf(leaveAlternateScreen);
	assert.ok(left > output.lastIndexOf(enterAlternateScreen), 'the alternate screen was left last');
	const cursor = [...output.matchAll(/\u001B\[\?25([hl])/g)].at(-1);
	assert.equal(cursor?.[0], showCursor, 'the cursor is shown at the end');
	assert.equal(output.slice(left).replaceAll(leaveAlternateScreen, '').replaceAll(showCursor, ''), '', 'nothing is drawn after the screen is given back');
	assert.equal(terminal.alternateScreen, false);
}

/** The body paragraph that holds this screen line (lines are paragraph text cut at spaces). */
function paragraphHolding(paragraphs, line) {
	const squeeze = text => text.replace(/\s+/g, ' ').trim();
	const holding = paragraphs.filter(paragraph => squeeze(paragraph).includes(squeeze(line)));
	assert.equal(holding.length, 1, `one paragraph holds "${line}"`);
	return holding[0];
}

const openingWords = paragraph => paragraph.split(/\s+/).slice(0, 4).join(' ');

describe('the reader at 80×24', () => {
	test('list → article → pages → picker → stored reaction → list → quit', async () => {
		const env = terminalEnv();
		const id = 'riverside-library-reopens';
		const {pages} = await articleJson(id, 80, 24);
		assert.ok(pages >= 3, 'the article spans at least three pages');
		const terminal = await startReader([], {env});
		const lines = terminal.lines();
		const header = lines[0].match(/^broadsheet {2}(.+) {2}8 articles$/);
		assert.ok(header, `header: ${lines[0]}`);
		assert.ok(shipped.endsWith(header[1].replace(/^…/, '')), `the folder shown (${header[1]}) is the shipped one`);
		newestFirst.forEach(([, title], index) => {
			assert.ok(lines[1 + index].includes(title), `row ${1 + index} holds "${title}": ${lines[1 + index]}`);
			assert.match(lines[1 + index], /^(❯| ) N /, 'never opened: marked');
		});
		assert.ok(selectedRow(terminal).includes(newestFirst[0][1]));
		// The columns line up in terminal cells, CJK titles included.
		const minutesAt = newestFirst.map((_, index) => terminal.columnOf(1 + index, ' min'));
		assert.equal(new Set(minutesAt).size, 1, `minutes columns: ${minutesAt}`);
		const datesAt = newestFirst.slice(0, 7).map((_, index) => terminal.columnOf(1 + index, '2026-'));
		assert.equal(new Set(datesAt).size, 1, `date columns: ${datesAt}`);
		assertStatusPlace(terminal);
		assertFits(terminal);

		terminal.press('down');
		await waitForSelected(terminal, titleOf('council-budget-vote'));
		terminal.press('j');
		await waitForSelected(terminal, titleOf(id));
		terminal.press('enter');
		await waitForPage(terminal, 1, pages);
		assert.equal(terminal.lines()[0], 'Riverside library reopens after two years of flood repairs');
		assertStatusPlace(terminal);
		await assertShowsPage(terminal, id, 1);

		for (const [key, n] of [['space', 2], ['b', 1], ['right', 2], ['left', 1], ['G', pages], ['g', 1], ['G', pages]]) {
			terminal.press(key);
			await waitForPage(terminal, n, pages);
		}

		await assertShowsPage(terminal, id, pages);
		// The next-page key on the last page asks.
		terminal.press('space');
		await terminal.waitFor(() => statusRow(terminal).startsWith('React'));
		const picker = terminal.lines();
		assert.equal(picker[0], defaultQuestion);
		const rows = reactionsShown.map(shown => picker.findIndex(line => line.slice(2) === shown));
		assert.ok(rows.every((row, index) => row > 0 && (index === 0 || row === rows[index - 1] + 1)), `the seven reactions in order:\n${picker.join('\n')}`);
		assert.equal(selectedRow(terminal), `❯ ${reactionsShown[0]}`, 'with no pick yet the first is highlighted');

		terminal.press('down');
		await waitForSelected(terminal, reactionsShown[1]);
		terminal.press('down');
		await waitForSelected(terminal, reactionsShown[2]);
		terminal.press('enter');
		await terminal.waitFor('Saved: 😮 Surprised');
		assert.ok(pageShown(pages, pages)(terminal), 'a pick returns to the article');
		const stored = storeOf(env).reactions[id];
		assert.equal(stored.reaction, 'surprised');
		assert.ok(!Number.isNaN(Date.parse(stored.at)));

		terminal.press('q');
		await terminal.waitFor(wholeList);
		const row = selectedRow(terminal);
		assert.ok(row.includes(titleOf(id)), `the cursor is on the article: ${row}`);
		assert.ok(row.endsWith('😮'), `its reaction is shown: ${row}`);
		assert.match(row, /^❯ {3}/, 'opened: no longer marked');
		assert.equal(terminal.lines().filter(line => line.includes('😮')).length, 1);

		// Ink 6 clears the whole screen on every render of a frame as tall as the terminal: flicker.
		assert.ok(!terminal.output().includes(clearScreen), 'no render cleared the screen');

		terminal.press('q');
		const {code} = await terminal.waitForExit();
		assert.equal(code, 0);
		assertRestored(terminal);
	});

	test('--article opens the article; the digit 5 picks Worried; q goes to the list', async () => {
		const env = terminalEnv();
		const id = 'us-prudent-arms-taiwan';
		const {pages} = await articleJson(id, 80, 24);
		const terminal = await startReader(['--article', id], {env}, anyPage);
		assert.ok(pageShown(1, pages)(terminal), statusRow(terminal));
		assert.equal(terminal.lines()[0], 'US must be prudent when supplying arms to Taiwan, Xi tells Trump');
		await assertShowsPage(terminal, id, 1);
		// Quotes stand out in colour; the words around them do not.
		const row = terminal.lines().findIndex(line => line.includes('"the most important issue"'));
		const quoteCell = terminal.cell(row, terminal.columnOf(row, 'most important'));
		const bodyCell = terminal.cell(row, terminal.columnOf(row, 'China'));
		assert.ok(!quoteCell.isFgDefault(), 'the quote is coloured');
		assert.ok(bodyCell.isFgDefault(), 'the body is not');

		terminal.press('r');
		await terminal.waitFor(() => statusRow(terminal).startsWith('React'));
		terminal.press('5');
		await terminal.waitFor('Saved: 😟 Worried');
		assert.equal(storeOf(env).reactions[id].reaction, 'worried');

		// The picker opens on the current pick; Esc leaves it unchanged.
		terminal.press('r');
		await terminal.waitFor(() => statusRow(terminal).startsWith('React'));
		assert.match(selectedRow(terminal), /^❯ 5 😟 Worried/);
		terminal.press('escape');
		await waitForPage(terminal, 1, pages);
		assert.equal(storeOf(env).reactions[id].reaction, 'worried');

		terminal.press('q');
		await terminal.waitFor(wholeList);
		assert.ok(selectedRow(terminal).includes(titleOf(id)));
		assert.ok(selectedRow(terminal).endsWith('😟'));
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
		assertRestored(terminal);
	});

	test('the other keys: k, g, G, PgDn, l, PgUp, h, End, Home, Esc, and the filter', async () => {
		const id = 'council-budget-vote';
		const {pages} = await articleJson(id, 80, 24);
		assert.equal(pages, 3, 'the steps below assume three pages');
		const terminal = await startReader([]);

		for (const [key, title] of [['G', newestFirst.at(-1)[1]], ['g', newestFirst[0][1]], ['j', titleOf(id)], ['j', newestFirst[2][1]], ['k', titleOf(id)]]) {
			terminal.press(key);
			await waitForSelected(terminal, title);
		}

		terminal.press('enter');
		await waitForPage(terminal, 1, pages);
		for (const [key, n] of [['pageDown', 2], ['l', 3], ['pageUp', 2], ['h', 1], ['end', 3], ['home', 1]]) {
			terminal.press(key);
			await waitForPage(terminal, n, pages);
		}

		terminal.press('escape');
		await terminal.waitFor(wholeList);
		assert.ok(selectedRow(terminal).includes(titleOf(id)));

		terminal.press('/');
		await terminal.waitFor(() => statusRow(terminal).startsWith('/_'));
		terminal.press('robot');
		await terminal.waitFor(/1 of 8 articles/);
		assert.ok(selectedRow(terminal).includes(titleOf('school-robotics-win')));
		assert.equal(terminal.lines().filter(line => line.includes(' min')).length, 1);
		terminal.press('enter');
		await terminal.waitFor('Kestrel Bay pupils win regional robotics final');
		assert.match(statusRow(terminal), /^Page 1\//);
		terminal.press('q');
		await terminal.waitFor(/1 of 8 articles/);
		terminal.press('escape');
		await terminal.waitFor(wholeList);
		assert.ok(selectedRow(terminal).includes(titleOf('school-robotics-win')), 'clearing the filter keeps the article highlighted');
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	});

	test('keys that reach the program in one read act one by one', async () => {
		const terminal = await startReader([]);
		// A fast typist, a held key or tmux's send-keys can deliver "j j Enter" in one read.
		terminal.press('jj\r');
		await terminal.waitFor(/^Page 1\//m);
		assert.equal(terminal.lines()[0], 'Riverside library reopens after two years of flood repairs');
	});

	test('help: ? shows the keys of the view; longer than the screen, it scrolls; any other key closes it and does nothing else', async () => {
		const terminal = await startReader([]);
		terminal.press('?');
		await terminal.waitFor('Keys in the list');
		let lines = terminal.lines();
		for (const keys of [/^↑ k\s/, /^↓ j\s/, /^g\s/, /^G\s/, /^Enter\s/, /^\/\s/, /^Esc\s/, /^q\s/, /^\?\s/, /^Ctrl\+C\s/]) {
			assert.ok(lines.some(line => keys.test(line)), `help names ${keys}:\n${lines.join('\n')}`);
		}

		// The list's help is longer than 80×24 gives it: G scrolls to its end.
		terminal.press('G');
		await terminal.waitFor(/^Esc +clear the filter\n[\s\S]*Help, lines \d+–(\d+) of \1 /m);
		terminal.press('x');
		await terminal.waitFor(wholeList);
		assert.ok(selectedRow(terminal).includes(newestFirst[0][1]), 'the keys that scrolled and closed the help did not move the cursor');

		terminal.press('enter');
		await terminal.waitFor(/^Page 1\//m);
		terminal.press('?');
		await terminal.waitFor('Keys in an article');
		lines = terminal.lines();
		for (const keys of [/^↓ j Enter\s/, /^d Ctrl\+D\s/, /^Space f PgDn Ctrl\+F → l\s/, /^b PgUp Ctrl\+B ← h\s/, /^g Home\s/, /^G End\s/, /^r\s/, /^q Esc\s/]) {
			assert.ok(lines.some(line => keys.test(line)), `help names ${keys}:\n${lines.join('\n')}`);
		}

		terminal.press('x');
		await terminal.waitFor(/^Page 1\//m);
		assert.ok(!terminal.screen().includes('Keys in an article'));
		terminal.press('q');
		await terminal.waitFor(wholeList);
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	});
});

describe('resizing and small terminals', () => {
	test('a resize re-lays the article and keeps the paragraph at the top in view', async () => {
		const id = 'winter-transit-plan';
		const [article, smaller] = await Promise.all([articleJson(id, 80, 24), articleJson(id, 60, 20)]);
		const terminal = await startReader(['--article', id], {}, anyPage);
		assert.ok(pageShown(1, article.pages)(terminal), statusRow(terminal));
		for (const n of [2, 3, 4]) {
			terminal.press('space');
			await waitForPage(terminal, n, article.pages);
		}

		const top = terminal.lines()[0];
		const paragraph = paragraphHolding(article.paragraphs, top);

		terminal.resize(60, 20);
		await terminal.waitFor(() => new RegExp(`^Page \\d+/${smaller.pages} `).test(statusRow(terminal)));
		assert.ok(terminal.screen().includes(openingWords(paragraph)), `"${openingWords(paragraph)}" is still on the screen:\n${terminal.screen()}`);
		const n = Number(statusRow(terminal).match(/^Page (\d+)\//)[1]);
		await assertShowsPage(terminal, id, n);
		assertFits(terminal);
		assertStatusPlace(terminal);

		// Back at the first size, the very same page.
		terminal.resize(80, 24);
		await waitForPage(terminal, 4, article.pages);
		assert.equal(terminal.lines()[0], top);
	});

	for (const [cols, rows] of [[12, 4], [50, 16]]) {
		test(`at ${cols}×${rows} the list and an article fit`, async () => {
			const id = newestFirst[0][0];
			const {pages} = await articleJson(id, cols, rows);
			// At 12 columns the header keeps only the count.
			const terminal = await startReader([], {cols, rows}, /8 articles$/m);
			await waitForSelected(terminal, '🏮');
			assertFits(terminal);
			assertStatusPlace(terminal);

			terminal.press('enter');
			await waitForPage(terminal, 1, pages);
			assertFits(terminal);
			await assertShowsPage(terminal, id, 1);
			terminal.press('space');
			await waitForPage(terminal, 2, pages);
			assertFits(terminal);
			await assertShowsPage(terminal, id, 2);

			terminal.press('q');
			await terminal.waitFor(/8 articles$/m);
			assertFits(terminal);
			assert.ok(terminal.running, 'nothing crashed');
		});
	}

	test('at 40×7 the picker is one line, every reaction after its digit, and each digit picks its own reaction', async () => {
		const env = terminalEnv();
		const id = 'lost-dog-found';
		const stored = await run(['--article', id, '--react', 'sad'], {env});
		assert.equal(stored.code, 0, stored.stderr);
		const terminal = await startReader(['--article', id], {env, cols: 40, rows: 7}, anyPage);
		terminal.press('r');
		await terminal.waitFor(() => statusRow(terminal).startsWith('React'));
		// Seven rows do not fit: the reactions share one line, the current pick pointed at and ticked.
		const line = () => terminal.lines().find(row => row.includes('1😊')) ?? '';
		assert.match(line(), /^ 1😊 {2}2🤞 {2}3😮 {2}4😐 {2}5😟 ❯6😢✓ {2}7😠 {2}Sad$/);
		assertFits(terminal);
		assertStatusPlace(terminal);
		terminal.press('down');
		await terminal.waitFor(() => /❯7😠/.test(line()));
		terminal.press('down');
		terminal.press('1');
		await terminal.waitFor('Saved: 😊 Happy');
		assert.equal(storeOf(env).reactions[id].reaction, 'happy');

		terminal.press('r');
		await terminal.waitFor(() => statusRow(terminal).startsWith('React'));
		assert.match(line(), /^❯1😊✓/);
		terminal.press('7');
		await terminal.waitFor('Saved: 😠 Angry');
		assert.equal(storeOf(env).reactions[id].reaction, 'angry');
		terminal.press('q');
		await terminal.waitFor(/8 articles$/m);
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	});

	for (const [cols, rows] of [[9, 3], [40, 2]]) {
		test(`at ${cols}×${rows} the terminal is too small until it grows`, async () => {
			const message = cols >= 18 ? 'terminal too small' : 'too small';
			const terminal = await startReader([], {cols, rows}, new RegExp(`^${message}`));
			const [first, ...rest] = terminal.lines();
			assert.equal(first, message);
			assert.ok(rest.every(line => line === ''));
			// Keys wait for a usable terminal (all but q and Ctrl+C: below).
			terminal.press('enter');
			terminal.resize(80, 24);
			await terminal.waitFor(wholeList);
			assert.ok(selectedRow(terminal).includes(newestFirst[0][1]));
			assert.ok(!terminal.screen().includes(message));
			terminal.press('q');
			assert.equal((await terminal.waitForExit()).code, 0);
		});
	}
});

describe('ways out', () => {
	test('Ctrl+C in an article quits and gives the screen back', async () => {
		const terminal = await startReader(['--article', 'riverside-library-reopens'], {}, anyPage);
		terminal.press('ctrlC');
		const {code, signal} = await terminal.waitForExit();
		assert.equal(code, 0, `exit code ${code}, signal ${signal}`);
		assertRestored(terminal);
		assert.ok(!terminal.screen().includes('Riverside library'), 'the article is gone with the alternate screen');
	});

	for (const [name, steps] of [
		['the list', []],
		['the filter', [['/', /^\/_/m]]],
		['the picker', [['enter', anyPage], ['r', /^React/m]]],
		['help in the picker', [['enter', anyPage], ['r', /^React/m], ['?', 'Keys in the reaction picker']]],
		['help', [['?', 'Keys in the list']]],
	]) {
		test(`Ctrl+C in ${name} quits with 0 and gives the screen back`, async () => {
			const terminal = await startReader([]);
			for (const [key, shown] of steps) {
				terminal.press(key);
				await terminal.waitFor(shown);
			}

			terminal.press('ctrlC');
			assert.equal((await terminal.waitForExit()).code, 0);
			assertRestored(terminal);
		});
	}

	for (const [key, name] of [['q', 'q'], ['ctrlC', 'Ctrl+C']]) {
		test(`${name} on a screen too small quits with 0, from an article too`, async () => {
			const terminal = await startReader(['--article', 'riverside-library-reopens'], {cols: 40, rows: 2}, /^terminal too small/);
			terminal.press(key);
			assert.equal((await terminal.waitForExit()).code, 0);
			assertRestored(terminal);
		});
	}

	test('SIGTERM gives the screen back and ends by that signal', async () => {
		const terminal = await startReader(['--article', 'riverside-library-reopens'], {}, anyPage);
		terminal.kill('SIGTERM');
		const {code, signal} = await terminal.waitForExit();
		assert.ok(signal === 15 || code === 143, `exit code ${code}, signal ${signal}`);
		assertRestored(terminal);
	});

	for (const args of [[], ['--article', 'riverside-library-reopens']]) {
		test(`stdin not a terminal: broadsheet ${args.join(' ')} is a usage error`, async () => {
			const stderrFile = path.join(tempDir(), 'stderr');
			// stdout stays the terminal; stdin comes from /dev/null.
			const terminal = start([], {
				env: terminalEnv({NODE: process.execPath, CLI: cli, STDERR_FILE: stderrFile}),
				file: '/bin/sh',
				argv: ['-c', '"$NODE" "$CLI" "$@" < /dev/null 2> "$STDERR_FILE"; echo "EXIT=$?"', 'sh', ...args],
			});
			const screen = await terminal.waitFor(/EXIT=\d+/);
			assert.match(screen, /^EXIT=2$/m);
			assert.equal(screen.trim(), 'EXIT=2', 'nothing on stdout');
			assert.ok(!terminal.output().includes(enterAlternateScreen));
			const stderr = readFileSync(stderrFile, 'utf8');
			assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
			assert.match(stderr, /^broadsheet: .*--print.*--json|^broadsheet: .*--json.*--print/);
		});
	}
});

describe('reading places', () => {
	test('reopening an article finds the place where the reader left it', async () => {
		const env = terminalEnv();
		const id = 'winter-transit-plan';
		const {pages, paragraphs} = await articleJson(id, 80, 24);
		// The first page that starts with a paragraph after one that starts inside
		// one, found from --print so that a change of layout does not void the test.
		const startsParagraph = async n => {
			const top = (await printedPage(id, n, 80, 24))[0];
			return paragraphHolding(paragraphs, top).startsWith(top);
		};

		let exact = 3;
		while (!(await startsParagraph(exact)) || (await startsParagraph(exact - 1))) exact++;
		assert.ok(exact <= pages, 'a page that starts inside a paragraph, before one that starts with one');

		/** Opens the article from the list, as a user would. */
		async function openFromList() {
			const terminal = await startReader([], {env});
			terminal.press('G');
			await waitForSelected(terminal, newestFirst.at(-1)[1]);
			for (const [, title] of newestFirst.slice(3, -1).reverse()) {
				terminal.press('k');
				await waitForSelected(terminal, title);
			}

			terminal.press('enter');
			await terminal.waitFor(() => /^Page \d+\//.test(statusRow(terminal)));
			return terminal;
		}

		async function quit(terminal) {
			terminal.press('q');
			await terminal.waitFor(wholeList);
			terminal.press('q');
			assert.equal((await terminal.waitForExit()).code, 0);
		}

		let terminal = await openFromList();
		assert.ok(pageShown(1, pages)(terminal), 'never read: the first page');
		for (let n = 2; n <= exact; n++) {
			terminal.press('space');
			await waitForPage(terminal, n, pages);
		}

		// This page starts with a paragraph: its place is exact.
		const topExact = terminal.lines()[0];
		assert.ok(paragraphHolding(paragraphs, topExact).startsWith(topExact));
		await quit(terminal);
		assert.ok(storeOf(env).reading[id], 'the place is stored');

		terminal = await openFromList();
		assert.ok(pageShown(exact, pages)(terminal), statusRow(terminal));
		assert.equal(terminal.lines()[0], topExact);

		terminal.press('b');
		await waitForPage(terminal, exact - 1, pages);
		const topInside = terminal.lines()[0];
		assert.ok(!paragraphHolding(paragraphs, topInside).startsWith(topInside), `page ${exact - 1} starts inside a paragraph`);
		await quit(terminal);

		terminal = await openFromList();
		// It is the page before that comes back, not the page where its top paragraph begins.
		assert.ok(pageShown(exact - 1, pages)(terminal), statusRow(terminal));
		assert.equal(terminal.lines()[0], topInside);
	});

	test('a store that cannot be parsed is kept aside; the warning stays readable after the reader', async () => {
		const env = terminalEnv();
		writeFileSync(path.join(env.BROADSHEET_CONFIG_DIR, 'config.json'), '{not json');
		const terminal = await startReader([], {env});
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
		assertRestored(terminal);
		assert.equal(readdirSync(env.BROADSHEET_CONFIG_DIR).filter(name => name.startsWith('config.json.corrupt-')).length, 1);
		// Written before the alternate screen, so it is still there afterwards.
		const warning = terminal.screen().trim();
		assert.match(warning, /^broadsheet: .*not valid JSON/);
		assert.doesNotMatch(warning, /^broadsheet: broadsheet: /);
	});
});
