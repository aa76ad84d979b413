// The key table is built from the catalogue: a longer catalogue gets more
// digits, in the help, the hints and the picker, with nothing else to change.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {eventFor, type KeyPress, keyTable} from '../../source/ui/input/key-table.js';
import {start, step} from '../../source/ui/reader/step.js';
import {article} from '../support/articles.js';
import {eightReactions, pureReader} from '../support/reader.js';

const digit = (input: string): KeyPress => ({input, ctrl: false, meta: false});
const eightReader = () => pureReader({articles: [article('short', {title: 'A short one'})], catalogue: eightReactions});
const table = eightReader().keys;

test('the shipped catalogue has seven digits; eight reactions have eight, in the hints and the help', () => {
	assert.match(keyTable.hints.picker[0]!, /^1–7 pick/);
	assert.match(table.hints.picker[0]!, /^1–8 pick/);
	const {context, view} = eightReader();
	const picker = step(start(context, 'short').state, {type: 'command', command: 'react'}, context).state;
	const help = view({...picker, help: true});
	assert.equal(help.screen, 'help');
	const lines = help.screen === 'help' ? help.view.lines.map(line => line.text) : [];
	assert.ok(lines.some(line => /^1–8 +pick that reaction at once$/.test(line)), lines.join('\n'));
});

test('with eight reactions the digit 8 picks the eighth, which the picker shows', () => {
	assert.deepEqual(eventFor({mode: 'picker', help: false}, digit('8'), false, table), {type: 'command', command: {choose: 7}});
	assert.equal(eventFor({mode: 'picker', help: false}, digit('8'), false), undefined, 'the shipped table has no 8');
	assert.equal(eventFor({mode: 'picker', help: false}, digit('9'), false, table), undefined);
	const {context, view} = eightReader();
	const picker = step(start(context, 'short').state, {type: 'command', command: 'react'}, context).state;
	const shown = view(picker);
	assert.equal(shown.screen, 'picker');
	const labels = shown.screen === 'picker' ? shown.view.choices.map(choice => choice.label) : [];
	assert.deepEqual(labels.slice(-2), ['7 😠 Angry', '8 🤔 Curious']);
	const picked = step(picker, eventFor(picker, digit('8'), false, table)!, context);
	assert.deepEqual(picked.effects, [{type: 'saveReaction', id: 'short', reaction: 'curious'}]);
	assert.equal(picked.state.picker.cursor, 7, 'the highlight is on it while it is saved');
	assert.deepEqual(step(picked.state, {type: 'saved'}, context).state.message, {text: 'Saved: 🤔 Curious', error: false});
});

test('over help, the article\'s page keys and the list\'s line keys scroll it; any other key closes it; Ctrl+C still quits', () => {
	const press = (input: string, name?: KeyPress['name'], ctrl = false): KeyPress => ({input, name, ctrl, meta: false});
	const cases: Array<[KeyPress, unknown]> = [
		[press('j'), 'down'],
		[press('', 'down'), 'down'],
		[press('k'), 'up'],
		[press(' '), 'next'],
		[press('', 'pageDown'), 'next'],
		[press('b'), 'previous'],
		[press('g'), 'first'],
		[press('G'), 'last'],
		[press('q'), 'help'],
		[press('', 'escape'), 'help'],
		[press('r'), 'help'],
		[press('c', undefined, true), 'exit'],
	];
	for (const mode of ['list', 'article', 'picker'] as const) {
		for (const [key, command] of cases) assert.deepEqual(eventFor({mode, help: true}, key, false), {type: 'command', command}, `${mode}: ${JSON.stringify(key)}`);
	}
});

test('Ctrl+L redraws in every view, over help too, and does nothing else', () => {
	const ctrlL: KeyPress = {input: 'l', ctrl: true, meta: false};
	for (const mode of ['list', 'filter', 'article', 'picker'] as const) {
		for (const help of [false, true]) assert.deepEqual(eventFor({mode, help}, ctrlL, false), {type: 'command', command: 'redraw'}, `${mode}, help ${help}`);
	}

	assert.deepEqual(eventFor({mode: 'list', help: false}, ctrlL, true), {type: 'command', command: 'redraw'}, 'on a screen too small too');
	const {context} = eightReader();
	const {state} = start(context);
	const redrawn = step(state, {type: 'command', command: 'redraw'}, context);
	assert.equal(redrawn.state, state);
	assert.deepEqual(redrawn.effects, [{type: 'redraw'}]);
});
