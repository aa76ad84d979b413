// The reaction picker: its question and items, moving and picking with
// arrows, Enter and digits, clearing with x, closing with Esc, all written
// to a real store in a temporary folder and read back.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {reactions} from '../../source/reactions/catalogue.js';
import {article, cursorLine, keys, library, renderApp, resetRenders, tempDir, tempStore} from './helpers.js';

afterEach(resetRenders);

const short = article('short', {title: 'A short one'});
const items = reactions.map(reaction => `${reaction.emoji} ${reaction.label}`);

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
	assert.equal(lines[2], '❯ 😊 Happy');
	assert.match(lines.at(-1)!, /^React {2}A short one.*1–7 pick · x clear · Esc cancel/);
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
		assert.match(app.lines().at(-1)!, new RegExp(`^Page 1/1 {2}Saved: ${reaction.emoji} ${reaction.label}`));
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
		[[keys.up, keys.enter], 'angry'],
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
	assert.equal(cursorLine(app.frame()), '❯ 😟 Worried ✓');
	await app.press(keys.down, keys.enter);
	assert.equal(store.reactionOf('short')?.reaction, 'sad');
	await app.press('r');
	assert.equal(cursorLine(app.frame()), '❯ 😢 Sad ✓');
});

test('Esc closes without change', async () => {
	const store = tempStore();
	await store.setReaction('short', 'hopeful');
	const app = await openPicker({library: library([short]), store});
	await app.press(keys.down, keys.escape);
	assert.match(app.lines().at(-1)!, /^Page 1\/1 {2}A short one/);
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
	assert.match(app.lines().at(-1)!, /^Page 1\/1 {2}Reaction cleared/);
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
	assert.match(app.lines().at(-1)!, /^React {2}Not saved: cannot write the reactions store .*config/);
	assert.equal(app.lines()[0]!.trim(), 'How did you feel after reading this news?', 'still in the picker');
	assert.ok(app.listening());
	await app.press(keys.escape, ' ');
	assert.match(app.frame(), /How did you feel/, 'the reader still works');
});

test('on a short terminal the picker shows what fits, and still picks', async () => {
	const store = tempStore();
	const app = await openPicker({library: library([short]), store, columns: 12, rows: 4});
	const lines = app.lines();
	assert.equal(lines.length, 3);
	assert.equal(lines[1], '❯ 😊 Happy');
	await app.press(keys.down, keys.down, keys.enter);
	assert.equal(store.reactionOf('short')?.reaction, 'surprised');
});
