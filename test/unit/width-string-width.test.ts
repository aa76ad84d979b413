// layout/width.ts measures as string-width 8 does without importing it (its
// emoji expression and segmenter cost the first paint ~60 ms to build): the
// two must agree on every code point and on clusters of every kind.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {stringWidth as ourWidth} from '../../source/layout/width.js';

test('every code point, alone, measures as string-width measures it', () => {
	const wrong: string[] = [];
	for (let code = 0; code <= 0x10_ffff; code++) {
		const text = String.fromCodePoint(code);
		const expected = stringWidth(text);
		const actual = ourWidth(text);
		if (actual !== expected && wrong.length < 20) wrong.push(`U+${code.toString(16).toUpperCase()}: ${actual}, string-width ${expected}`);
	}

	assert.deepEqual(wrong, []);
});

// Pieces that make clusters: bases, marks, joiners, selectors, skin tones, flags, keycaps, jamo, halfwidth forms, escapes.
const pieces = [
	'a', 'Z', ' ', 'é', 'e', '\u0301', '\u0308', '\u20e3', '#', '1', '\u200d', '\u200b', '\ufe0f', '\ufe0e', '\u00ad',
	'👍', '🏽', '👨', '👩', '👧', '❤', '☺', '🇩', '🇪', '🇫', '🏳', '⚧', '中', '한', '\u1100', '\u1161', '\u11a8', '\ua960', '\ud7b0', '\ud7cb',
	'ｶ', 'ﾞ', 'ﾟ', 'ｰ', '\uff01', 'क', '्', 'ष', 'ि', '\u0903', 'ก', 'ำ', '\u0600', '\u0e33', '\t', '\n', '\u001b[1m', '\u001b[0m', '\u009b31m',
	'\u001b]8;;https://x\u0007', '\ud800', '\udc00', '😮', '🏮', '⌚', '©', '\u2063', '\u{e0067}', '\u{e007f}', '🏴',
];

test('strings of cluster pieces measure as string-width measures them', () => {
	fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), parts => {
		const text = parts.join('');
		assert.equal(ourWidth(text), stringWidth(text), JSON.stringify(text));
	}), {numRuns: 20_000});
});

test('any text measures as string-width measures it', () => {
	fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 24}), text => {
		assert.equal(ourWidth(text), stringWidth(text), JSON.stringify(text));
	}), {numRuns: 20_000});
});
