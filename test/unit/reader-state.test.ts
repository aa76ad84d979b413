// The reader's state machine on its own, against a store in memory: whatever
// the commands, the state stays coherent, the article's page survives a
// change of size, and every write or exit is an effect the step returns.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {type ArticlePages, type Page, topBlock} from '../../source/layout/index.js';
import type {Article} from '../../source/news/article.js';
import {type ReactionId, reactions} from '../../source/news/catalogue.js';
import type {Command} from '../../source/ui/reader/commands.js';
import {visibleArticles} from '../../source/ui/reader/list.js';
import {pickerTop} from '../../source/ui/reader/picker.js';
import {currentPage} from '../../source/ui/reader/reading.js';
import {openSession} from '../../source/ui/reader/session.js';
import type {Effect, ReaderEvent, ReaderState, Step, StepContext} from '../../source/ui/reader/state.js';
import {start, step} from '../../source/ui/reader/step.js';
import {screenSize, stepContext} from '../../source/ui/view/size.js';
import {article, longParagraphs, numbered} from '../support/articles.js';
import {memoryStore} from '../support/memory-store.js';

// Every page of the article, laid out: what the tests compare with.
const allPages = (pages: ArticlePages): Page[] => Array.from({length: pages.length}, (_, index) => pages.page(index));

const articles = [...numbered(25), article('long', {title: 'Long read', paragraphs: longParagraphs(12)})];

function contextAt(width: number, rows: number, places: Record<string, number> = {}, among: Article[] = articles, stored: Record<string, ReactionId> = {}): StepContext {
	return stepContext(among, reactions, screenSize(width, rows, 0), openSession(memoryStore({places, reactions: stored})));
}

const command = (name: Command): ReaderEvent => ({type: 'command', command: name});
/** The state after `events`, each from the state the one before it left. */
function run(state: ReaderState, events: ReaderEvent[], context: StepContext): Step {
	let last: Step = {state, effects: []};
	for (const event of events) last = step(last.state, event, context);
	return last;
}

const commands: Command[] = ['up', 'down', 'first', 'last', 'open', 'filter', 'erase', 'clear', 'next', 'previous', 'back', 'react', 'pick', {choose: 0}, {choose: 6}, 'unreact', 'cancel', 'help', 'nextArticle', 'previousArticle', 'halfDown', 'halfUp', 'toggleRead', 'unreadOnly', 'markAllRead', 'nextUnread', 'previousUnread'];
const event = fc.oneof(
	fc.constantFrom(...commands).map(command),
	fc.constantFrom('0', '1', 'Long', 'z', ' ').map(text => ({type: 'text' as const, text})),
);

function assertCoherent(state: ReaderState, context: StepContext) {
	const visible = visibleArticles(state, context);
	assert.ok(state.picker.cursor >= 0 && state.picker.cursor < reactions.length, `picker cursor ${state.picker.cursor}`);
	if (state.mode === 'article' || state.mode === 'picker') {
		assert.ok(context.articles.includes(state.reading.article), 'an article is open');
		const pages = context.pagesOf(state.reading.article);
		const page = currentPage(state.reading, pages, context.size);
		assert.ok(page >= 0 && page < pages.length);
	} else {
		assert.equal(state.reading, null);
		if (visible.length > 0) assert.ok(state.list.cursor >= 0 && state.list.cursor < visible.length, `cursor ${state.list.cursor} of ${visible.length}`);
	}
}

test('any run of commands leaves a coherent state', () => {
	fc.assert(fc.property(fc.array(event, {maxLength: 60}), fc.integer({min: 10, max: 120}), fc.integer({min: 3, max: 50}), (events, width, rows) => {
		const context = contextAt(width, rows);
		let {state} = start(context);
		for (const next of events) {
			const stepped = step(state, next, context);
			state = stepped.state;
			assertCoherent(state, context);
			assert.ok(stepped.effects.every(effect => effect.type !== 'quit'), 'nothing here quits');
			// A pick is written at once: nothing waits for it here.
			if (state.saving) state = step(state, {type: 'saved'}, context).state;
		}
	}));
});

test('back to the list puts the cursor on the article that was open', () => {
	fc.assert(fc.property(fc.integer({min: 0, max: 25}), fc.array(fc.constantFrom<Command>('next', 'previous', 'last', 'first'), {maxLength: 8}), (index, turns) => {
		const context = contextAt(80, 24);
		const {state} = run(start(context, articles[index]!.id).state, [...turns.map(command), command('back')], context);
		assert.equal(visibleArticles(state, context)[state.list.cursor]?.id, articles[index]!.id);
		assert.ok(state.list.top <= state.list.cursor && state.list.cursor < state.list.top + context.listHeight);
	}));
});

test('a page chosen at one size is found again by its top block at another, and kept on return', () => {
	const longer = article('longer', {paragraphs: longParagraphs(60)});
	const home = contextAt(80, 24, {}, [longer]);
	const homePages = home.pagesOf(longer);
	assert.ok(homePages.length >= 10, `${homePages.length} pages`);
	// Every page, and never a turn past the last (that would open the picker).
	fc.assert(fc.property(fc.integer({min: 0, max: homePages.length - 1}), fc.integer({min: 10, max: 120}), fc.integer({min: 3, max: 50}), (turns, width, rows) => {
		const {state} = run(start(home, 'longer').state, Array.from({length: turns}, () => command('next')), home);
		assert.equal(state.mode, 'article');
		assert.ok(state.reading);
		const page = currentPage(state.reading, homePages, home.size);
		assert.equal(page, turns);
		const block = homePages.topBlock(page);
		const away = contextAt(width, rows, {}, [longer]);
		const awayPages = away.pagesOf(longer);
		const shown = awayPages.page(currentPage(state.reading, awayPages, away.size));
		assert.ok(shown.lines.some(line => line.block === block) || block === -1, `block ${block} in view at ${width}×${rows}`);
		assert.equal(currentPage(state.reading, homePages, home.size), page);
	}));
});

test('an article opens at its stored place; paragraph 0 means the start', () => {
	const long = articles.at(-1)!;
	const cases: Array<[place: number | undefined, expectedBlock: number]> = [[undefined, -1], [0, -1], [5, 5], [11, 11]];
	for (const [place, block] of cases) {
		const context = contextAt(40, 10, place === undefined ? {} : {long: place});
		const {state, effects} = start(context, 'long');
		assert.equal(state.reading?.block, block);
		const pages = context.pagesOf(long);
		const page = pages.page(currentPage(state.reading!, pages, context.size));
		if (block >= 0) assert.ok(page.lines.some(line => line.block === block));
		else assert.equal(currentPage(state.reading!, pages, context.size), 0);
		// Opening stores the place it opened at: the header as paragraph 0.
		assert.deepEqual(effects, [{type: 'savePlace', id: 'long', paragraph: Math.max(0, block), opening: true}]);
	}
});

test('opening from the list and every page turn that moves the top block ask for the place to be saved; nothing else does', () => {
	const long = articles.at(-1)!;
	const context = contextAt(40, 10);
	const pages = context.pagesOf(long);
	const opened = run(start(context).state, [command('last'), command('open')], context);
	assert.deepEqual(opened.effects, [{type: 'savePlace', id: 'long', paragraph: 0, opening: true}]);
	let {state} = opened;
	for (const turn of ['next', 'next', 'previous', 'last', 'first', 'first', 'previous'] as const) {
		const before = state.reading!;
		const turned = step(state, command(turn), context);
		state = turned.state;
		const after = state.reading!;
		const moved = after.block !== before.block;
		assert.deepEqual(turned.effects, moved ? [{type: 'savePlace', id: 'long', paragraph: Math.max(0, topBlock(pages.page(after.page)))}] : [], turn);
	}

	for (const other of ['react', 'cancel', 'help', 'help', 'back'] as const) assert.deepEqual(step(state, command(other), context).effects, [], other);
	// Pages that start inside the same paragraph share a place: turning between them stores nothing.
	const sameBlock = allPages(pages).findIndex((page, index) => index > 0 && topBlock(page) === topBlock(pages.page(index - 1)));
	if (sameBlock > 0) {
		const onPage = run(start(context, 'long').state, Array.from({length: sameBlock - 1}, () => command('next')), context).state;
		assert.deepEqual(step(onPage, command('next'), context).effects, []);
	}
});

test('q in the list and Ctrl+C anywhere return the quit effect, and nothing else does', () => {
	const context = contextAt(80, 24);
	const places: Array<[name: string, events: ReaderEvent[]]> = [
		['the list', []],
		['the filter', [command('filter'), {type: 'text', text: 'a'}]],
		['an article', [command('open')]],
		['the picker', [command('open'), command('react')]],
		['help', [command('help')]],
		['a pick on its way', [command('open'), command('react'), command('pick')]],
	];
	const quit: Effect[] = [{type: 'quit'}];
	for (const [name, events] of places) {
		const {state} = run(start(context).state, events, context);
		assert.deepEqual(step(state, command('exit'), context).effects, quit, `Ctrl+C in ${name}`);
	}

	assert.deepEqual(step(start(context).state, command('quit'), context).effects, quit, 'q in the list');
});

test('help that fits swallows the next command, whatever it is, but not an exit', () => {
	const context = contextAt(80, 40);
	for (const next of commands) {
		const helped = step(start(context).state, command('help'), context).state;
		assert.equal(helped.help, true);
		const after = step(helped, command(next), context);
		assert.deepEqual({...after.state, help: true}, helped, JSON.stringify(next));
		assert.deepEqual(after.effects, []);
	}

	const helped = step(start(context).state, command('help'), context).state;
	assert.deepEqual(step(helped, command('exit'), context).effects, [{type: 'quit'}]);
});

test('help longer than the screen scrolls with the article\'s keys, within its length; any other command closes it', () => {
	const context = contextAt(80, 12);
	const maxTop = context.help.maxTop('list');
	assert.ok(maxTop > 0, 'the list\'s help is longer than 10 rows');
	const helped = step(start(context).state, command('help'), context).state;
	const after = (names: Command[]) => run(helped, names.map(name => command(name)), context).state;
	assert.equal(after(['down', 'down']).helpTop, 2);
	assert.equal(after(['down', 'up', 'up']).helpTop, 0);
	assert.equal(after(['next']).helpTop, Math.min(maxTop, 10));
	assert.equal(after(['next', 'next', 'next', 'next']).helpTop, maxTop);
	assert.equal(after(['last', 'previous']).helpTop, Math.max(0, maxTop - 10));
	assert.equal(after(['last', 'first']).helpTop, 0);
	for (const name of ['down', 'last'] as const) assert.equal(after([name]).help, true);
	for (const name of ['open', 'back', 'react', 'filter'] as const) {
		const closed = step(after(['down']), command(name), context);
		assert.equal(closed.state.help, false, name);
		assert.deepEqual(closed.effects, []);
	}

	assert.equal(step(after(['last']), command('help'), context).state.help, false);
	assert.equal(step(step(after(['last']), command('help'), context).state, command('help'), context).state.helpTop, 0, 'it opens at its top again');
});

test('Esc in the list keeps the window where it is; after a filter it keeps the highlighted article in view', () => {
	const context = contextAt(80, 10);
	const events = (names: Array<Command | string>) => names.map(name => typeof name === 'string' && name.startsWith('+') ? {type: 'text' as const, text: name.slice(1)} : command(name as Command));
	const cases: Array<[commands: Array<Command | string>, cursor: number, top: number]> = [
		[['last', 'up', 'up', 'up', 'up', 'clear'], 21, 19],
		[['down', 'down', 'clear'], 2, 0],
		[['last', 'first', 'down', 'clear'], 1, 0],
		// Filtered to Article 13 (row 13 of the whole list), then cleared: row 13 in view.
		[['filter', '+13', 'clear'], 13, 7],
	];
	for (const [names, cursor, top] of cases) {
		const {state} = run(start(context).state, events(names), context);
		assert.deepEqual({cursor: state.list.cursor, top: state.list.top}, {cursor, top}, names.join(' '));
	}
});

test('the picker: opens on the stored pick, moves within the ends, keeps the highlight in its window, and asks for a write', () => {
	const pickerCommand = fc.constantFrom<Command>('up', 'down', 'up', 'down', 'help');
	fc.assert(fc.property(fc.option(fc.constantFrom(...reactions.map(reaction => reaction.id)), {nil: undefined}), fc.array(pickerCommand, {maxLength: 30}), fc.integer({min: 3, max: 12}), (stored, moves, rows) => {
		const context = contextAt(40, rows, {}, articles, stored ? {long: stored} : {});
		let {state} = step(start(context, 'long').state, command('react'), context);
		assert.equal(state.mode, 'picker');
		let expected = Math.max(0, reactions.findIndex(reaction => reaction.id === stored));
		for (const next of moves) {
			assert.equal(state.picker.cursor, expected);
			const top = pickerTop(state, context);
			assert.ok(top <= expected && expected < top + context.pickerHeight, `row ${expected} in the window from ${top}`);
			if (!state.help && next === 'up') expected = Math.max(0, expected - 1);
			if (!state.help && next === 'down') expected = Math.min(reactions.length - 1, expected + 1);
			state = step(state, command(next), context).state;
		}

		if (state.help) state = step(state, command('help'), context).state;
		assert.equal(state.picker.cursor, expected, 'help changes nothing');
		const picked = step(state, command('pick'), context);
		assert.deepEqual(picked.state.saving, {id: 'long', reaction: reactions[expected]!.id});
		assert.deepEqual(picked.effects, [{type: 'saveReaction', id: 'long', reaction: reactions[expected]!.id}]);
	}));
});

test('a pick waits for its write: keys do nothing meanwhile but quit; the answer closes the picker or says why not', () => {
	const context = contextAt(80, 24, {}, articles, {long: 'sad'});
	const open = step(start(context, 'long').state, command('react'), context).state;
	const cases: Array<[command: Command, reaction: ReactionId | null, saved: string]> = [
		[{choose: 0}, 'happy', 'Saved: 😊 Happy'],
		[{choose: 6}, 'angry', 'Saved: 😠 Angry'],
		['pick', 'sad', 'Saved: 😢 Sad'],
		['unreact', null, 'Reaction cleared'],
	];
	for (const [pick, reaction, saved] of cases) {
		const name = JSON.stringify(pick);
		const {state: waiting, effects} = step(open, command(pick), context);
		assert.deepEqual(waiting.saving, {id: 'long', reaction}, name);
		assert.deepEqual(effects, [{type: 'saveReaction', id: 'long', reaction}], name);
		for (const later of ['cancel', 'down', 'unreact', {choose: 2}, 'help'] as Command[]) assert.deepEqual(step(waiting, command(later), context), {state: waiting, effects: []}, `${name} then ${JSON.stringify(later)}`);
		assert.deepEqual(step(waiting, command('exit'), context).effects, [{type: 'quit'}]);
		const done = step(waiting, {type: 'saved'}, context);
		assert.deepEqual({mode: done.state.mode, saving: done.state.saving, message: done.state.message}, {mode: 'article', saving: null, message: {text: saved, error: false}});
		assert.deepEqual(done.effects, []);
		const failed = step(waiting, {type: 'unsaved', reason: 'disk full'}, context).state;
		assert.deepEqual({mode: failed.mode, saving: failed.saving, message: failed.message}, {mode: 'picker', saving: null, message: {text: 'Not saved: disk full', error: true}});
	}
});

test('a place that could not be written says so until the next key', () => {
	const context = contextAt(80, 24);
	const {state} = start(context, 'long');
	const failed = step(state, {type: 'placeFailed', reason: 'disk full'}, context).state;
	assert.deepEqual(failed.message, {text: 'Place not saved: disk full', error: true});
	assert.equal(step(failed, command('next'), context).state.message, null);
});

test('J and K open the next and previous article in list order, within the filter, and say so at either end', () => {
	const context = contextAt(80, 24);
	const opened = (state: ReaderState) => state.reading?.article.id;
	let {state} = start(context);
	state = step(state, command('open'), context).state;
	const first = opened(state);
	const next = step(state, command('nextArticle'), context);
	assert.equal(opened(next.state), context.articles[1]!.id);
	assert.deepEqual(next.effects.map(effect => effect.type), ['savePlace'], 'opening marks it opened, as any opening does');
	assert.equal(next.state.list.cursor, 1, 'back in the list, the cursor is on it');
	const atStart = step(state, command('previousArticle'), context).state;
	assert.equal(opened(atStart), first);
	assert.match(atStart.message!.text, /first article/);
	// Within a filter, J goes from one match to the next, in the order the filtered list shows.
	let filtered = run(start(context).state, [command('filter'), {type: 'text', text: 'Article 1'}, command('open')], context).state;
	const matches = visibleArticles(filtered, context);
	assert.ok(matches.length > 2 && matches.length < context.articles.length);
	assert.equal(opened(filtered), matches[0]!.id);
	filtered = step(filtered, command('nextArticle'), context).state;
	assert.equal(opened(filtered), matches[1]!.id);
	assert.equal(filtered.list.query, 'Article 1');
	const last = run(filtered, Array.from({length: matches.length}, () => command('nextArticle')), context).state;
	assert.equal(opened(last), matches.at(-1)!.id);
	assert.match(last.message!.text, /last article/);
});

test('line keys scroll one line and half a page, as less does; a page key from between pages lands on the next boundary', () => {
	const context = contextAt(80, 12);
	const long = context.articles.find(article => article.id === 'long')!;
	const pages = context.pagesOf(long);
	assert.ok(pages.length > 3);
	const opened = start(context, 'long').state;
	const at = (names: Command[]) => {
		const {reading} = run(opened, names.map(name => command(name)), context).state;
		return reading && {page: reading.page, offset: reading.offset};
	};

	assert.deepEqual(at(['down']), {page: 0, offset: 1});
	assert.deepEqual(at(['down', 'down', 'up']), {page: 0, offset: 1});
	assert.deepEqual(at(['up']), {page: 0, offset: 0}, 'nothing above the first line');
	const height = context.pageHeight;
	assert.deepEqual(at(['halfDown']), {page: 0, offset: Math.ceil(height / 2)});
	assert.deepEqual(at(['halfDown', 'halfUp']), {page: 0, offset: 0});
	// Scrolled past a page's end, the position is on the next page.
	assert.deepEqual(at(Array.from({length: pages.page(0).lines.length + 1}, () => 'down')), {page: 1, offset: 1});
	// From between pages, next goes to the next boundary and previous to the one above.
	assert.deepEqual(at(['down', 'down', 'next']), {page: 1, offset: 0});
	assert.deepEqual(at(['next', 'down', 'previous']), {page: 1, offset: 0});
	assert.deepEqual(at(['next', 'down', 'previous', 'previous']), {page: 0, offset: 0});
	// Never further down than the last page's top.
	const last = at(['last', ...Array.from({length: 3 * height}, () => 'down' as const)])!;
	assert.equal(last.page, pages.length - 1);
	const moved = step(opened, command('down'), context);
	assert.deepEqual(moved.effects, [], 'a line within the same paragraph keeps the place');
});

test('a resize keeps the line that was at the top at the top: the word that began it is on the new top line', () => {
	const wide = contextAt(80, 12);
	const lineText = (line: {runs: Array<{text: string}>}) => line.runs.map(run => run.text).join('');
	let state = start(wide, 'long').state;
	// Into the body, several lines down a long paragraph.
	for (let n = 0; n < 17; n++) state = step(state, command('down'), wide).state;
	const topAt = (context: StepContext, shown: ReaderState) => {
		const pages = context.pagesOf(shown.reading!.article);
		const starts: number[] = [];
		let count = 0;
		for (const page of allPages(pages)) {
			starts.push(count);
			count += page.lines.length;
		}

		const all = allPages(pages).flatMap(page => page.lines);
		const {page, offset} = shown.reading!.size === context.size ? shown.reading! : {page: -1, offset: 0};
		return page === -1 ? undefined : all[starts[page]! + offset];
	};

	const before = topAt(wide, state)!;
	assert.ok(before.block >= 0 && lineText(before).trim() !== '', 'the top line is body text');
	const firstWord = lineText(before).trim().split(/\s+/)[0]!;
	for (const [width, rows] of [[50, 12], [120, 30], [33, 9]] as const) {
		const narrow = contextAt(width, rows);
		// The first key at the new size (a no-op move) settles the position there.
		const moved = step(step(state, command('down'), narrow).state, command('up'), narrow).state;
		const after = topAt(narrow, moved)!;
		assert.equal(after.block, before.block, `${width}×${rows}: same paragraph`);
		assert.ok(lineText(after).split(/\s+/).includes(firstWord), `${width}×${rows}: "${firstWord}" on the new top line: ${lineText(after)}`);
	}
});
