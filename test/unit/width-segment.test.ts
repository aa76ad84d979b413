// Intl.Segmenter's time grows much faster than its input on Node 20 (a 2 MB
// paragraph took minutes), so layout and fitting hand it bounded pieces only,
// and the pieces must add up to what segmenting the whole text gives.
import {afterEach, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {graphemes} from '../../source/layout/width.js';
import {wrapRuns} from '../../source/layout/wrap.js';
import {displayWidth, padEnd, truncateEnd, truncateStart} from '../../source/ui/view/fit.js';
import {rowLayout, rowParts, type ListEntry} from '../../source/ui/view/list-row.js';
import {statusLine} from '../../source/ui/view/status.js';
import {article} from '../support/articles.js';

const whole = new Intl.Segmenter();
const segmentWhole = (text: string) => Array.from(whole.segment(text), ({segment}) => segment);

// Every piece of text handed to any Intl.Segmenter while a test runs.
const prototype = Intl.Segmenter.prototype;
const original = prototype.segment;
let pieces: number[] = [];
beforeEach(() => {
	pieces = [];
	prototype.segment = function (this: Intl.Segmenter, input: string) {
		pieces.push(input.length);
		return original.call(this, input);
	};
});
afterEach(() => {
	prototype.segment = original;
});

const segmented = () => pieces.reduce((sum, length) => sum + length, 0);

// Texts whose whole segmentation is slow, or that have no space to cut at.
const long: Array<[string, string]> = [
	['CJK with spaces', '中 '.repeat(40_000)],
	['CJK without spaces', '中'.repeat(100_000)],
	['skin-tone emoji', '👍🏽'.repeat(40_000)],
	['flags', '🇩🇪🇫🇷'.repeat(20_000)],
	['ZWJ families', '👨\u200d👩\u200d👧'.repeat(10_000)],
	['accented letters', 'e\u0301'.repeat(50_000)],
	['Devanagari', 'क्षत्रिय '.repeat(10_000)],
	['one cluster of 100,000 marks', 'e' + '\u0301'.repeat(100_000)],
];

for (const [name, text] of long) {
	test(`graphemes: ${name} goes to the segmenter in pieces of at most 1,024 code units`, () => {
		const out = graphemes(text);
		assert.equal(out.join(''), text);
		assert.ok(pieces.every(length => length <= 1024), `a piece of ${Math.max(...pieces)} code units`);
		// Linear: every code unit is segmented about once (the piece's last grapheme again).
		assert.ok(segmented() <= text.length * 1.1 + 1024, `${segmented()} code units segmented for ${text.length}`);
	});
}

test('graphemes: one code point between words (a pointer, an emoji, a bullet) needs no segmenter', () => {
	const text = '❯ 🏮 news · more ❯ 中文 ★';
	const expected = segmentWhole(text);
	pieces = [];
	assert.deepEqual(graphemes(text), expected);
	assert.deepEqual(pieces, []);
});

test('graphemes: CJK and Latin need no segmenter at all', () => {
	const text = '中文 and ひらがな, カタカナ, 한국어, Ελληνικά, русский — “quotes” © ®';
	const expected = segmentWhole(text);
	pieces = [];
	assert.deepEqual(graphemes(text), expected);
	assert.deepEqual(pieces, []);
});

test('graphemes: a cluster longer than a piece is cut, its code units all kept', () => {
	const out = graphemes('e' + '\u0301'.repeat(5000) + ' x');
	assert.ok(out.length > 2 && out.length < 10);
	assert.equal(out.at(-1), 'x');
});

// Where whole segmentation is fast (a few thousand code units), the pieces
// give exactly what it gives: regional-indicator pairs, ZWJ sequences,
// combining marks, Hangul jamo, Prepend, CR LF and lone surrogates included.
const tricky = fc.constantFrom(
	'🇩', '🇪', '🇫', '\u200d', '👍', '🏽', '👨', '❤', '\ufe0f', '1', '\u20e3', 'e', '\u0301', '\u0300',
	'中', ' ', '\r', '\n', 'क', '्', 'ष', '\u0600', 'ᄀ', 'ᅡ', 'ᆨ', '가', '\u00ad', '©', '\ud83d', '\ude00', 'a', '.',
	// One code point between ones that stand alone is taken without the segmenter: a pointer, an emoji, an astral Prepend, an L jamo of the extension.
	'❯', '🏮', '\u{110BD}', '\ua960', '\u{1F3FB}',
);
test('graphemes property: the pieces give what segmenting the whole text gives', () => {
	fc.assert(fc.property(fc.array(tricky, {minLength: 0, maxLength: 3000}), parts => {
		const text = parts.join('');
		assert.deepEqual(graphemes(text), segmentWhole(text));
	}), {numRuns: 150});
});

test('graphemes property: long runs that offer no cut give what whole segmentation gives', () => {
	const run = fc.constantFrom('🇩🇪', '🇩', '👍🏽', '👨\u200d👩\u200d👧', 'e\u0301\u0300', '\u0301', 'क्ष', '\u200d', '❤\ufe0f', '1\ufe0f\u20e3');
	fc.assert(fc.property(fc.array(run, {minLength: 300, maxLength: 1500}), parts => {
		const text = parts.join('');
		assert.deepEqual(graphemes(text), segmentWhole(text));
	}), {numRuns: 60});
});

test('graphemes: every BMP code unit, in every context that could join it, splits as whole segmentation does', () => {
	for (let code = 0; code <= 0xffff; code++) {
		if (code >= 0xd800 && code <= 0xdfff) continue;
		const c = String.fromCharCode(code);
		const text = `${c}${c}a${c}\u0301${c}\u0600${c}ᄀ${c}ᅡ👍\u200d${c}🇩${c}🇪${c}क्${c}\r${c}\n${c}中${c}`;
		const out = graphemes(text);
		const expected = segmentWhole(text);
		if (out.length !== expected.length || out.some((grapheme, index) => grapheme !== expected[index])) {
			assert.fail(`U+${code.toString(16)}: ${JSON.stringify(out)} for ${JSON.stringify(expected)}`);
		}
	}
});

test('wrapping a 2 MB one-paragraph emoji text hands the segmenter bounded pieces', () => {
	const lines = wrapRuns([{text: '👍🏽'.repeat(262_144), style: 'body'}], 80);
	assert.equal(lines.length, Math.ceil(262_144 / 20));
	assert.ok(pieces.length > 0 && pieces.every(length => length <= 1024));
});

// A title of 40,000 flags: a list row or the status line reads only what it shows.
const hugeTitle = '🇩🇪'.repeat(40_000);

test('fitting a huge title reads only as far as it shows', () => {
	for (const [name, fit] of [['truncateEnd', truncateEnd], ['truncateStart', truncateStart], ['padEnd', padEnd]] as const) {
		pieces = [];
		assert.equal(fit(hugeTitle, 41).length, 81, name);
		assert.ok(segmented() <= 2048, `${name} segmented ${segmented()} code units`);
	}

	pieces = [];
	assert.equal(displayWidth(hugeTitle, 60), 61);
	assert.ok(segmented() <= 2048);
});

test('a list row and the status line of a huge title cost what they show', () => {
	const entry: ListEntry = {article: article('huge', {title: hugeTitle, label: hugeTitle}), minutes: 1, unread: false, emoji: undefined};
	const layout = rowLayout([entry], 100);
	const row = rowParts(entry, layout, true);
	const status = statusLine({left: 'Page 1/1', middle: hugeTitle, hints: ['q quit']}, null, 100);
	assert.ok(row.title.length < 200 && status.middle.length < 200);
	assert.ok(segmented() <= 4 * 2048, `segmented ${segmented()} code units`);
});

test('graphemes: every arrow, symbol, dingbat and emoji pictograph taken without the segmenter splits where it does, after any neighbour', () => {
	const lefts = ['x', '🏮', '\u0915\u094D', '中', '가', '\u{1F1E6}', '❯', '©', ' ', '\u200D', '\u0600', 'ᄀ'];
	for (const [first, last] of [[0x2190, 0x2bff], [0x1f300, 0x1faff]] as const) {
		for (let code = first; code <= last; code++) {
			const character = String.fromCodePoint(code);
			for (const left of lefts) {
				const text = `${left}${character} a${character}`;
				assert.deepEqual(graphemes(text), segmentWhole(text), `U+${code.toString(16)} after ${JSON.stringify(left)}`);
			}
		}
	}
});
