// Keys read from the terminal before Ink loads (raw-keys.ts) must be the
// presses Ink's keys become once it has: a key typed at the first frame acts
// the same as one typed a second later.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {rawPresses} from '../../source/ui/input/raw-keys.js';

const names = (read: string) => rawPresses(read).map(press => press.name ?? (press.ctrl ? `ctrl+${press.input}` : press.input));

test('characters in one read are a key each; Enter as \\r or \\n, Backspace, Tab, Ctrl+letter', () => {
	assert.deepEqual(names('jj\r'), ['j', 'j', 'return']);
	assert.deepEqual(names('q\n'), ['q', 'return']);
	assert.deepEqual(names('\u007F\b\t\u0003\u001A'), ['backspace', 'backspace', 'tab', 'ctrl+c', 'ctrl+z']);
	assert.deepEqual(names('港🏮'), ['港', '🏮']);
});

test('arrows, Home, End, PgUp and PgDn in their CSI and SS3 spellings', () => {
	assert.deepEqual(names('\u001B[A\u001B[B\u001B[C\u001B[D'), ['up', 'down', 'right', 'left']);
	assert.deepEqual(names('\u001BOA\u001BOB\u001BOH\u001BOF'), ['up', 'down', 'home', 'end']);
	assert.deepEqual(names('\u001B[5~\u001B[6~\u001B[1~\u001B[4~\u001B[H\u001B[F\u001B[Z'), ['pageUp', 'pageDown', 'home', 'end', 'home', 'end', 'tab']);
});

test('Ctrl held with an arrow is a Ctrl press (modifier 5)', () => {
	assert.deepEqual(rawPresses('\u001B[1;5B'), [{input: '', name: 'down', ctrl: true, meta: false}]);
});

test('Esc alone, and Esc read with a letter, are Esc then the letter', () => {
	assert.deepEqual(names('\u001B'), ['escape']);
	assert.deepEqual(names('\u001Bq'), ['escape', 'q']);
});

test('a sequence it does not know is dropped, not typed as text', () => {
	assert.deepEqual(names('\u001B[200~x'), ['x']);
	assert.deepEqual(names('\u001B[15;2~'), []);
});
