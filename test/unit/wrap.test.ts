import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {wrapRuns} from '../../source/layout/wrap.js';
import {graphemes, isNarrowCodeUnit} from '../../source/layout/width.js';
import type {Run, Style} from '../../source/layout/types.js';

const text = (runs: Run[]) => runs.map(run => run.text).join('');
const wrapText = (input: string, width: number) => wrapRuns([{text: input, style: 'body'}], width).map(text);

const family = '👨\u200d👩\u200d👧';
const eAcute = 'e\u0301';

const cases: Array<[name: string, input: string, width: number, lines: string[]]> = [
	['Latin at spaces', 'the quick brown fox jumps over the lazy dog', 10, ['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']],
	['width exactly fits', 'abcde fghij', 11, ['abcde fghij']],
	['one column short', 'abcde fghij', 10, ['abcde', 'fghij']],
	['CJK without spaces breaks between characters', '中文中文中文', 10, ['中文中文中', '文']],
	['CJK with spaces', '你好 世界 你好', 10, ['你好 世界', '你好']],
	['CJK closing punctuation stays off a line start', '中文中文中。文', 10, ['中文中文', '中。文']],
	['CJK closing punctuation that fits stays', '中文中文。中文', 10, ['中文中文。', '中文']],
	['CJK opening mark stays off a line end', '中文中文「中文」', 10, ['中文中文', '「中文」']],
	['punctuation-only CJK wider than the line is still cut', '。'.repeat(6), 10, ['。。。。。', '。']],
	['emoji are two columns', '😀'.repeat(6), 10, ['😀😀😀😀😀', '😀']],
	['emoji at an odd width', '😀'.repeat(6), 11, ['😀😀😀😀😀', '😀']],
	// A family is one grapheme, measured as wide as its members (terminals such as tmux draw them apart).
	['a ZWJ family is one grapheme', family.repeat(3), 12, [family.repeat(2), family]],
	['a skin-tone emoji is measured as the emoji and the swatch', '👍🏽'.repeat(3), 8, ['👍🏽👍🏽', '👍🏽']],
	['Latin beside CJK breaks at the script change', 'Hello世界and more', 10, ['Hello世界', 'and more']],
	['Latin then emoji breaks before the emoji', 'abcdefghi😀x', 10, ['abcdefghi', '😀x']],
	['an emoji that fits stays, the break comes after it', 'abcdefgh😀x', 10, ['abcdefgh😀', 'x']],
	['a word longer than the width is cut', `a ${'x'.repeat(25)} b`, 10, ['a', 'x'.repeat(10), 'x'.repeat(10), 'xxxxx b']],
	['combining marks are never split from their base', eAcute.repeat(15), 10, [eAcute.repeat(10), eAcute.repeat(5)]],
	['spaces at the ends are dropped, inside kept', '  a  b  ', 10, ['a  b']],
	['all the spaces at a break are dropped', 'aaaa     bbbbbb', 10, ['aaaa', 'bbbbbb']],
	['a no-break space does not break', 'aaaaa\u00a0bbbbb', 10, ['aaaaa\u00a0bbbb', 'b']],
	['a tab is one space', 'a\tb', 10, ['a b']],
	['a newline is one space', 'a\nb\r\nc', 10, ['a b c']],
	['a zero-width space is not drawn', 'aa\u200bbb', 10, ['aabb']],
	['a zero-width space is where a line may break', 'aaaa\u200bbbbb', 5, ['aaaa', 'bbbb']],
	['spaces next to a zero-width space are still dropped at a break', 'a  \u200b', 3, ['a']],
	['spaces after a zero-width space at a line start are dropped', '\u200b  a', 3, ['a']],
	['zero-width characters alone make no line', '\u200b'.repeat(50), 10, []],
	['a soft hyphen shows as - where the line breaks at it', 'Bundes\u00adregierung', 10, ['Bundes-', 'regierung']],
	['a soft hyphen where the line does not break is not drawn', 'Bundes\u00adregierung legt', 20, ['Bundesregierung legt']],
	['soft hyphens break a long word where the hyphen fits', 'Infra\u00adstruktur\u00adgesetz vor', 12, ['Infra-', 'struktur-', 'gesetz vor']],
	['a soft hyphen keeps a column for its hyphen', 'abcd\u00adefgh', 5, ['abcd-', 'efgh']],
	['no hyphen where the line breaks at a space after a soft hyphen', 'ab\u00ad cd', 4, ['ab', 'cd']],
	['a soft hyphen that ends the text shows nothing', 'ab\u00ad', 10, ['ab']],
	['other zero-width characters are not drawn', 'a\u200db\u200ec\ufeffd', 10, ['abcd']],
	['escape sequences and control characters are dropped whole', 'a\u001b[31mb\u0007c', 10, ['abc']],
	['a wide character wider than the width still moves on', '中中', 1, ['中', '中']],
	['empty input', '', 10, []],
	['only spaces', '   \t ', 10, []],
];

for (const [name, input, width, lines] of cases) {
	test(`wrapRuns: ${name}`, () => {
		assert.deepEqual(wrapText(input, width), lines);
	});
}

test('wrapRuns: no runs give no lines', () => {
	assert.deepEqual(wrapRuns([], 10), []);
});

test('wrapRuns: a quote crossing a break stays a quote on both lines', () => {
	const runs: Run[] = [
		{text: 'He said ', style: 'body'},
		{text: '"one two three"', style: 'quote'},
		{text: ' today.', style: 'body'},
	];
	assert.deepEqual(wrapRuns(runs, 12), [
		[{text: 'He said ', style: 'body'}, {text: '"one', style: 'quote'}],
		[{text: 'two three"', style: 'quote'}],
		[{text: 'today.', style: 'body'}],
	]);
});

test('wrapRuns: a CJK quote crossing a break keeps its style', () => {
	const runs: Run[] = [
		{text: '他说', style: 'body'},
		{text: '“中文中文中文”', style: 'quote'},
		{text: '。', style: 'body'},
	];
	assert.deepEqual(wrapRuns(runs, 11), [
		[{text: '他说', style: 'body'}, {text: '“中文中', style: 'quote'}],
		[{text: '文中文”', style: 'quote'}, {text: '。', style: 'body'}],
	]);
});

test('wrapRuns: neighbouring runs of one style merge', () => {
	assert.deepEqual(wrapRuns([{text: 'ab', style: 'body'}, {text: 'cd', style: 'body'}], 10), [[{text: 'abcd', style: 'body'}]]);
});

// Properties over random text built from pieces that exercise every rule.
const piece = fc.constantFrom(
	'a', 'b', 'word', 'longerword', 'x'.repeat(23), ' ', ' ', '  ', '\t', '\n',
	'中', '文', '。', '，', '「', '」', '😀', family, '🇯🇵', eAcute, '\u200b', '\u00a0',
	'"', '“', '”', '.', ',', '-',
);
const style = fc.constantFrom<Style>('body', 'quote');
const runs = fc.array(fc.record({text: fc.array(piece, {maxLength: 30}).map(parts => parts.join('')), style}), {maxLength: 8});
const width = fc.integer({min: 2, max: 200});

const breakSpace = /[ \t\n\r]/g;
// Every non-space character with its style, in order.
// Zero-width spaces are not drawn.
const styledCharacters = (runsOfText: Run[]) => runsOfText.flatMap(run => [...run.text.replace(breakSpace, '').replaceAll('\u200b', '')].map(character => `${run.style}:${character}`));

test('wrapRuns property: no line wider than the width, none empty, none starting or ending with a space', () => {
	fc.assert(fc.property(runs, width, (input, columns) => {
		for (const line of wrapRuns(input, columns)) {
			const lineString = text(line);
			assert.ok(stringWidth(lineString) <= columns, `${JSON.stringify(lineString)} is wider than ${columns}`);
			assert.ok(lineString.length > 0);
			assert.doesNotMatch(lineString, /^[ \t\n\r]|[ \t\n\r]$/);
		}
	}));
});

test('wrapRuns property: every non-space character kept once, in order, with its style', () => {
	fc.assert(fc.property(runs, width, (input, columns) => {
		const output = wrapRuns(input, columns).flat();
		assert.deepEqual(styledCharacters(output), styledCharacters(input));
	}));
});

test('wrapRuns property: Latin words are kept whole and lines are filled greedily', () => {
	const word = fc.stringMatching(/^[a-z]{1,12}$/);
	fc.assert(fc.property(fc.array(word, {maxLength: 40}), fc.integer({min: 12, max: 80}), (words, columns) => {
		const lines = wrapText(words.join(' '), columns);
		assert.deepEqual(lines.flatMap(line => line.split(' ')), words);
		for (let i = 0; i + 1 < lines.length; i++) {
			const nextWord = lines[i + 1]!.split(' ')[0]!;
			assert.ok(lines[i]!.length + 1 + nextWord.length > columns, `${nextWord} would fit after ${lines[i]}`);
		}
	}));
});

test('the narrow fast path agrees with string-width on every code unit it claims', () => {
	let claimed = 0;
	for (let code = 0; code < 0x3000; code++) {
		if (!isNarrowCodeUnit(code)) continue;
		claimed++;
		assert.equal(stringWidth(String.fromCharCode(code)), 1, `U+${code.toString(16)}`);
	}

	assert.ok(claimed > 700);
});

test('graphemes: the lone-code-unit path splits exactly as Intl.Segmenter', () => {
	const segmenter = new Intl.Segmenter();
	const alphabet = fc.constantFrom('a', 'Z', ' ', 'é', '©', '\u00ad', '“', '”', '—', '‘', '…', 'e\u0301', '👍🏽', '中', '\r\n', '©\ufe0f', '\u200d', '🇫🇷');
	fc.assert(
		fc.property(fc.array(alphabet, {maxLength: 30}), parts => {
			const text = parts.join('');
			assert.deepEqual(graphemes(text), Array.from(segmenter.segment(text), ({segment}) => segment));
		}),
		{numRuns: 500},
	);
});

test('wrapRuns property: soft hyphens show as - only at the end of a line, and every letter is kept', () => {
	const piece = fc.constantFrom('a', 'bc', 'defgh', 'ijklmnopq', '\u00ad', ' ', '  ');
	fc.assert(fc.property(fc.array(piece, {maxLength: 60}), fc.integer({min: 1, max: 30}), (parts, columns) => {
		const input = parts.join('');
		const lines = wrapText(input, columns);
		for (const line of lines) {
			assert.ok(stringWidth(line) <= columns, `${JSON.stringify(line)} is wider than ${columns}`);
			assert.doesNotMatch(line, /\u00ad|-./);
		}

		assert.equal(lines.map(line => line.replace(/-$/, '')).join('').replaceAll(' ', ''), input.replaceAll(/[\u00ad ]/g, ''));
	}));
});
