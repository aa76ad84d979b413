// Fitting one-line text into a number of terminal columns. Ink's own
// `wrap="truncate"` miscounts wide characters (CJK, emoji), so every line the
// reader draws outside the laid-out article is cut here first, by grapheme
// and display width, and Ink never has to wrap or cut it.
import stringWidth from 'string-width';
import {graphemeWidth, graphemes, terminalSafe} from '../../layout/index.js';

const ellipsis = '…';

/** One line of text no wider than `width`, ending in `…` when it was cut. */
export function truncateEnd(text: string, width: number): string {
	const safe = terminalSafe(text);
	if (width <= 0) return '';
	if (displayWidth(safe) <= width) return safe;
	return takeWidth(graphemes(safe), width - 1).join('') + ellipsis;
}

/** Like truncateEnd, but keeps the end (a path's last folders say the most). */
export function truncateStart(text: string, width: number): string {
	const safe = terminalSafe(text);
	if (width <= 0) return '';
	if (displayWidth(safe) <= width) return safe;
	return ellipsis + takeWidth(graphemes(safe).reverse(), width - 1).reverse().join('');
}

/** Exactly `width` columns: cut as truncateEnd does, then padded with spaces. */
export function padEnd(text: string, width: number): string {
	const cut = truncateEnd(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** Exactly `width` columns, right-aligned: numbers line up by their last digit. */
export function padStart(text: string, width: number): string {
	const cut = truncateEnd(text, width);
	return ' '.repeat(Math.max(0, width - displayWidth(cut))) + cut;
}

/** The leading graphemes that fit in `width` columns. */
function takeWidth(parts: string[], width: number): string[] {
	const out: string[] = [];
	let used = 0;
	for (const part of parts) {
		const partWidth = graphemeWidth(part);
		if (used + partWidth > width) break;
		out.push(part);
		used += partWidth;
	}

	return out;
}

/** Terminal columns: wide CJK and emoji count 2. */
export function displayWidth(text: string): number {
	return stringWidth(text);
}
