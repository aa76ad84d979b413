// The reaction picker: its question and items, moving and picking with
// arrows, Enter and digits, clearing with x, closing with Esc, all written
// to a real store in a temporary folder and read back.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {reactions} from '../../source/news/catalogue.js';
import {ShownScreen} from '../../source/ui/screens/index.js';
import {ThemeProvider} from '../../source/ui/screens/theme.js';
import {start, step} from '../../source/ui/reader/step.js';
import {article, library} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {eightReactions, pureReader} from '../support/reader.js';
import {tempDir} from '../support/temp.js';
import {cursorLine, renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(resetRenders);

const short = article('short', {title: 'A short one'});
const items = reactions.map((reaction, index) => `${index + 1} ${reaction.emoji} ${reaction.label}`);

async function openPicker(fields: Parameters<typeof renderApp>[0]) {
	const app = await renderApp({openId: 'short', ...fields});
	await app.press('r');
	return app;
}

test('r opens the picker: the default question, the seven reactions in order, the first highlighted', async () => {
	const app = await openPicker({library: library([short])});
	const lines = app.lines();
	assert.equal(lines[0], 'How did you feel after reading this news?');
	assert.deepEqual(lines.slice(2, 9).map(line => line.slice(2)), items);
	assert.equal(lines[2], '❯ 1 😊 Happy');
	assert.match(lines.at(-1)!, /^React {2}A short one.*1–7 pick · x clear · q cancel/);
});

test("the article's own prompt is the question", async () => {
	const app = await openPicker({library: library([article('short', {prompt: 'Would you share this with your family?'})])});
	assert.equal(app.lines()[0], 'Would you share this with your family?');
});

test('each digit picks its reaction at once, saves it and returns with a confirmation', async () => {
	for (const [index, reaction] of reactions.entries()) {
		const store = tempStore();
		const app = await openPicker({library: library([short]), store});
		await app.press(String(index + 1));
		assert.equal(store.reactionOf('short')?.reaction, reaction.id);
		assert.match(app.lines().at(-1)!, new RegExp(`^Page 1/1 100% {2}Saved: ${reaction.emoji} ${reaction.label}`));
		await app.press('q');
		assert.ok(cursorLine(app.frame())!.endsWith(reaction.emoji), 'the list shows it');
		await resetRenders();
	}
});

test('arrows and j/k move, Enter picks', async () => {
	const cases: Array<[presses: string[], id: string]> = [
		[[keys.enter], 'happy'],
		[[keys.down, keys.down, keys.enter], 'surprised'],
		[['j', 'j', 'j', 'k', keys.enter], 'surprised'],
		[[keys.down, keys.up, keys.enter], 'happy'],
		// The ends stop the highlight, as in the list: no wrapping round.
		[[keys.up, keys.enter], 'happy'],
		[['k', 'k', keys.down, keys.enter], 'hopeful'],
		[[...Array.from({length: 9}, () => keys.down), keys.enter], 'angry'],
		[[...Array.from({length: 9}, () => 'j'), 'k', keys.enter], 'sad'],
	];
	for (const [presses, id] of cases) {
		const store = tempStore();
		const app = await openPicker({library: library([short]), store});
		await app.press(...presses);
		assert.equal(store.reactionOf('short')?.reaction, id, JSON.stringify(presses));
		await resetRenders();
	}
});

test('the picker opens on the current pick; picking again replaces it', async () => {
	const store = tempStore();
	await store.setReaction('short', 'worried');
	const app = await openPicker({library: library([short]), store});
	assert.equal(cursorLine(app.frame()), '❯ 5 😟 Worried ✓');
	await app.press(keys.down, keys.enter);
	assert.equal(store.reactionOf('short')?.reaction, 'sad');
	await app.press('r');
	assert.equal(cursorLine(app.frame()), '❯ 6 😢 Sad ✓');
});

test('Esc closes without change', async () => {
	const store = tempStore();
	await store.setReaction('short', 'hopeful');
	const app = await openPicker({library: library([short]), store});
	await app.press(keys.down, keys.escape);
	assert.match(app.lines().at(-1)!, /^Page 1\/1 \d+% {2}🤞 A short one/);
	assert.equal(store.reactionOf('short')?.reaction, 'hopeful');
	await app.press('q');
	assert.ok(cursorLine(app.frame())!.endsWith('🤞'));
});

test("x clears the article's reaction", async () => {
	const store = tempStore();
	await store.setReaction('short', 'angry');
	await store.setReaction('other', 'happy');
	const app = await openPicker({library: library([short, article('other')]), store});
	await app.press('x');
	assert.equal(store.reactionOf('short'), undefined);
	assert.equal(store.reactionOf('other')?.reaction, 'happy', 'only this article');
	assert.match(app.lines().at(-1)!, /^Page 1\/1 \d+% {2}Reaction cleared/);
	await app.press('q');
	assert.ok(!cursorLine(app.frame())!.includes('😠'));
});

test('a store that cannot be written shows an error on the status line, and the reader goes on', async () => {
	const dir = tempDir();
	const store = tempStore(path.join(dir, 'config'));
	// The store's folder cannot be made: a file stands in its place.
	writeFileSync(path.join(dir, 'config'), 'not a folder');
	const app = await openPicker({library: library([short]), store, columns: 120});
	await app.press('5');
	assert.match(app.lines().at(-1)!, /^React {2}Not saved: \S+config is not a folder \(reactions store /, 'the reason first, the path last');
	assert.equal(app.lines()[0]!.trim(), 'How did you feel after reading this news?', 'still in the picker');
	assert.ok(app.listening());
	await app.press(keys.escape, ' ');
	assert.match(app.frame(), /How did you feel/, 'the reader still works');
});

test('on a terminal too short for a row each, the reactions go on one line (issue 9), and still pick', async () => {
	const store = tempStore();
	const app = await openPicker({library: library([short]), store, columns: 12, rows: 4});
	const lines = app.lines();
	assert.equal(lines.length, 3);
	// 12 columns hold two cells: the highlighted one always among them.
	assert.equal(lines[1], '❯1😊  2🤞');
	await app.press(keys.down, keys.down);
	assert.match(app.lines()[1]!, /❯3😮/);
	await app.press(keys.enter);
	assert.equal(store.reactionOf('short')?.reaction, 'surprised');
});

test('a digit picks its own reaction wherever the highlight is, whatever the size', async () => {
	const cases: Array<[columns: number, rows: number, stored: string | undefined, presses: string[], id: string]> = [
		[40, 7, 'sad', ['1'], 'happy'],
		[40, 7, 'sad', ['7'], 'angry'],
		[40, 7, undefined, ['6'], 'sad'],
		[40, 7, undefined, [keys.down, keys.down, keys.down, keys.down, '2'], 'hopeful'],
		[12, 4, 'worried', ['3'], 'surprised'],
		// Past the ends at full size: the list does not turn round under the digits.
		[80, 24, 'angry', [keys.down, '1'], 'happy'],
		[80, 24, undefined, [keys.up, '7'], 'angry'],
		[80, 24, undefined, [keys.up, keys.up, '2'], 'hopeful'],
	];
	for (const [columns, rows, stored, presses, id] of cases) {
		const store = tempStore();
		if (stored) await store.setReaction('short', stored as 'sad');
		const app = await openPicker({library: library([short]), store, columns, rows});
		await app.press(...presses);
		const name = `${columns}×${rows} on ${stored}: ${JSON.stringify(presses)}`;
		assert.equal(store.reactionOf('short')?.reaction, id, name);
		if (columns >= 40) assert.match(app.lines().at(-1)!, /^Page 1\/1 \d+% {2}Saved/, name);
		await resetRenders();
	}
});

test('at 40×7 the compact picker shows every reaction after its digit, points at the highlighted one and names it', async () => {
	const row = (frame: string) => frame.split('\n').find(line => line.includes('1😊'))!;
	const app = await openPicker({library: library([short]), columns: 40, rows: 7});
	// The name gets the columns left after the seven cells (four at 40), cut short if it must be.
	assert.equal(row(app.frame()), '❯1😊  2🤞  3😮  4😐  5😟  6😢  7😠  Hap…');
	await app.press(keys.down, keys.down, keys.down, keys.down);
	assert.equal(row(app.frame()), ' 1😊  2🤞  3😮  4😐 ❯5😟  6😢  7😠  Wor…');
	await app.press('j', 'j', 'j');
	assert.match(row(app.frame()), /❯7😠 {2}Ang…$/, 'the highlight stops at the end');
	await app.press('k', 'k', 'k', 'k', 'k', 'k', 'k');
	assert.match(row(app.frame()), /^❯1😊/, 'and at the start');
});

test('opened on a pick, the compact picker points at it and ticks it', async () => {
	const store = tempStore();
	await store.setReaction('short', 'sad');
	const app = await openPicker({library: library([short]), store, columns: 40, rows: 7});
	assert.ok(app.lines().some(line => line === ' 1😊  2🤞  3😮  4😐  5😟 ❯6😢✓  7😠  Sad'), app.frame());
});

test('a catalogue of eight draws eight reactions, the eighth under 8 in the hints', async () => {
	const {context, view} = pureReader({articles: [short], catalogue: eightReactions, rows: 14});
	const picker = step(start(context, 'short').state, {type: 'command', command: 'react'}, context).state;
	const app = render(<ThemeProvider colour={false}><ShownScreen shown={view(picker)} /></ThemeProvider>);
	const lines = (app.lastFrame() ?? '').split('\n');
	assert.deepEqual(lines.slice(2, 10).map(line => line.slice(2)), [...items, '8 🤔 Curious']);
	assert.match(lines.at(-1)!, /^React {2}A short one.*1–8 pick · x clear · q cancel/);
	app.unmount();
});

test('the picker is no trap: q closes it as Esc does, and the keys a reader presses next save nothing (issue 9, defect 1)', async () => {
	const store = tempStore();
	const app = await renderApp({library: library([article('one', {title: 'The newest one'}), short]), store});
	// List, G, Enter on a one-page article: its last page says what Space does there.
	await app.press('G', keys.enter);
	assert.match(app.lines().at(-1)!, /^Page 1\/1 .*Space react/);
	await app.press(' ');
	assert.match(app.frame(), /How did you feel/);
	await app.press('q');
	assert.match(app.lines().at(-1)!, /^Page 1\/1/);
	await app.press('j', keys.enter);
	await store.idle();
	assert.doesNotMatch(app.frame(), /Saved/);
	assert.deepEqual({...store.reactions()}, {});
	await app.press(' ', keys.escape);
	assert.match(app.lines().at(-1)!, /^Page 1\/1/);
});

test('r in the list reacts to the highlighted article without opening it, and goes back to the list', async () => {
	const store = tempStore();
	const app = await renderApp({library: library([article('one', {title: 'The newest one'}), short]), store});
	await app.press('j', 'r');
	assert.match(app.frame(), /How did you feel/);
	assert.match(app.lines().at(-1)!, /A short one/);
	await app.press('3');
	await store.idle();
	for (let tries = 0; tries < 50 && !/Saved/.test(app.frame()); tries++) await app.press();
	assert.match(app.lines().at(-1)!, /Saved: 😮 Surprised/);
	assert.match(cursorLine(app.frame())!, /A short one/);
	assert.match(cursorLine(app.frame())!, /😮/);
	assert.equal(store.reactionOf('short')?.reaction, 'surprised');
	assert.deepEqual({...store.places()}, {}, 'reacting from the list does not open the article');
	// Cancelled from the list, it goes back to the list too.
	await app.press('k', 'r', 'q');
	assert.match(cursorLine(app.frame())!, /The newest one/);
	assert.deepEqual({...store.reactions()}, {short: store.reactionOf('short')});
});

test('the reaction kept for an article shows beside its title in the status line while it is read', async () => {
	const store = tempStore();
	const app = await renderApp({library: library([short]), store, openId: 'short'});
	assert.match(app.lines().at(-1)!, /^Page 1\/1 \d+% {2}A short one/);
	await app.press('r', '5');
	await store.idle();
	for (let tries = 0; tries < 50 && !/Saved/.test(app.frame()); tries++) await app.press();
	await app.press('j');
	assert.match(app.lines().at(-1)!, /^Page 1\/1 \d+% {2}😟 A short one/);
});
