// Where a paragraph quotes someone (SPEC §2). Curly marks say which way they
// face; a straight `"` is read from what stands either side of it. Single
// marks and apostrophes are never looked at, so `China's` inside a quote
// cannot end it.
import type {Segment} from './article.js';

const straight = '"';
// `„` opens German-style quotes, closed by `“` or `”`.
const curlyClosers: Record<string, string> = {'“': '”', '„': '“”'};
const opensAfter = '([{—–-/';

function charBefore(text: string, index: number): string {
	return index === 0 ? '' : String.fromCodePoint(text.codePointAt(index - 1) ?? 0);
}

function charAfter(text: string, index: number): string {
	const code = text.codePointAt(index + 1);
	return code === undefined ? '' : String.fromCodePoint(code);
}

function isDigitBefore(text: string, index: number): boolean {
	return /\p{Nd}/u.test(charBefore(text, index));
}

function canOpen(text: string, index: number): boolean {
	const before = charBefore(text, index);
	return before === '' || /\s/u.test(before) || opensAfter.includes(before);
}

function canClose(text: string, index: number): boolean {
	const after = charAfter(text, index);
	return after === '' || /[\s\p{P}]/u.test(after);
}

function isPlainCloser(text: string, index: number): boolean {
	return text[index] === straight && canClose(text, index) && !isDigitBefore(text, index);
}

/** The last `"` that can close a quote and is no inch mark, -1 if none. */
function lastPlainCloser(text: string): number {
	for (let index = text.lastIndexOf(straight); index !== -1; index = text.lastIndexOf(straight, index - 1)) {
		if (isPlainCloser(text, index)) return index;
		if (index === 0) break;
	}

	return -1;
}

/**
 * Where the straight quote opened at `open` ends: the first `"` in closing
 * position. A `"` after a digit is an inch mark (`a 12" pipe`) as long as a
 * later mark can still close the quote; when none can, it is the closing mark
 * after all (`he asked for "12"`). -1 when the quote runs to the end.
 */
function straightEnd(text: string, open: number, lastPlain: number): number {
	for (let index = text.indexOf(straight, open + 1); index !== -1; index = text.indexOf(straight, index + 1)) {
		if (!canClose(text, index)) continue;
		if (!isDigitBefore(text, index) || index > lastPlain) return index;
	}

	return -1;
}

function curlyEnd(text: string, open: number, closers: string): number {
	for (let index = open + 1; index < text.length; index++) {
		if (closers.includes(text[index]!)) return index;
	}

	return -1;
}

/** Where the quote opening at `index` ends, -1 if it runs to the end; undefined when no quote opens there. */
function quoteEnd(text: string, index: number, lastPlain: number): number | undefined {
	const mark = text[index]!;
	const closers = curlyClosers[mark];
	if (closers !== undefined) return curlyEnd(text, index, closers);
	if (mark === straight && canOpen(text, index)) return straightEnd(text, index, lastPlain);
	return undefined;
}

/**
 * The paragraph cut into plain runs and quotes, in order; joined, the
 * segments give back the paragraph exactly. A quote keeps its marks in
 * `text`; `inner` is what stands between them (everything after the opening
 * mark when the quote runs to the end of the paragraph).
 */
export function segmentQuotes(paragraph: string): Segment[] {
	const segments: Segment[] = [];
	let plainStart = 0;
	let index = 0;
	const lastPlain = lastPlainCloser(paragraph);
	while (index < paragraph.length) {
		const end = quoteEnd(paragraph, index, lastPlain);
		if (end === undefined) {
			index++;
			continue;
		}

		if (index > plainStart) segments.push({text: paragraph.slice(plainStart, index), quote: false});
		const stop = end === -1 ? paragraph.length : end + 1;
		const innerStop = end === -1 ? paragraph.length : end;
		segments.push({text: paragraph.slice(index, stop), quote: true, inner: paragraph.slice(index + 1, innerStop)});
		index = stop;
		plainStart = stop;
	}

	if (plainStart < paragraph.length) segments.push({text: paragraph.slice(plainStart), quote: false});
	return segments;
}

/** The text of every quote in the paragraphs, in order. */
export function quotesOf(paragraphs: string[]): string[] {
	return paragraphs.flatMap(paragraph =>
		segmentQuotes(paragraph).flatMap(segment => (segment.quote ? [segment.inner ?? ''] : [])),
	);
}
