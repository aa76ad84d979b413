import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {quotesOf, segmentQuotes} from '../../source/news/quotes.js';

// Each case: a paragraph and the inner text of its quotes, in order.
const cases: Array<[rule: string, paragraph: string, quotes: string[]]> = [
	['straight quote mid-sentence', 'Taiwan is "the most important issue" in ties.', ['the most important issue']],
	['opens at the start of the paragraph', '"Hello," he said.', ['Hello,']],
	['closes at the end of the paragraph', 'He said "goodbye"', ['goodbye']],
	['closes before punctuation', 'It was "excellent" and "long and thorough".', ['excellent', 'long and thorough']],
	['closes before a closing bracket', 'the so-called "swamp stretch") where', ['swamp stretch']],
	['opens after (', 'a lane ("the swamp") here', ['the swamp']],
	['opens after [', '["note"]', ['note']],
	['opens after {', '{"key"}', ['key']],
	['opens after an em dash', 'He said—"no"—and left.', ['no']],
	['opens after an en dash', 'He said–"no" and left.', ['no']],
	['opens after a hyphen', 'so-"called" things', ['called']],
	['opens after a slash', 'either/"or" both', ['or']],
	['does not open after a letter', 'say"what" now', []],
	['a " before a letter does not close', '"He said "yes" to me," she said.', ['He said "yes']],
	['apostrophes inside never end it', `"China's territory" and 'more'`, [`China's territory`]],
	['curly single marks inside never end it', '“It’s been ‘long’ two years,” she said.', ['It’s been ‘long’ two years,']],
	['square brackets inside are part of it', '"must safeguard [Taiwan\'s] sovereignty".', ["must safeguard [Taiwan's] sovereignty"]],
	['an inch mark is not a quote', 'the 12" water main under Mill Street', []],
	['an inch mark inside a quote does not end it', '"a 12" pipe burst," he said.', ['a 12" pipe burst,']],
	['a mark after a digit closes when nothing later can', 'He asked for "12" and left.', ['12']],
	['an unclosed quote runs to the end', '“I got here at seven. We carried what we could.', ['I got here at seven. We carried what we could.']],
	['an unclosed straight quote runs to the end', 'He said "we will see. Maybe.', ['we will see. Maybe.']],
	['curly quotes in Chinese', '他说“今年的每一盏灯”。', ['今年的每一盏灯']],
	['curly quotes after a full-width colon', '他笑着说：“我们打了一辈子鱼。”', ['我们打了一辈子鱼。']],
	['curly quotes open after a letter', 'the“quote”here', ['quote']],
	['two quotes in one paragraph', '"One," she said. "Two."', ['One,', 'Two.']],
	['German low-high quotes', 'Er sagte „Hallo“ und ging.', ['Hallo']],
	['straight inside curly is part of it', '“He said "hi" to me” today', ['He said "hi" to me']],
	['an empty quote', 'He said "" nothing', ['']],
	['no quotes at all', 'Plain text, nothing quoted.', []],
	['a closing curly mark alone is plain', 'stray” mark', []],
];

for (const [rule, paragraph, quotes] of cases) {
	test(`quotes: ${rule}`, () => {
		assert.deepEqual(quotesOf([paragraph]), quotes);
		assert.equal(segmentQuotes(paragraph).map(segment => segment.text).join(''), paragraph);
	});
}

test('segmentQuotes: a quote keeps its marks in text and not in inner', () => {
	assert.deepEqual(segmentQuotes('Be "prudent" now'), [
		{text: 'Be ', quote: false},
		{text: '"prudent"', quote: true, inner: 'prudent'},
		{text: ' now', quote: false},
	]);
});

test('segmentQuotes: an unclosed quote keeps everything after its mark as inner', () => {
	assert.deepEqual(segmentQuotes('He said “never'), [
		{text: 'He said ', quote: false},
		{text: '“never', quote: true, inner: 'never'},
	]);
});

test('segmentQuotes: the empty paragraph has no segments', () => {
	assert.deepEqual(segmentQuotes(''), []);
});

test('quotesOf: quotes of several paragraphs, in order', () => {
	assert.deepEqual(quotesOf(['a "b" c', 'no quote', '“d” and "e"']), ['b', 'd', 'e']);
});

// Quote marks and the characters that decide about them, often, among ordinary text.
const paragraph = fc.string({
	unit: fc.oneof(
		fc.constantFrom('"', '“', '”', '„', "'", '’', ' ', '(', '—', '-', '/', '.', ',', '1', 'a', '说', '。'),
		fc.string({unit: 'grapheme', maxLength: 3}),
	),
	maxLength: 50,
});

test('segmentQuotes: the segments rejoin to the paragraph', () => {
	fc.assert(fc.property(paragraph, text => segmentQuotes(text).map(segment => segment.text).join('') === text), {numRuns: 2000});
});

test('segmentQuotes: no empty segment, no two plain segments in a row, inner inside text', () => {
	fc.assert(fc.property(paragraph, text => {
		const segments = segmentQuotes(text);
		segments.forEach((segment, index) => {
			assert.notEqual(segment.text, '');
			if (segment.quote) {
				assert.ok(segment.inner !== undefined && segment.text.slice(1).startsWith(segment.inner));
				assert.ok(segment.text.length - segment.inner.length <= 2);
			} else {
				assert.equal(segment.inner, undefined);
				assert.ok(index === 0 || segments[index - 1]!.quote);
			}
		});
	}), {numRuns: 2000});
});
