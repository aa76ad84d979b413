// The mood screen in the reader's state machine, without a terminal: m and
// back again lands exactly where it was opened (the list as it was, the
// article on its page), whatever was done in between on the bars; a group's
// list shows only the group, and its q and Esc go back to the bars rather
// than quitting; no run of commands leaves the mood state incoherent.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {type ReactionId, reactions} from '../../source/news/catalogue.js';
import type {Command} from '../../source/ui/reader/commands.js';
import {visibleArticles} from '../../source/ui/reader/list.js';
import {openSession} from '../../source/ui/reader/session.js';
import type {ReaderState, StepContext} from '../../source/ui/reader/state.js';
import {start, step} from '../../source/ui/reader/step.js';
import {screenSize, stepContext} from '../../source/ui/view/size.js';
import {article, longParagraphs} from '../support/articles.js';
import {memoryStore} from '../support/memory-store.js';

const sources = ['Riverside Gazette', 'Valley Post', '港湾日报'];
const articles = Array.from({length: 18}, (_, index) => article(`a${index}`, {
	title: `Article ${index}`,
	label: index % 4 === 0 ? null : ['city', 'transport', 'weather'][index % 3]!,
	byline: index % 5 === 0 ? null : {authors: ['A'], source: sources[index % 3]!, dateline: null},
	paragraphs: longParagraphs(6),
}));
// Two of every three articles reacted to, in every reaction.
const stored: Record<string, ReactionId> = Object.fromEntries(articles.filter((_, index) => index % 3 !== 2).map((item, index) => [item.id, reactions[index % reactions.length]!.id]));

function contextAt(width: number, rows: number): StepContext {
	return stepContext(articles, reactions, screenSize(width, rows, 0), openSession(memoryStore({reactions: stored})));
}

function run(state: ReaderState, commands: readonly Command[], context: StepContext): ReaderState {
	let next = state;
	for (const command of commands) {
		const stepped = step(next, {type: 'command', command}, context);
		assert.ok(stepped.effects.every(effect => effect.type !== 'quit'), `${String(command)} quit the reader`);
		next = stepped.state;
		if (next.saving) next = step(next, {type: 'saved'}, context).state;
	}

	return next;
}

const placeCommands: Command[] = ['down', 'down', 'next', 'open', 'next', 'halfDown', 'back', 'filter', 'unreadOnly'];
const barCommands: Command[] = ['up', 'down', 'first', 'last', 'nextGrouping'];

test('m, anything on the bars (a group listed and left included), then q: back where m was pressed, exactly', () => {
	fc.assert(fc.property(
		fc.array(fc.constantFrom(...placeCommands), {maxLength: 8}),
		fc.array(fc.oneof(fc.constantFrom(...barCommands).map(command => [command]), fc.constant<Command[]>(['open', 'down', 'clear']), fc.constant<Command[]>(['help', 'help'])), {maxLength: 10}),
		fc.integer({min: 10, max: 120}),
		fc.integer({min: 3, max: 40}),
		(toPlace, onBars, width, rows) => {
			const context = contextAt(width, rows);
			// Only the list and an article open the mood screen: a filter being typed takes m as text.
			const before = run(start(context).state, [...toPlace, 'clear' as const].filter(command => command !== 'filter'), context);
			if (before.mode !== 'list' && before.mode !== 'article') return;
			const opened = run(before, ['mood'], context);
			assert.equal(opened.mode, 'mood');
			const moved = run(opened, onBars.flat(), context);
			assert.equal(moved.mode, 'mood');
			const back = run(moved, ['back'], context);
			assert.equal(back.mode, before.mode);
			assert.deepEqual(back.list, before.list);
			assert.equal(back.reading, before.reading);
			assert.equal(back.mood, null);
		},
	));
});

test('no run of commands leaves the mood state incoherent', () => {
	const commands: Command[] = ['mood', 'nextGrouping', 'up', 'down', 'first', 'last', 'open', 'back', 'cancel', 'clear', 'next', 'filter', 'erase', 'react', 'pick', 'toggleRead', 'unreadOnly', 'nextArticle', 'help'];
	fc.assert(fc.property(fc.array(fc.constantFrom(...commands), {maxLength: 50}), fc.integer({min: 10, max: 120}), fc.integer({min: 3, max: 40}), (sequence, width, rows) => {
		const context = contextAt(width, rows);
		let state = start(context).state;
		for (const command of sequence) {
			state = run(state, [command], context);
			if (state.mode === 'mood') {
				assert.equal(state.reading, null);
				assert.equal(state.mood.screen.group, null, 'the bars show, not a group');
				const groups = context.mood.groups(state.mood.screen.by).length;
				assert.ok(state.mood.screen.cursor >= 0 && state.mood.screen.cursor < Math.max(1, groups), `cursor ${state.mood.screen.cursor} of ${groups}`);
				assert.ok(state.mood.screen.top <= state.mood.screen.cursor);
			} else if (state.mood !== null) {
				const {group} = state.mood.screen;
				assert.ok(group !== null, 'outside the bars, the mood is kept only for a group\'s list');
				assert.ok(visibleArticles(state, context).every(shown => group.articles.includes(shown.id)), 'the list shows only the group');
			}
		}
	}));
});

test('a group\'s list: q and Esc go back to the bars on that group, Esc after clearing a typed filter first; m too', () => {
	const context = contextAt(80, 24);
	const bars = run(start(context).state, ['mood', 'nextGrouping', 'down'], context);
	assert.equal(bars.mode, 'mood');
	const group = context.mood.groups('source')[1]!;
	const listed = run(bars, ['open'], context);
	assert.equal(listed.mode, 'list');
	assert.deepEqual(visibleArticles(listed, context).map(shown => shown.id).sort(), [...group.articles].sort());
	for (const leave of ['quit', 'clear', 'mood'] as const) {
		const back = run(listed, [leave], context);
		assert.equal(back.mode, 'mood', leave);
		assert.equal(back.mood?.screen.cursor, 1, leave);
		assert.equal(back.mood?.screen.by, 'source', leave);
	}

	const filtered = run(listed, ['filter'], context);
	const typed = step(filtered, {type: 'text', text: 'Article 1'}, context).state;
	const cleared = run(typed, ['clear'], context);
	assert.equal(cleared.mode, 'list', 'Esc clears the filter typed, in the group');
	assert.equal(cleared.list.query, '');
	assert.equal(visibleArticles(cleared, context).length, group.articles.filter(id => articles.some(item => item.id === id)).length);
	assert.equal(run(cleared, ['clear'], context).mode, 'mood');
	// Outside the mood view q still quits.
	assert.deepEqual(step(start(context).state, {type: 'command', command: 'quit'}, context).effects, [{type: 'quit'}]);
});
