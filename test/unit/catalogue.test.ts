import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {isReactionId, reactionById, reactionIds, reactions} from '../../source/news/catalogue.js';

// SPEC §5, in the picker's order.
const spec = [
	['happy', '😊', 'Happy'],
	['hopeful', '🤞', 'Hopeful'],
	['surprised', '😮', 'Surprised'],
	['indifferent', '😐', 'Indifferent'],
	['worried', '😟', 'Worried'],
	['sad', '😢', 'Sad'],
	['angry', '😠', 'Angry'],
] as const;

test('the catalogue is SPEC §5, in its order', () => {
	assert.deepEqual(reactions.map(({id, emoji, label}) => [id, emoji, label]), spec);
	assert.deepEqual(reactionIds, spec.map(([id]) => id));
});

test('every emoji is one grapheme two columns wide, so the list column lines up', () => {
	for (const {id, emoji} of reactions) {
		assert.equal(stringWidth(emoji), 2, id);
		assert.equal([...new Intl.Segmenter().segment(emoji)].length, 1, id);
	}
});

test('reactionById finds each reaction by its id', () => {
	for (const [id, emoji, label] of spec) {
		assert.deepEqual(reactionById(id), {id, emoji, label});
	}
});

test('names that are not ids are not reactions, prototype names included', () => {
	for (const name of ['', 'Happy', 'HAPPY', ' happy', 'happy ', 'none', 'toString', '__proto__', 'constructor', 'hasOwnProperty', '😊', '1']) {
		assert.equal(isReactionId(name), false, name);
		assert.equal(reactionById(name), undefined, name);
	}
});

test('isReactionId holds exactly for the catalogue ids', () => {
	fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(...reactionIds)), name => {
		assert.equal(isReactionId(name), (reactionIds as readonly string[]).includes(name));
		assert.equal(reactionById(name)?.id, isReactionId(name) ? name : undefined);
	}));
});
