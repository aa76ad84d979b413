import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {countWords} from '../../source/news/words.js';

const cases: Array<[name: string, paragraphs: string[], words: number]> = [
	['no paragraphs', [], 0],
	['plain words', ['Xi told Trump'], 3],
	['words across paragraphs', ['one two', 'three'], 3],
	['runs of white space', ['  one \t two\n three  '], 3],
	['punctuation alone is no word', ['a — b - c "', '...'], 3],
	['tokens with punctuation count once', ['"prudent", (£8.2bn) co-operation'], 3],
	['digits count', ['20 million'], 2],
	['each Chinese character is a word', ['港湾镇'], 3],
	['Chinese punctuation is no word', ['你好，世界。'], 4],
	['CJK then Latin in one token', ['中文abc'], 3],
	['Latin either side of CJK', ['abc中def'], 3],
	['kana count per character', ['ひらがなカタカナ'], 8],
	['Hangul is counted by spaces', ['한국어 단어'], 2],
	['emoji alone is no word', ['🏮 🎆'], 0],
];

for (const [name, paragraphs, words] of cases) {
	test(`countWords: ${name}`, () => {
		assert.equal(countWords(paragraphs), words);
	});
}

test('countWords: Latin words separated by spaces are counted one each', () => {
	const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
	fc.assert(fc.property(fc.array(word, {maxLength: 30}), words => countWords([words.join(' ')]) === words.length));
});

// The counter as it was, two regular expressions a token: the one-pass counter must agree with it on any text.
const cjkClass = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\uFF70]`;
const eachCjkCharacter = new RegExp(`(${cjkClass})`, 'u');
const oneCjkCharacter = new RegExp(cjkClass, 'u');
function splitCount(paragraphs: string[]): number {
	let count = 0;
	for (const paragraph of paragraphs) {
		for (const token of paragraph.split(/\s+/u)) {
			for (const piece of token.split(eachCjkCharacter)) {
				if (oneCjkCharacter.test(piece) || /[\p{L}\p{N}]/u.test(piece)) count++;
			}
		}
	}

	return count;
}

// Characters from every class the count tells apart, and their edges: white space of every kind, CJK and kana,
// letters and digits of several scripts, punctuation, emoji, zero-width space, lone and paired surrogates.
const characters = [...' \t\n\v\f\r\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u200B', ...'a Z 0 é ß Ж ٣ ह 한 中 文 ひ カ ー ｰ ｱ 々 〇 ㋐ , . — “ ” \' - ( ) 🏮 😊 𝐀 𠀋 \uD800 \uDC00 \u0301'.split(' ')];
const text = fc.array(fc.oneof(fc.constantFrom(...characters), fc.string({unit: 'grapheme', maxLength: 3}), fc.string({unit: 'binary', maxLength: 3})), {maxLength: 40}).map(parts => parts.join(''));

test('countWords: the one-pass count equals the count by splitting, on any text', () => {
	fc.assert(fc.property(fc.array(text, {maxLength: 5}), paragraphs => countWords(paragraphs) === splitCount(paragraphs)), {numRuns: 5000});
});

test('countWords: the shipped articles count as the split did', async () => {
	const {readdirSync, readFileSync} = await import('node:fs');
	const {parseArticle} = await import('../../source/news/parse.js');
	const folder = new URL('../../articles/', import.meta.url);
	for (const file of readdirSync(folder)) {
		const {paragraphs} = parseArticle(readFileSync(new URL(file, folder), 'utf8'), file);
		assert.equal(countWords(paragraphs), splitCount(paragraphs), file);
		assert.ok(countWords(paragraphs) > 50, file);
	}
});
