// The head of an article file (every field the list shows) and its body's
// word count, read without splitting the body: one pass over the text finds
// where each block starts and ends and counts each block's words, and only
// the blocks the head is read from (and those that may be links, and the
// last, which may be the prompt) are split into text. The same pass says
// whether the text holds anything normalise would change (a control, an
// invisible format character, a CR); only then is it normalised first.
//
// The parts are found by the parser's own readHead, so only the blocks and
// the counting differ from parseArticle: a test holds the fields and the
// count equal to parseArticle's and countWords' on any text.
import {isUtf8} from 'node:buffer';
import {ArticleError, type Block, blockOf, type Blocks, decodeText, isBodyBlock, normalise, readHead, type Head} from './parse.js';
import {sanitiseMayAlter} from './sanitise.js';
import {countWords, wordKind, wordKindOf} from './words.js';

/** An article's head and its body's word count. */
export type CountedHead = Omit<Head, 'lead' | 'bodyStart' | 'bodyEnd'> & {words: number};

const {space, cjk, wordy, other} = wordKind;
/** Set for a code point normalise may change (sanitiseMayAlter, and CR): a text holding one is normalised before it is scanned. */
const altered = 8;
/** Set for a high surrogate: with a low one after it, the two are one code point to class. */
const highSurrogate = 16;
const kindBits = 7;

function classed(code: number, character: string): number {
	return wordKindOf(code) | (sanitiseMayAlter(character) ? altered : 0);
}

// Each code unit's kind (words.ts) and flags, filled as code units are first
// met (0 is not yet classed): the common case, a character of known kind and
// nothing to normalise, is one load and one comparison (at most `other`).
const basicPlane = new Uint8Array(0x1_00_00);

/**
 * Classes ASCII, which the scans look up without asking whether it is
 * classed yet, and the surrogates, at the first scan: not at start-up, where
 * classing compiles the regular expressions of words.ts and sanitise.ts, which
 * a start from the index never needs.
 */
function classBasics(): void {
	if (basicPlane[0] !== 0) return;
	for (let code = 0; code < 0x80; code++) basicPlane[code] = classed(code, String.fromCharCode(code));
	// A lone surrogate is no character: no word, nothing sanitise changes.
	for (let code = 0xD8_00; code <= 0xDF_FF; code++) basicPlane[code] = other | (code <= 0xDB_FF ? highSurrogate : 0);
}
const astral = new Map<number, number>();

function astralClass(code: number): number {
	let found = astral.get(code);
	if (found === undefined) {
		found = classed(code, String.fromCodePoint(code));
		astral.set(code, found);
	}

	return found;
}

/** Where a text's blocks lie, and each one's words, as scan found them. */
type Scanned = {
	/** Where each block's first line starts, and where its last line ends. */
	starts: number[];
	ends: number[];
	words: number[];
};

/**
 * Gathers a text's blocks line by line, for both scans: a line with text
 * opens a block or goes on with one, a blank line closes it.
 */
class BlockLines {
	readonly starts: number[] = [];
	readonly ends: number[] = [];
	readonly firsts: number[] = [];
	readonly words: number[] = [];
	private open = false;
	private start = 0;
	private end = 0;
	private count = 0;

	/** The line [start, end), its first character that is not white space at `first` (-1 for a blank line), with its words. */
	line(start: number, end: number, first: number, words: number): void {
		if (first === -1) {
			if (this.open) this.close();
			return;
		}

		if (!this.open) {
			this.open = true;
			this.start = start;
			this.firsts.push(first);
		}

		this.count += words;
		this.end = end;
	}

	/** The blocks, where each one's first line's text starts, and their words. */
	done(): Scanned & {firsts: number[]} {
		if (this.open) this.close();
		return {starts: this.starts, ends: this.ends, firsts: this.firsts, words: this.words};
	}

	private close(): void {
		this.starts.push(this.start);
		this.ends.push(this.end);
		this.words.push(this.count);
		this.count = 0;
		this.open = false;
	}
}

/**
 * The blocks of a normalised text (or of one that needs no normalising), and
 * each one's words as countWords counts its paragraph; undefined when
 * `trusted` is false and the text holds a code point normalise may change.
 * A line is blank when it is all white space, as trim sees it: the same
 * white space that ends a word. Lines are found with indexOf and each is
 * counted in a tight loop: half the time of one loop that also looked for
 * line breaks.
 */
function scan(text: string, trusted: boolean): Scanned | undefined {
	classBasics();
	const blocks = new BlockLines();
	const {length} = text;
	for (let lineStart = 0; lineStart <= length;) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1) lineEnd = length;
		let lineFirst = -1;
		let count = 0;
		let wordInRun = false;
		for (let index = lineStart; index < lineEnd; index++) {
			const at = index;
			const code = text.charCodeAt(index);
			let kind = basicPlane[code]!;
			if (kind > other || kind === 0) {
				if (kind === 0) {
					kind = classed(code, String.fromCharCode(code));
					basicPlane[code] = kind;
				} else if ((kind & highSurrogate) !== 0 && index + 1 < lineEnd) {
					const low = text.charCodeAt(index + 1);
					if (low >= 0xDC_00 && low <= 0xDF_FF) {
						kind = astralClass(((code - 0xD8_00) << 10) + (low - 0xDC_00) + 0x1_00_00);
						index++;
					}
				}

				if ((kind & altered) !== 0 && !trusted) return undefined;
				kind &= kindBits;
			}

			if (kind === wordy) {
				wordInRun = true;
				if (lineFirst === -1) lineFirst = at;
			} else if (kind === space) {
				if (wordInRun) count++;
				wordInRun = false;
			} else {
				if (lineFirst === -1) lineFirst = at;
				if (kind === cjk) {
					if (wordInRun) count++;
					wordInRun = false;
					count++;
				}
			}
		}

		if (wordInRun) count++;
		blocks.line(lineStart, lineEnd, lineFirst, count);
		lineStart = lineEnd + 1;
	}

	return blocks.done();
}

const letterL = 0x4C;
const lineFeedByte = 0x0A;
const zeroWidthSpace = 0x20_0B;

/** Whether a block's text may start with `Link: `: its first character that is not white space is `L`, or a zero-width space (gone from the text). */
function mayStartLink(text: string, start: number): boolean {
	let index = start;
	// A block holds a character that is not white space, and the scan has classed each one before it.
	while ((basicPlane[text.charCodeAt(index)]! & kindBits) === space) index++;
	const first = text.charCodeAt(index);
	return first === letterL || first === zeroWidthSpace;
}

/**
 * The blocks of a file's bytes as scan finds those of its text, and where
 * each block's first character that is not white space starts; undefined
 * when the text holds a code point normalise may change (a BOM, a CR, a NUL
 * among them). The bytes must be valid UTF-8: a line feed byte is then only
 * ever a line feed, and every lead byte is followed by its continuations.
 * Scanning bytes, not text, spares decoding each body only to count it (a
 * string twice the file's size, a tenth of a first scan, and its garbage).
 */
function scanBytes(bytes: Buffer): (Scanned & {firsts: number[]}) | undefined {
	classBasics();
	const blocks = new BlockLines();
	const {length} = bytes;
	for (let lineStart = 0; lineStart <= length;) {
		let lineEnd = bytes.indexOf(lineFeedByte, lineStart);
		if (lineEnd === -1) lineEnd = length;
		let lineFirst = -1;
		let count = 0;
		let wordInRun = false;
		for (let index = lineStart; index < lineEnd; index++) {
			const at = index;
			const lead = bytes[index]!;
			let kind: number;
			if (lead < 0x80) {
				kind = basicPlane[lead]!;
			} else {
				let code: number;
				if (lead < 0xE0) {
					code = ((lead & 0x1F) << 6) | (bytes[index + 1]! & 0x3F);
					index += 1;
				} else if (lead < 0xF0) {
					code = ((lead & 0x0F) << 12) | ((bytes[index + 1]! & 0x3F) << 6) | (bytes[index + 2]! & 0x3F);
					index += 2;
				} else {
					code = ((lead & 0x07) << 18) | ((bytes[index + 1]! & 0x3F) << 12) | ((bytes[index + 2]! & 0x3F) << 6) | (bytes[index + 3]! & 0x3F);
					index += 3;
				}

				if (code < 0x1_00_00) {
					kind = basicPlane[code]!;
					if (kind === 0) {
						kind = classed(code, String.fromCharCode(code));
						basicPlane[code] = kind;
					}
				} else {
					kind = astralClass(code);
				}
			}

			// Valid UTF-8 holds no surrogate, so the only flag left to see is `altered`.
			if (kind > other) {
				if ((kind & altered) !== 0) return undefined;
				kind &= kindBits;
			}

			if (kind === wordy) {
				wordInRun = true;
				if (lineFirst === -1) lineFirst = at;
			} else if (kind === space) {
				if (wordInRun) count++;
				wordInRun = false;
			} else {
				if (lineFirst === -1) lineFirst = at;
				if (kind === cjk) {
					if (wordInRun) count++;
					wordInRun = false;
					count++;
				}
			}
		}

		if (wordInRun) count++;
		blocks.line(lineStart, lineEnd, lineFirst, count);
		lineStart = lineEnd + 1;
	}

	return blocks.done();
}

/** The head read from the blocks, and the words of those that are the body (and of the lead). */
function countHead(blocks: Blocks, words: readonly number[], file: string): CountedHead {
	const head = readHead(blocks, file);
	let bodyWords = head.lead === null ? 0 : countWords([head.lead]);
	for (let index = head.bodyStart; index < head.bodyEnd; index++) {
		if (isBodyBlock(blocks, head, index)) bodyWords += words[index]!;
	}

	return {
		id: head.id,
		file: head.file,
		date: head.date,
		dateText: head.dateText,
		title: head.title,
		label: head.label,
		summary: head.summary,
		byline: head.byline,
		link: head.link,
		prompt: head.prompt,
		words: bodyWords,
	};
}

/** Blocks split from their stretches of a source (text or bytes) only when asked for, each once. */
function lazyBlocks(count: number, stretch: (index: number) => string, mayBeLink: (index: number) => boolean): Blocks {
	const split: Array<Block | undefined> = [];
	return {
		count,
		at(index) {
			let block = split[index];
			if (block === undefined) {
				block = blockOf(stretch(index));
				split[index] = block;
			}

			return block;
		},
		mayBeLink,
	};
}

/**
 * An article's head and its body's word count from decoded file text, equal
 * to parseArticle's fields and countWords of its paragraphs; `file` is the
 * file's name inside the folder. Throws ArticleError as parseArticle does.
 */
export function countedHead(text: string, file: string): CountedHead {
	let scanned = scan(text, false);
	if (scanned === undefined) {
		text = normalise(text);
		scanned = scan(text, true)!;
	}

	const {starts, ends, words} = scanned;
	const normalised = text;
	const blocks = lazyBlocks(starts.length, index => normalised.slice(starts[index], ends[index]), index => mayStartLink(normalised, starts[index]!));
	return countHead(blocks, words, file);
}

/**
 * An article's head and its body's word count from a file's bytes, equal to
 * decodeArticle's fields and countWords of its paragraphs, or the same
 * ArticleError. Only the blocks the head is read from are decoded.
 */
export function headOfFile(bytes: Uint8Array, file: string): CountedHead {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const scanned = buffer.length > 0 && isUtf8(buffer) ? scanBytes(buffer) : undefined;
	// Anything to refuse or to normalise: as the text would be read, from the start.
	if (scanned === undefined) return countedHead(decodeText(bytes), file);
	const {starts, ends, firsts, words} = scanned;
	// Nothing but white space, and nothing to normalise away: what decodeText refuses as empty.
	if (starts.length === 0) throw new ArticleError('empty file');
	const blocks = lazyBlocks(starts.length, index => buffer.toString('utf8', starts[index], ends[index]), index => {
		const first = firsts[index]!;
		return buffer[first] === letterL || (buffer[first] === 0xE2 && buffer[first + 1] === 0x80 && buffer[first + 2] === 0x8B);
	});
	return countHead(blocks, words, file);
}
