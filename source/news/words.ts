// Chinese and Japanese put no spaces between words, so each of their
// characters counts as one word. Hangul is not among them: Korean spaces its
// words. Within a token such characters also split it, so `中文abc` is three
// words (中, 文, abc) and `abc中def` is three too.
const cjkClass = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\uFF70]`;
const cjkCharacter = new RegExp(cjkClass, 'u');
// Captured, so that splitting on it keeps each character as a piece.
const eachCjkCharacter = new RegExp(`(${cjkClass})`, 'u');
const letterOrDigit = /[\p{L}\p{N}]/u;

function wordsInToken(token: string): number {
	let count = 0;
	for (const piece of token.split(eachCjkCharacter)) {
		if (cjkCharacter.test(piece) || letterOrDigit.test(piece)) count++;
	}

	return count;
}

/** The words of the paragraphs: white-space separated tokens holding a letter or digit, each CJK character one word. */
export function countWords(paragraphs: string[]): number {
	let count = 0;
	for (const paragraph of paragraphs) {
		for (const token of paragraph.split(/\s+/u)) count += wordsInToken(token);
	}

	return count;
}
