// Display width, measured the way string-width measures it: per grapheme,
// so that summing the graphemes of a line gives string-width of the line.
import stringWidth from 'string-width';

let segmenter: Intl.Segmenter | undefined;

/**
 * Code units that always stand alone as a grapheme, whatever surrounds
 * them: none is CR, Extend, ZWJ, Prepend, SpacingMark or a regional
 * indicator (Latin, Latin-1 and the dashes and quotes of U+2010–U+2027).
 */
function standsAlone(code: number): boolean {
	return (code < 0x300 && code !== 0x0d) || (code >= 0x2010 && code <= 0x2027);
}

/**
 * The text's graphemes in order: the units that wrapping and cutting to fit
 * measure and never split, so an emoji or an accented letter stays whole.
 */
export function graphemes(text: string): string[] {
	// Most news is all lone code units: splitting them needs no segmenter.
	let simple = true;
	for (let index = 0; index < text.length && simple; index++) simple = standsAlone(text.charCodeAt(index));
	if (simple) return text.split('');
	segmenter ??= new Intl.Segmenter();
	const out: string[] = [];
	for (const {segment} of segmenter.segment(text)) out.push(segment);
	return out;
}

// Wrapping asks for the width of every grapheme of an article; most repeat.
const cache = new Map<string, number>();
const cacheLimit = 20_000;

/**
 * Single code units that are one column wide for certain: printable ASCII,
 * Latin-1 and Latin Extended letters (not the soft hyphen), and the dashes,
 * curly quotes and ellipsis of U+2010–U+2027. News in Latin script is
 * nearly all of these, and skipping string-width for them spares it from
 * compiling its emoji expressions at start-up. A test holds this equal to
 * string-width over every code point in the ranges.
 */
export function isNarrowCodeUnit(code: number): boolean {
	return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0x300 && code !== 0xad) || (code >= 0x2010 && code <= 0x2027);
}

/**
 * A grapheme's width in terminal columns, as string-width gives it (wide CJK
 * and emoji take 2), answered without string-width where it can be.
 */
export function graphemeWidth(grapheme: string): number {
	if (grapheme.length === 1 && isNarrowCodeUnit(grapheme.charCodeAt(0))) return 1;

	let width = cache.get(grapheme);
	if (width === undefined) {
		width = stringWidth(grapheme);
		if (cache.size >= cacheLimit) cache.clear();
		cache.set(grapheme, width);
	}

	return width;
}
