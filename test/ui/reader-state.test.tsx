// The navigation reducer on its own: whatever the commands, the state stays
// coherent, and the article's page survives a change of size.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {layoutPages} from '../../source/layout/article-lines.js';
import {topBlock} from '../../source/layout/paginate.js';
import {type ReactionId, reactions} from '../../source/news/catalogue.js';
import {type Command} from '../../source/ui/key-bindings.js';
import {pickerItemRows} from '../../source/ui/picker-view.js';
import {currentPage, initialState, pickerTop, readingArticle, type ReaderState, step, type StepContext, visibleArticles} from '../../source/ui/reader-state.js';
import {type Article} from '../../source/news/article.js';
import {article, longParagraphs, numbered} from './helpers.js';

const articles = [...numbered(25), article('long', {title: 'Long read', paragraphs: longParagraphs(12)})];

function contextAt(width: number, rows: number, places: Record<string, number> = {}, among: Article[] = articles, stored: Record<string, ReactionId> = {}): StepContext {
	return {
		articles: among,
		listHeight: Math.max(1, rows - 3),
		pickerHeight: pickerItemRows(Math.max(1, rows - 2)),
		size: `${width}x${rows}`,
		pagesOf: item => layoutPages(item, width, rows),
		placeOf: id => places[id],
		reactionOf: id => stored[id],
	};
}

const commands: Command[] = ['up', 'down', 'first', 'last', 'open', 'filter', 'erase', 'clear', 'next', 'previous', 'back', 'react', 'pick', 'choose1', 'choose7', 'unreact', 'cancel', 'help'];
const event = fc.oneof(
	fc.constantFrom(...commands).map(command => ({type: 'command' as const, command})),
	fc.constantFrom('0', '1', 'Long', 'z', ' ').map(text => ({type: 'text' as const, text})),
);

function assertCoherent(state: ReaderState, context: StepContext) {
	const visible = visibleArticles(state, context);
	assert.ok(state.picker.cursor >= 0 && state.picker.cursor < reactions.length, `picker cursor ${state.picker.cursor}`);
	if (state.mode === 'article' || state.mode === 'picker') {
		const open = readingArticle(state, context);
		assert.ok(open, 'an article is open');
		const pages = context.pagesOf(open);
		const page = currentPage(state.reading!, pages, context.size);
		assert.ok(page >= 0 && page < pages.length);
	} else {
		assert.equal(state.reading, null);
		if (visible.length > 0) assert.ok(state.cursor >= 0 && state.cursor < visible.length, `cursor ${state.cursor} of ${visible.length}`);
	}
}

test('any run of commands leaves a coherent state', () => {
	fc.assert(fc.property(fc.array(event, {maxLength: 60}), fc.integer({min: 10, max: 120}), fc.integer({min: 3, max: 50}), (events, width, rows) => {
		const context = contextAt(width, rows);
		let state = initialState(context);
		for (const next of events) {
			state = step(state, next, context);
			assertCoherent(state, context);
			assert.equal(state.quit, false);
			// A pick is written at once: nothing waits for it here.
			if (state.saving) state = step(state, {type: 'saved'}, context);
		}
	}));
});

test('back to the list puts the cursor on the article that was open', () => {
	fc.assert(fc.property(fc.integer({min: 0, max: 25}), fc.array(fc.constantFrom<Command>('next', 'previous', 'last', 'first'), {maxLength: 8}), (index, turns) => {
		const context = contextAt(80, 24);
		let state = initialState(context, articles[index]!.id);
		for (const command of turns) state = step(state, {type: 'command', command}, context);
		state = step(state, {type: 'command', command: 'back'}, context);
		assert.equal(visibleArticles(state, context)[state.cursor]?.id, articles[index]!.id);
		assert.ok(state.top <= state.cursor && state.cursor < state.top + context.listHeight);
	}));
});

test('a page chosen at one size is found again by its top block at another, and kept on return', () => {
	const longer = article('longer', {paragraphs: longParagraphs(60)});
	const home = contextAt(80, 24, {}, [longer]);
	const homePages = home.pagesOf(longer);
	assert.ok(homePages.length >= 10, `${homePages.length} pages`);
	// Every page, and never a turn past the last (that would open the picker).
	fc.assert(fc.property(fc.integer({min: 0, max: homePages.length - 1}), fc.integer({min: 10, max: 120}), fc.integer({min: 3, max: 50}), (turns, width, rows) => {
		let state = initialState(home, 'longer');
		for (let turn = 0; turn < turns; turn++) state = step(state, {type: 'command', command: 'next'}, home);
		assert.equal(state.mode, 'article');
		const page = currentPage(state.reading!, homePages, home.size);
		assert.equal(page, turns);
		const block = topBlock(homePages[page]!);
		const away = contextAt(width, rows, {}, [longer]);
		const awayPages = away.pagesOf(longer);
		const shown = awayPages[currentPage(state.reading!, awayPages, away.size)]!;
		assert.ok(shown.lines.some(line => line.block === block) || block === -1, `block ${block} in view at ${width}×${rows}`);
		assert.equal(currentPage(state.reading!, homePages, home.size), page);
	}));
});

test('an article opens at its stored place; paragraph 0 means the start', () => {
	const long = articles.at(-1)!;
	const cases: Array<[place: number | undefined, expectedBlock: number]> = [[undefined, -1], [0, -1], [5, 5], [11, 11]];
	for (const [place, block] of cases) {
		const context = contextAt(40, 10, place === undefined ? {} : {long: place});
		const state = initialState(context, 'long');
		assert.equal(state.reading?.block, block);
		const pages = context.pagesOf(long);
		const page = pages[currentPage(state.reading!, pages, context.size)]!;
		if (block >= 0) assert.ok(page.lines.some(line => line.block === block));
		else assert.equal(currentPage(state.reading!, pages, context.size), 0);
	}
});

test('help swallows the next command, whatever it is, but not an exit', () => {
	const context = contextAt(80, 24);
	for (const command of commands) {
		const helped = step(initialState(context), {type: 'command', command: 'help'}, context);
		assert.equal(helped.help, true);
		const after = step(helped, {type: 'command', command}, context);
		assert.deepEqual({...after, help: true}, helped, command);
	}

	const helped = step(initialState(context), {type: 'command', command: 'help'}, context);
	assert.equal(step(helped, {type: 'command', command: 'exit'}, context).quit, true);
});

test('Esc in the list keeps the window where it is; after a filter it keeps the highlighted article in view', () => {
	const context = contextAt(80, 10);
	const run = (commands: Array<Command | string>) => {
		let state = initialState(context);
		for (const command of commands) {
			state = command.startsWith('+')
				? step(state, {type: 'text', text: command.slice(1)}, context)
				: step(state, {type: 'command', command: command as Command}, context);
		}

		return state;
	};

	const cases: Array<[commands: Array<Command | string>, cursor: number, top: number]> = [
		[['last', 'up', 'up', 'up', 'up', 'clear'], 21, 19],
		[['down', 'down', 'clear'], 2, 0],
		[['last', 'first', 'down', 'clear'], 1, 0],
		// Filtered to Article 13 (row 13 of the whole list), then cleared: row 13 in view.
		[['filter', '+13', 'clear'], 13, 7],
	];
	for (const [commands, cursor, top] of cases) {
		const state = run(commands);
		assert.deepEqual({cursor: state.cursor, top: state.top}, {cursor, top}, commands.join(' '));
	}
});

test('the picker: opens on the stored pick, moves within the ends, keeps the highlight in its window, and asks for a write', () => {
	const pickerCommand = fc.constantFrom<Command>('up', 'down', 'up', 'down', 'help');
	fc.assert(fc.property(fc.option(fc.constantFrom(...reactions.map(reaction => reaction.id)), {nil: undefined}), fc.array(pickerCommand, {maxLength: 30}), fc.integer({min: 3, max: 12}), (stored, moves, rows) => {
		const context = contextAt(40, rows, {}, articles, stored ? {long: stored} : {});
		let state = step(initialState(context, 'long'), {type: 'command', command: 'react'}, context);
		assert.equal(state.mode, 'picker');
		let expected = Math.max(0, reactions.findIndex(reaction => reaction.id === stored));
		for (const command of moves) {
			assert.equal(state.picker.cursor, expected);
			const top = pickerTop(state, context);
			assert.ok(top <= expected && expected < top + context.pickerHeight, `row ${expected} in the window from ${top}`);
			if (!state.help && command === 'up') expected = Math.max(0, expected - 1);
			if (!state.help && command === 'down') expected = Math.min(reactions.length - 1, expected + 1);
			state = step(state, {type: 'command', command}, context);
		}

		if (state.help) state = step(state, {type: 'command', command: 'help'}, context);
		assert.equal(state.picker.cursor, expected, 'help changes nothing');
		const picked = step(state, {type: 'command', command: 'pick'}, context);
		assert.deepEqual(picked.saving, {id: 'long', reaction: reactions[expected]!.id});
	}));
});

test('a pick waits for its write: keys do nothing meanwhile but quit; the answer closes the picker or says why not', () => {
	const context = contextAt(80, 24, {}, articles, {long: 'sad'});
	const open = step(initialState(context, 'long'), {type: 'command', command: 'react'}, context);
	const cases: Array<[command: Command, reaction: ReactionId | null, saved: string]> = [
		['choose1', 'happy', 'Saved: 😊 Happy'],
		['choose7', 'angry', 'Saved: 😠 Angry'],
		['pick', 'sad', 'Saved: 😢 Sad'],
		['unreact', null, 'Reaction cleared'],
	];
	for (const [command, reaction, saved] of cases) {
		const waiting = step(open, {type: 'command', command}, context);
		assert.deepEqual(waiting.saving, {id: 'long', reaction}, command);
		for (const later of ['cancel', 'down', 'unreact', 'choose3', 'help'] as Command[]) assert.deepEqual(step(waiting, {type: 'command', command: later}, context), waiting, `${command} then ${later}`);
		assert.equal(step(waiting, {type: 'command', command: 'exit'}, context).quit, true);
		const done = step(waiting, {type: 'saved'}, context);
		assert.deepEqual({mode: done.mode, saving: done.saving, message: done.message}, {mode: 'article', saving: null, message: {text: saved, error: false}});
		const failed = step(waiting, {type: 'unsaved', error: 'disk full'}, context);
		assert.deepEqual({mode: failed.mode, saving: failed.saving, message: failed.message}, {mode: 'picker', saving: null, message: {text: 'Not saved: disk full', error: true}});
	}
});
