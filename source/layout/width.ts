// Graphemes and their display width. Intl.Segmenter's time grows much faster
// than the text on Node 20 (a 2 MB paragraph took minutes), so text is never
// handed to it whole: the code units that always stand alone are split
// without it, and the rest is segmented in pieces of at most `pieceLength`
// code units, each starting at a boundary known to be one.
//
// Widths are string-width 8's, computed here rather than by importing it:
// string-width builds a `/^\p{RGI_Emoji}$/v` expression (about 40 ms for V8
// to parse) and an Intl.Segmenter (about 20 ms) as it is imported, which the
// reader's first paint would wait for. Here they are built on first use, and
// a single code point, nearly every grapheme of any text, needs neither.
// Tests hold this equal to string-width over every code point, and over
// clusters of every kind.
import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

let segmenter: Intl.Segmenter | undefined;

/** The longest text Intl.Segmenter is ever given here. */
const pieceLength = 1024;

/**
 * Code units that are a grapheme of their own whenever their neighbours are
 * such code units too: BMP letters and punctuation that are no mark, format,
 * control, surrogate, regional indicator, Hangul jamo or Prepend character
 * (printable ASCII, Latin-1 and Latin Extended, Greek and Cyrillic, the dashes
 * and quotes of U+2010–U+2027, kana, CJK ideographs, Hangul syllables and
 * fullwidth forms). Between two of them there is always a boundary: no rule of
 * UAX #29 joins them, and neither can carry a join to its other side.
 */
function standsAlone(code: number): boolean {
	if (code < 0x300) return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code !== 0xad);
	return (code >= 0x370 && code <= 0x482) || (code >= 0x48a && code <= 0x52f)
		|| (code >= 0x2010 && code <= 0x2027)
		|| (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a0 && code <= 0x30ff)
		|| (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)
		|| (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xff01 && code <= 0xff5e);
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Whether a grapheme boundary always follows this code point when the next
 * one starts fresh (startsFresh). Of UAX #29's rules, only these join a code
 * point to such a following one (never an extender, joiner, spacing mark,
 * jamo V or T, or regional indicator): CR before LF (LF does not stand alone
 * anyway), a Hangul L jamo before a syllable, ZWJ before a pictograph (© and
 * ® stand alone), and a Prepend character before anything.
 */
function endsBefore(code: number): boolean {
	if (code === 0x0d || code === 0x200d) return false;
	if ((code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97f)) return false;
	return !isPrepend(code);
}

// Grapheme_Cluster_Break=Prepend (Unicode 15.1).
function isPrepend(code: number): boolean {
	return (code >= 0x600 && code <= 0x605) || code === 0x6dd || code === 0x70f || code === 0x890 || code === 0x891 || code === 0x8e2 || code === 0xd4e
		|| code === 0x110bd || code === 0x110cd || code === 0x111c2 || code === 0x111c3 || code === 0x1193f || code === 0x11941 || code === 0x11a3a
		|| (code >= 0x11a84 && code <= 0x11a89) || code === 0x11d46 || code === 0x11f02;
}

/**
 * The length in code units of the code point at `index` when it is a
 * grapheme by itself because the one after it starts fresh (or the text
 * ends there); else 0. A lone surrogate is left to the segmenter.
 */
function singleBefore(text: string, index: number): number {
	const code = text.codePointAt(index)!;
	const length = code > 0xffff ? 2 : 1;
	if (code >= 0xd800 && code <= 0xdfff) return 0;
	const next = index + length;
	return (next === text.length || startsFresh(text, next)) && endsBefore(code) ? length : 0;
}

/**
 * Whether the code point at `index` never joins the grapheme before it (no
 * extender, joiner, spacing mark, jamo, regional indicator or emoji
 * modifier): what stands alone, arrows, symbols and dingbats (U+2190–U+2BFF),
 * and emoji pictographs (U+1F300–U+1FAFF, but for the skin-tone modifiers).
 * Checked against Intl.Segmenter over every code point of those ranges.
 */
function startsFresh(text: string, index: number): boolean {
	const code = text.codePointAt(index)!;
	if (code < 0x10000) return standsAlone(code) || (code >= 0x2190 && code <= 0x2bff);
	return code >= 0x1f300 && code <= 0x1faff && !(code >= 0x1f3fb && code <= 0x1f3ff);
}

function alone(text: string, index: number): boolean {
	return index < text.length && standsAlone(text.charCodeAt(index));
}

/**
 * The graphemes of text[start, end) (which starts at a boundary and ends at
 * one, or at `end` = a piece's end whose last grapheme may go on), and where
 * the next piece starts.
 */
function segmentPiece(text: string, start: number, end: number, whole: boolean, out: string[]): number {
	segmenter ??= new Intl.Segmenter();
	const parts = Array.from(segmenter.segment(text.slice(start, end)), ({segment}) => segment);
	// The last grapheme of a cut piece may continue past the cut: it is
	// segmented again with the next piece, unless it is all the piece holds
	// (one cluster longer than a piece, which is then cut).
	const keep = whole || parts.length === 1 ? parts.length : parts.length - 1;
	let next = start;
	for (let index = 0; index < keep; index++) {
		out.push(parts[index]!);
		next += parts[index]!.length;
	}

	return next;
}

/** Graphemes handed out at a time by graphemeBatches. */
const batchLength = 1024;

/**
 * The text's graphemes in order, lazily, a batch of up to 1,024 at a time:
 * the units that wrapping and cutting to fit measure and never split, so an
 * emoji or an accented letter stays whole. The same as segmenting the whole
 * text at once (but for a cluster longer than 1,024 code units, which is
 * cut), in time linear in the text.
 */
export function * graphemeBatches(text: string): Generator<string[], void, undefined> {
	let batch: string[] = [];
	let index = 0;
	while (index < text.length) {
		// A boundary is known at `index`. Code units that stand alone, followed
		// by one that never joins what is before it, are graphemes without
		// asking the segmenter.
		while (alone(text, index) && (index + 1 === text.length || startsFresh(text, index + 1))) {
			batch.push(text[index]!);
			index++;
			if (batch.length === batchLength) {
				yield batch;
				batch = [];
			}
		}

		if (index >= text.length) break;
		// One code point before one that never joins it is a grapheme of its
		// own (see endsBefore and startsFresh): a pointer, a bullet or an emoji between words
		// needs no segmenter, and the first Intl.Segmenter costs ~12 ms.
		const single = singleBefore(text, index);
		if (single > 0) {
			batch.push(text.slice(index, index + single));
			index += single;
			if (batch.length >= batchLength) {
				yield batch;
				batch = [];
			}

			continue;
		}

		// The next boundary known for certain: between two code units that
		// stand alone, within one piece.
		let end = index + 1;
		const last = Math.min(text.length, index + pieceLength);
		while (end < last && !(alone(text, end - 1) && alone(text, end))) end++;
		const whole = end < last || end === text.length;
		if (!whole && isHighSurrogate(text.charCodeAt(end - 1))) end--;
		index = segmentPiece(text, index, end, whole, batch);
		if (batch.length >= batchLength) {
			yield batch;
			batch = [];
		}
	}

	if (batch.length > 0) yield batch;
}

/** The text's graphemes as an array (see graphemeBatches). */
export function graphemes(text: string): string[] {
	const out: string[] = [];
	for (const batch of graphemeBatches(text)) {
		for (const grapheme of batch) out.push(grapheme);
	}

	return out;
}

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

const regionalIndicator = /^\p{Regional_Indicator}$/u;

// Cheap to build (no property of strings): a code point that draws nothing.
const invisibleCodePoint = /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]$/u;
const emojiPresentation = /^\p{Emoji_Presentation}$/u;

/**
 * One code point's width as string-width 8 gives it: 0 for what draws
 * nothing (controls, format characters, marks, default ignorables, a lone
 * surrogate), 2 for an emoji drawn as one (but a regional indicator, half a
 * flag), else its East Asian Width.
 */
function codePointWidth(codePoint: number): number {
	if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
	const character = String.fromCodePoint(codePoint);
	if (invisibleCodePoint.test(character)) return 0;
	if (emojiPresentation.test(character) && !regionalIndicator.test(character)) return 2;
	return eastAsianWidth(codePoint);
}

// What string-width needs for clusters of more than one code point, built the first time one is measured.
type ClusterRules = {
	segmenter: Intl.Segmenter;
	visible: RegExp;
	spacingMark: RegExp;
	rgiEmoji: RegExp;
	pictographic: RegExp;
};

let clusterRules: ClusterRules | undefined;

function rules(): ClusterRules {
	clusterRules ??= {
		segmenter: new Intl.Segmenter(),
		visible: /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u,
		spacingMark: /\p{Spacing_Mark}/u,
		// A property of strings needs the v flag: built from a string, so that V8 parses it only here.
		rgiEmoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
		pictographic: /\p{Extended_Pictographic}/gu,
	};
	return clusterRules;
}

const isLeadingJamo = (code: number) => (code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97c);
const isVowelJamo = (code: number | undefined) => code !== undefined && ((code >= 0x1160 && code <= 0x11a7) || (code >= 0xd7b0 && code <= 0xd7c6));
const isTrailingJamo = (code: number | undefined) => code !== undefined && ((code >= 0x11a8 && code <= 0x11ff) || (code >= 0xd7cb && code <= 0xd7fb));
const isJamo = (code: number) => isLeadingJamo(code) || isVowelJamo(code) || isTrailingJamo(code);

// string-width's rules for one segment of several code points, step for step.
function clusterWidth(segment: string, {visible, spacingMark, rgiEmoji, pictographic}: ClusterRules): number {
	const start = segment.search(visible);
	if (start === -1) return 0;
	const base = segment.slice(start);
	if (rgiEmoji.test(segment)) return 2;
	if (segment.length <= 50) {
		if (/^[\d#*]\u20E3$/.test(segment)) return 2;
		if (segment.includes('\u200D') && (segment.match(pictographic)?.length ?? 0) >= 2) return 2;
	}

	const codes: number[] = [];
	for (const character of base) {
		if (visible.test(character)) codes.push(character.codePointAt(0)!);
	}

	if (codes.length > 0 && isJamo(codes[0]!)) {
		let width = 0;
		for (let index = 0; index < codes.length; index++) {
			const code = codes[index]!;
			if (!isJamo(code)) {
				for (let rest = index; rest < codes.length; rest++) width += eastAsianWidth(codes[rest]!);
				return width;
			}

			if (isLeadingJamo(code) && isVowelJamo(codes[index + 1])) {
				width += 2;
				index += isTrailingJamo(codes[index + 2]) ? 2 : 1;
				continue;
			}

			width += eastAsianWidth(code);
		}

		return width;
	}

	let width = eastAsianWidth(base.codePointAt(0)!);
	let first = true;
	for (const character of base) {
		if (first) {
			first = false;
			continue;
		}

		if (spacingMark.test(character) || (character >= '\uFF00' && character <= '\uFFEF')) width += eastAsianWidth(character.codePointAt(0)!);
	}

	return width;
}

/**
 * Columns the text takes as string-width 8 counts them (with its default
 * options): the sum of its graphemes' widths, escape sequences left out.
 */
export function stringWidth(text: string): number {
	if (text.length === 0) return 0;
	const first = text.codePointAt(0)!;
	if (text.length === (first > 0xffff ? 2 : 1)) return codePointWidth(first);
	let narrow = true;
	for (let index = 0; index < text.length && narrow; index++) {
		const code = text.charCodeAt(index);
		narrow = code >= 0x20 && code < 0x7f;
	}

	if (narrow) return text.length;
	const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	if (plain.length === 0) return 0;
	const clusters = rules();
	let width = 0;
	for (const {segment} of clusters.segmenter.segment(plain)) {
		const code = segment.codePointAt(0)!;
		width += segment.length === (code > 0xffff ? 2 : 1) ? codePointWidth(code) : clusterWidth(segment, clusters);
	}

	return width;
}

/**
 * Does the grapheme take no column of its own? Such a grapheme is left out of
 * what is drawn: string-width counts it 0 columns but Ink's cells and its
 * clipping (slice-ansi) count 1, so a line holding one would lose its last
 * character. That is every grapheme string-width counts 0 (the soft hyphen,
 * zero-width spaces and joiners, direction marks, a lone combining mark) and
 * a lone regional indicator (half a flag: string-width 1, slice-ansi 2).
 */
export function isInvisible(grapheme: string): boolean {
	if (grapheme.length === 1 && isNarrowCodeUnit(grapheme.charCodeAt(0))) return false;
	return widthOf(grapheme).string === 0 || regionalIndicator.test(grapheme);
}

type Widths = {string: number; widest: number};

// Wrapping asks for the width of every grapheme of an article; most repeat.
const cache = new Map<string, Widths>();
const cacheLimit = 20_000;

function widthOf(grapheme: string): Widths {
	let widths = cache.get(grapheme);
	if (widths === undefined) {
		const string = stringWidth(grapheme);
		let parts = 0;
		for (const codePoint of grapheme) parts += stringWidth(codePoint);
		widths = {string, widest: Math.max(string, parts)};
		if (cache.size >= cacheLimit) cache.clear();
		cache.set(grapheme, widths);
	}

	return widths;
}

/**
 * A grapheme's width in terminal columns when fitting text: the widest a
 * terminal plausibly draws it. That is string-width's count (wide CJK and
 * emoji 2), or the sum of its code points' counts when more, because
 * terminals disagree on clusters: tmux draws a skin-tone emoji as the emoji
 * and the swatch (4 columns), a Devanagari conjunct as its two consonants (2),
 * a ZWJ family as its members. Lines fitted with it fit on such terminals,
 * and are at worst a little short where a terminal draws the cluster as one.
 */
export function graphemeWidth(grapheme: string): number {
	if (grapheme.length === 1 && isNarrowCodeUnit(grapheme.charCodeAt(0))) return 1;
	return widthOf(grapheme).widest;
}
