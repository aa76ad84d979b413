// The widest a terminal plausibly draws text, worked out here apart from the
// code it checks: each grapheme at string-width's count or the sum of its
// code points' counts, whichever is more (tmux draws 👍🏽 as 4 columns, a
// Devanagari conjunct as 2). For short test strings only: it segments whole.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter();

/** Columns the text takes on the widest-drawing terminal. */
export function widestWidth(text: string): number {
	let width = 0;
	for (const {segment} of segmenter.segment(text)) {
		let parts = 0;
		for (const codePoint of segment) parts += stringWidth(codePoint);
		width += Math.max(stringWidth(segment), parts);
	}

	return width;
}

/** Clusters terminals draw at other widths than string-width says (skin tone, VS16, keycap, conjunct, ZWJ family, flag). */
export const disputedClusters = ['👍🏽', '❤️', '1️⃣', 'क्ष', '👨\u200d👩\u200d👧', '🇩🇪'] as const;

/** The text as drawn: without what takes no column (soft hyphen, zero-width characters) or half a flag. */
export function drawnText(text: string): string {
	return Array.from(segmenter.segment(text), ({segment}) => segment).filter(grapheme => stringWidth(grapheme) > 0 && !/^\p{Regional_Indicator}$/u.test(grapheme)).join('');
}
