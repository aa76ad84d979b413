// The head-only read of a scan (head.ts) must give exactly what reading the
// whole file gives: parseArticle's fields, and countWords of its paragraphs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {countedHead, headOfFile} from '../../source/news/head.js';
import {decodeArticle, parseArticle} from '../../source/news/parse.js';
import {sanitise, sanitiseMayAlter} from '../../source/news/sanitise.js';
import {countWords} from '../../source/news/words.js';

type Outcome = {head: Record<string, unknown>} | {error: string};

/** What reading the whole article gives: its fields but the body, and the body's words; or why it is no article. */
function whole(read: () => ReturnType<typeof parseArticle>): Outcome {
	try {
		const {paragraphs, ...head} = read();
		return {head: {...head, words: countWords(paragraphs)}};
	} catch (error) {
		return {error: `${(error as Error).name}: ${(error as Error).message}`};
	}
}

function headOnly(read: () => object): Outcome {
	try {
		return {head: {...read()}};
	} catch (error) {
		return {error: `${(error as Error).name}: ${(error as Error).message}`};
	}
}

function sameAsWhole(text: string): void {
	assert.deepEqual(headOnly(() => countedHead(text, 'a.txt')), whole(() => parseArticle(text, 'a.txt')));
	const bytes = Buffer.from(text);
	assert.deepEqual(headOnly(() => headOfFile(bytes, 'a.txt')), whole(() => decodeArticle(bytes, 'a.txt')));
}

// Every kind of white space (each Unicode space, NBSP, the separators, BOM), zero-width and
// joining characters, controls and escape sequences, CJK, kana, emoji (with joiners, modifiers
// and a tag sequence), combining marks, lone surrogates.
const hostile = [
	' ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
	'\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF', '\u0085', '\u180E',
	'\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u200E', '\u200F', '\u202E', '\u2066',
	'\u0000', '\u0007', '\u0008', '\u001B', '\u007F', '\u0080', '\u009B', '\u009D',
	'\u001B[31m', '\u001B[0m', '\u001B]0;title\u0007', '\u001B]8;;http://x.test\u001B\\', '\u009B2J', '\u001BPdcs\u001B\\', '\u001B(B',
	'中', '文', '说“好”。', 'ひ', 'カ', 'ー', '한국어', '🏮', '😊', '👨‍👩‍👧', '👍🏽', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', 'क्‍ष', 'ه‌ا', 'e\u0301', '𝐀', '𠀋', '\uD800', '\uDC00',
];
// Those that sanitise and normalise never change: a text of only these takes the scan's quick way, the others the parser's.
const unchanged = hostile.filter(piece => ![...piece].some(character => sanitiseMayAlter(character)));

// Pieces that make the head's parts: dates, bylines, links, labels, prompts.
const parts = [
	'• Thursday, 5 February 2026', '5 February 2026', 'February 5, 2026', '2026-02-05', '- 18 Nov 2026', 'Title', 'blog', 'city hall',
	'By Kelly Ng and Tessa Wong, BBC News, Jan 5: ', 'By Bob: ', 'By A, B', ': ', ':', 'By', 'Link: https://x.test/a', 'Link: ', 'Link:',
	'https://x.test/', 'Link: ftp://x.test/', 'How did you feel?', 'your?', 'you', '?', '.', 'L', 'Li\u200Bnk: https://x.test/',
	'\u200BLink: https://x.test/', 'word', 'words and more words', '12"', '"quote"', 'It.', '国际版', 'a'.repeat(31),
];
const piece = fc.oneof(
	{weight: 4, arbitrary: fc.constantFrom(...parts)},
	{weight: 3, arbitrary: fc.constantFrom(...hostile)},
	{weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '\n \n', '\n\u00A0\n', '\n\t\n', '\r\n\r\n', '\n\u3000\n')},
	{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 4})},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})},
);
const articleText = fc.array(piece, {maxLength: 40}).map(pieces => pieces.join(''));

// Articles of §1's shape, each part optional, their lines and blank lines varied.
const blankLine = fc.oneof(
	{weight: 8, arbitrary: fc.constantFrom('\n\n', '\n\n\n', '\n  \n', '\n\t\n', '\n\u00A0\n', '\n\u3000\u2003\n', '\n\u200B\n')},
	{weight: 1, arbitrary: fc.constantFrom('\r\n\r\n', '\r\r', '\n\u2028\n', '\n\uFEFF\n')},
);
const line = fc.array(fc.oneof(
	{weight: 6, arbitrary: fc.constantFrom(...parts)},
	{weight: 4, arbitrary: fc.constantFrom(...unchanged)},
	{weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
	{weight: 1, arbitrary: fc.constantFrom(...hostile)},
), {minLength: 1, maxLength: 6}).map(words => words.join(' '));
const block = fc.array(line, {minLength: 1, maxLength: 3}).map(lines => lines.join('\n'));
const shaped = fc.record({
	bom: fc.boolean(),
	date: fc.option(fc.constantFrom('• Thursday, 5 February 2026', 'February 5, 2026', '2026-02-05', ' - 1 Jan 2026 ')),
	title: block,
	label: fc.option(fc.constantFrom('blog', 'city hall', '国际版', 'Why?', 'By X: y', 'Link: https://x.test/')),
	summary: fc.array(block, {maxLength: 2}),
	byline: fc.option(fc.constantFrom('By Kelly Ng and Tessa Wong, BBC News, Jan 5: The lead.', 'By Bob:\u200B lead', 'By A, B, 13 Nov:\nlead over\nlines', 'By X: ', 'By :')),
	body: fc.array(fc.oneof({weight: 5, arbitrary: block}, {weight: 1, arbitrary: fc.constantFrom('Link: https://x.test/', 'Link: http://y.test/?you', ' Link: https://z.test/ ')}), {maxLength: 6}),
	prompt: fc.option(fc.constantFrom('How did you feel after reading this news?', 'And you?', 'Link: https://x.test/you?', 'Who?')),
	blanks: fc.array(blankLine, {minLength: 12, maxLength: 12}),
}).map(({bom, date, title, label, summary, byline, body, prompt, blanks}) => {
	const blocks = [date, title, label, ...summary, byline, ...body, prompt].filter(part => part !== null);
	return (bom ? '\uFEFF' : '') + blocks.map((part, index) => (index === 0 ? '' : blanks[index % blanks.length]) + part).join('');
});

test('head: the fields and word count of any text are what parsing it whole gives', () => {
	fc.assert(fc.property(articleText, text => {
		sameAsWhole(text);
	}), {numRuns: 4000});
});

test('head: articles of the format, every part varied, read as they do whole', () => {
	fc.assert(fc.property(shaped, text => {
		sameAsWhole(text);
	}), {numRuns: 4000});
});

test('head: any bytes, UTF-8 or not, read as decodeArticle reads them, or are refused for the same reason', () => {
	const bytes = fc.oneof(
		fc.uint8Array({maxLength: 60}),
		articleText.chain(text => fc.tuple(fc.constant(Buffer.from(text)), fc.nat(), fc.integer({min: 0, max: 255})).map(([buffer, at, byte]) => {
			if (buffer.length > 0) buffer[at % buffer.length] = byte;
			return buffer;
		})),
	);
	fc.assert(fc.property(bytes, data => {
		assert.deepEqual(headOnly(() => headOfFile(data, 'a.txt')), whole(() => decodeArticle(data, 'a.txt')));
	}), {numRuns: 4000});
});

test('head: empty, blank, binary, not UTF-8 and untitled files are refused as decodeArticle refuses them', () => {
	for (const bytes of [Buffer.alloc(0), Buffer.from(' \n\t\n'), Buffer.from('\uFEFF \n'), Buffer.from('Title\u0000'), Buffer.from([0x54, 0xFF, 0x0A]), Buffer.from('\u0007\n'), Buffer.from('5 February 2026\n')]) {
		const expected = whole(() => decodeArticle(bytes, 'a.txt'));
		assert.ok('error' in expected);
		assert.deepEqual(headOnly(() => headOfFile(bytes, 'a.txt')), expected);
	}
});

test('head: the shipped articles, and each with CRLF, a BOM, an escape sequence or a zero-width space, read as they do whole', () => {
	const folder = new URL('../../articles/', import.meta.url);
	const files = readdirSync(folder).filter(name => name.endsWith('.txt'));
	assert.ok(files.length >= 8);
	for (const name of files) {
		const text = readFileSync(new URL(name, folder), 'utf8');
		for (const variant of [text, text.replaceAll('\n', '\r\n'), `\uFEFF${text}`, text.replace(' ', ' \u001B[31m'), text.replaceAll('. ', '.\u200B ')]) {
			sameAsWhole(variant);
		}

		const {paragraphs} = parseArticle(text, name);
		assert.equal(headOfFile(Buffer.from(text), name).words, countWords(paragraphs));
		assert.ok(countWords(paragraphs) > 0);
	}
});

test('head: a file with a link, a prompt and a byline lead counts only its body', () => {
	const text = 'Title\n\nblog\n\nA summary.\n\nBy Ann, Source:  two words\n\nThree more words.\n\nLink: https://x.test/\n\n中文 ok\n\nHow did you feel?\n';
	const head = headOfFile(Buffer.from(text), 'a.txt');
	assert.equal(head.words, 2 + 3 + 3);
	assert.equal(head.summary, 'A summary.');
	assert.equal(head.link, 'https://x.test/');
	assert.equal(head.prompt, 'How did you feel?');
});

test('sanitiseMayAlter: text holding no character it names is left as it is, for every code point', () => {
	for (let code = 0; code <= 0x10_FF_FF; code++) {
		if (code >= 0xD8_00 && code <= 0xDF_FF) continue;
		const character = String.fromCodePoint(code);
		if (sanitiseMayAlter(character)) continue;
		const text = `a${character}b${character}`;
		if (sanitise(text) !== text) assert.fail(`U+${code.toString(16)} is changed by sanitise`);
	}
});

test('sanitiseMayAlter: text with none of its characters is left as it is by sanitise', () => {
	const safe = fc.array(fc.oneof(fc.constantFrom(...hostile), fc.string({unit: 'grapheme', maxLength: 3})), {maxLength: 20})
		.map(pieces => pieces.join(''))
		.filter(text => ![...text].some(character => sanitiseMayAlter(character)));
	fc.assert(fc.property(safe, text => sanitise(text) === text), {numRuns: 2000});
});
