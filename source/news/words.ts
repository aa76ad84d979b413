// Chinese and Japanese put no spaces between words, so each of their
// characters counts as one word. Hangul is not among them: Korean spaces its
// words. Within a token such characters also split it, so `中文abc` is three
// words (中, 文, abc) and `abc中def` is three too.
//
// Counted in one pass over the code points, each classed once (a table for
// the Basic Multilingual Plane, filled as characters are first met): a list of
// 10,000 articles counts millions of tokens, and splitting each paragraph on
// a regular expression, then each token on another, was half of `--list`'s time.
import type {Article} from './article.js';

const whiteSpace = /^\s$/u;
const cjkCharacter = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\uFF70]$/u;
const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** What a code point does to the count: ends a token, is a word of its own, makes its run a word, or none of these. */
const unknown = 0;
const space = 1;
const cjk = 2;
const wordy = 3;
const other = 4;

function classify(character: string): number {
	if (whiteSpace.test(character)) return space;
	if (cjkCharacter.test(character)) return cjk;
	return letterOrDigit.test(character) ? wordy : other;
}

// ASCII, the bulk of most text, looked up without a branch for the table's filling.
const asciiClass = Uint8Array.from({length: 0x80}, (_, code) => classify(String.fromCharCode(code)));

const basicPlane = new Uint8Array(0x1_00_00);
const astral = new Map<number, number>();

function classOf(code: number): number {
	if (code < 0x1_00_00) {
		let known = basicPlane[code]!;
		if (known === unknown) {
			// A lone surrogate is no character: the regular expressions read it as none of the classes.
			known = code >= 0xD8_00 && code <= 0xDF_FF ? other : classify(String.fromCharCode(code));
			basicPlane[code] = known;
		}

		return known;
	}

	let known = astral.get(code);
	if (known === undefined) {
		known = classify(String.fromCodePoint(code));
		astral.set(code, known);
	}

	return known;
}

/** The kinds wordKindOf gives, for a scan that counts words itself (head.ts). */
export const wordKind = {space, cjk, wordy, other} as const;

/** What a code point does to the count (one of wordKind); a lone surrogate is `other`. */
export function wordKindOf(code: number): number {
	return code < 0x80 ? asciiClass[code]! : classOf(code);
}

/** The words of the paragraphs: white-space separated tokens holding a letter or digit, each CJK character one word. */
export function countWords(paragraphs: readonly string[]): number {
	let count = 0;
	for (const paragraph of paragraphs) {
		// Whether the run since the last space or CJK character holds a letter or digit.
		let wordInRun = false;
		const {length} = paragraph;
		for (let index = 0; index < length; index++) {
			let code = paragraph.charCodeAt(index);
			if (code >= 0xD8_00 && code <= 0xDB_FF && index + 1 < length) {
				const low = paragraph.charCodeAt(index + 1);
				if (low >= 0xDC_00 && low <= 0xDF_FF) {
					code = ((code - 0xD8_00) << 10) + (low - 0xDC_00) + 0x1_00_00;
					index++;
				}
			}

			const kind = code < 0x80 ? asciiClass[code]! : classOf(code);
			if (kind === wordy) {
				wordInRun = true;
			} else if (kind === space || kind === cjk) {
				if (wordInRun) count++;
				wordInRun = false;
				if (kind === cjk) count++;
			}
		}

		if (wordInRun) count++;
	}

	return count;
}

/** The body's words: as a scan counted them when it read the file (or its index kept them), else counted now. */
export function wordsOf(article: Article): number {
	return article.words ?? countWords(article.paragraphs);
}
