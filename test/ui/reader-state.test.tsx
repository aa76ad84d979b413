// The navigation reducer on its own: whatever the commands, the state stays
// coherent, and the article's page survives a change of size.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {layoutPages} from '../../source/layout/article-lines.js';
import {topBlock} from '../../source/layout/paginate.js';
import {type Command} from '../../source/ui/key-bindings.js';
import {currentPage, initialState, readingArticle, type ReaderState, step, type StepContext, visibleArticles} from '../../source/ui/reader-state.js';
import {article, longParagraphs, numbered} from './helpers.js';

const articles = [...numbered(25), article('long', {title: 'Long read', paragraphs: longParagraphs(12)})];

function contextAt(width: number, rows: number, places: Record<string, number> = {}): StepContext {
	return {
		articles,
		listHeight: Math.max(1, rows - 3),
		size: `${width}x${rows}`,
		pagesOf: item => layoutPages(item, width, rows),
		placeOf: id => places[id],
	};
}

const commands: Command[] = ['up', 'down', 'first', 'last', 'open', 'filter', 'erase', 'clear', 'next', 'previous', 'back', 'react', 'cancel', 'help'];
const event = fc.oneof(
	fc.constantFrom(...commands).map(command => ({type: 'command' as const, command})),
	fc.constantFrom('0', '1', 'Long', 'z', ' ').map(text => ({type: 'text' as const, text})),
);

function assertCoherent(state: ReaderState, context: StepContext) {
	const visible = visibleArticles(state, context);
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
	fc.assert(fc.property(fc.integer({min: 0, max: 30}), fc.integer({min: 10, max: 120}), fc.integer({min: 3, max: 50}), (turns, width, rows) => {
		const home = contextAt(80, 24);
		let state = initialState(home, 'long');
		for (let turn = 0; turn < turns; turn++) state = step(state, {type: 'command', command: 'next'}, home);
		if (state.mode !== 'article') return;
		const homePages = home.pagesOf(articles.at(-1)!);
		const page = currentPage(state.reading!, homePages, home.size);
		const block = topBlock(homePages[page]!);
		const away = contextAt(width, rows);
		const awayPages = away.pagesOf(articles.at(-1)!);
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
