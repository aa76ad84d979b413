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
