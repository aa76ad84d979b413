// `/` in an article: smart-case matching, the search typed in the status
// line, Enter, n and N moving the screen's top to each matching line, the
// matches drawn in their own style, and the search ended on leaving.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Command} from '../../source/ui/reader/commands.js';
import {matchRanges} from '../../source/ui/reader/search.js';
import type {ReaderEvent, ReaderState} from '../../source/ui/reader/state.js';
import {start, step} from '../../source/ui/reader/step.js';
import {article} from '../support/articles.js';
import {pureReader} from '../support/reader.js';

test('a pattern matches in any case unless it holds a capital', () => {
	const cases: Array<[text: string, pattern: string, ranges: Array<[number, number]>]> = [
		['The River and the river', 'river', [[4, 9], [18, 23]]],
		['The River and the river', 'River', [[4, 9]]],
		['aaaa', 'aa', [[0, 2], [2, 4]]],
		['nothing here', 'x', []],
		['anything', '', []],
	];
	for (const [text, pattern, ranges] of cases) assert.deepEqual(matchRanges(text, pattern), ranges, `${pattern} in ${text}`);
});

const paragraphs = Array.from({length: 30}, (_, n) => (n % 10 === 3 ? `Paragraph ${n} mentions the harbour wall.` : `Paragraph ${n} is about other things entirely.`));
const {context, view} = pureReader({articles: [article('long', {title: 'Harbour news', paragraphs})], rows: 12});
const command = (name: Command): ReaderEvent => ({type: 'command', command: name});
const typed = (text: string): ReaderEvent => ({type: 'text', text});

function after(events: ReaderEvent[], from: ReaderState = start(context, 'long').state): ReaderState {
	let state = from;
	for (const event of events) state = step(state, event, context).state;
	return state;
}

const topText = (state: ReaderState) => {
	const shown = view(state);
	return shown.screen === 'article' ? shown.view.lines.map(line => line.runs.map(run => run.text).join('')).find(text => text.trim() !== '') : undefined;
};

test('/ types a pattern in the status line; Enter puts the first matching line at the top; n and N go on and back', () => {
	const typing = after([command('search'), typed('harbour wall')]);
	assert.equal(typing.mode, 'search');
	const shown = view(typing);
	assert.equal(shown.screen, 'article');
	assert.match(shown.screen === 'article' ? shown.view.frame.status.left : '', /^\/harbour wall_\s*$/);
	const found = after([command('open')], typing);
	assert.equal(found.mode, 'article');
	assert.match(topText(found)!, /^Paragraph 3 mentions/);
	assert.match(found.message!.text, /match 1 of 3/);
	const second = after([command('nextMatch')], found);
	assert.match(topText(second)!, /^Paragraph 13 mentions/);
	assert.match(after([command('nextMatch'), command('nextMatch'), command('nextMatch')], found).message!.text, /No more matches/);
	// N goes back while a search is on, instead of marking unread.
	const back = step(second, command('toggleRead'), context);
	assert.match(topText(back.state)!, /^Paragraph 3 mentions/);
	assert.ok(!back.effects.some(effect => effect.type === 'setRead'));
});

test('matches are drawn in their own style; a pattern found nowhere says so; leaving the article ends the search', () => {
	const found = after([command('search'), typed('HARBOUR'), command('open')]);
	assert.match(found.message!.text, /Not found: HARBOUR/, 'a capital asks for that case');
	const searched = after([command('search'), typed('harbour'), command('open')]);
	const shown = view(searched);
	const runs = shown.screen === 'article' ? shown.view.lines.flatMap(line => line.runs) : [];
	// The title is the first match (the search starts at the top of the screen), in its own case.
	const matched = runs.filter(run => run.style === 'match').map(run => run.text);
	assert.ok(matched.length >= 1, JSON.stringify(runs));
	assert.deepEqual([...new Set(matched.map(text => text.toLowerCase()))], ['harbour']);
	assert.ok(runs.some(run => run.style !== 'match' && run.text.includes('Paragraph')), 'the rest keeps its style');
	const left = after([command('back')], searched);
	assert.equal(left.search.active, null);
	assert.equal(left.mode, 'list');
	// Esc while typing gives up; N without a search marks unread.
	const cancelled = after([command('search'), typed('x'), command('clear')]);
	assert.equal(cancelled.mode, 'article');
	assert.equal(cancelled.search.active, null);
	// (Nothing has run the opening's place here, so the article still counts as unread: N marks it read.)
	assert.deepEqual(step(cancelled, command('toggleRead'), context).effects, [{type: 'setRead', id: 'long', read: !context.isRead('long')}]);
});

test('a search belongs to its article: J opens the next without it, so N there marks read again', () => {
	const two = pureReader({articles: [article('one', {title: 'First harbour story', paragraphs}), article('two', {title: 'Second story', paragraphs})], rows: 12});
	let state = start(two.context, 'one').state;
	for (const event of [command('search'), typed('harbour'), command('open')]) state = step(state, event, two.context).state;
	assert.equal(state.search.active, 'harbour');
	const next = step(state, command('nextArticle'), two.context).state;
	assert.equal(next.reading?.article.id, 'two');
	assert.equal(next.search.active, null);
	assert.ok(step(next, command('toggleRead'), two.context).effects.some(effect => effect.type === 'setRead'));
});
