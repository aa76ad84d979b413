// Ink's keys as the reader's presses (issue 7, items 10–12): a line feed is
// Enter, Esc read together with a key is two keys, Ctrl+Z is a key.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Key} from 'ink';
import {keyPresses} from '../../source/ui/input/key-press.js';
import {eventFor} from '../../source/ui/input/key-table.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};
const escape = {input: '', name: 'escape', ctrl: false, meta: false};

test('a line feed alone or in a read is Enter (typed before raw mode, the tty made \\r one)', () => {
	assert.deepEqual(keyPresses('\n', none), [{input: '\n', name: 'return', ctrl: false, meta: false}]);
	assert.deepEqual(keyPresses('j\n', none).map(press => press.name), [undefined, 'return']);
});

test('Esc and a letter in one read (Ink: Meta+q) are Esc then q', () => {
	assert.deepEqual(keyPresses('q', {...none, meta: true}), [escape, {input: 'q', ctrl: false, meta: false}]);
});

test('Esc and Enter or an arrow in one read are Esc then that key', () => {
	assert.deepEqual(keyPresses('', {...none, meta: true, return: true}).map(press => press.name), ['escape', 'return']);
	assert.deepEqual(keyPresses('', {...none, meta: true, downArrow: true}).map(press => press.name), ['escape', 'down']);
});

test('Esc alone stays one key', () => {
	assert.deepEqual(keyPresses('', {...none, meta: true, escape: true}), [escape]);
});

test('Ctrl+Z is a key that suspends in every view, and in help too', () => {
	const [press] = keyPresses('z', {...none, ctrl: true});
	assert.deepEqual(press, {input: 'z', name: undefined, ctrl: true, meta: false});
	for (const mode of ['list', 'filter', 'article', 'picker'] as const) {
		assert.deepEqual(eventFor({mode, help: false}, press!, false), {type: 'command', command: 'suspend'});
		assert.deepEqual(eventFor({mode, help: true}, press!, false), {type: 'command', command: 'suspend'});
	}

	assert.deepEqual(eventFor({mode: 'list', help: false}, press!, true), {type: 'command', command: 'suspend'});
	assert.deepEqual(keyPresses('j\u001A', none)[1], {input: 'z', ctrl: true, meta: false});
});
