// Fitting one-line text into a number of terminal columns. Ink's own
// `wrap="truncate"` miscounts wide characters (CJK, emoji), so every line the
// reader draws outside the laid-out article is cut here first, by grapheme
// and display width, and Ink never has to wrap or cut it. Widths are the
// layout's (the widest a terminal plausibly draws a cluster), what takes no
// column (a soft hyphen, a zero-width space) is left out as the layout leaves
// it out, and text is read only as far as it is shown: a title of megabytes
// costs a list row what the row shows.
import {graphemeWidth, graphemes, isInvisible, terminalSafe} from '../../layout/index.js';

const ellipsis = '…';

type Fitted = {parts: string[]; used: number; all: boolean};

/**
 * The drawn graphemes at the text's start (or its end) that fit in `width`
 * columns, their width, and whether they are all of the text. A long text is
 * cleaned and segmented a window at a time, growing only until the columns
 * are filled; the grapheme at a window's cut is not trusted (it may go on
 * past it) and waits for the next window.
 */
function fitted(text: string, width: number, fromEnd: boolean): Fitted {
	for (let cut = Math.max(256, width * 8); ; cut *= 4) {
		const all = cut >= text.length;
		const window = all ? text : (fromEnd ? text.slice(-cut) : text.slice(0, cut));
		const parts = graphemes(terminalSafe(window));
		if (!all) {
			if (fromEnd) parts.shift();
			else parts.pop();
		}

		if (fromEnd) parts.reverse();
		const out: string[] = [];
		let used = 0;
		let over = false;
		for (const part of parts) {
			if (isInvisible(part)) continue;
			const partWidth = graphemeWidth(part);
			if (used + partWidth > width) {
				over = true;
				break;
			}

			out.push(part);
			used += partWidth;
		}

		if (fromEnd) out.reverse();
		if (over || all) return {parts: out, used, all: !over};
	}
}

/** The graphemes kept when cutting to `width` with an ellipsis at one end. */
function cut({parts, used}: Fitted, width: number, fromEnd: boolean): string {
	while (parts.length > 0 && used + 1 > width) used -= graphemeWidth((fromEnd ? parts.shift() : parts.pop())!);
	return parts.join('');
}

/** One line of text no wider than `width`, ending in `…` when it was cut. */
export function truncateEnd(text: string, width: number): string {
	if (width <= 0) return '';
	const fit = fitted(text, width, false);
	return fit.all ? fit.parts.join('') : cut(fit, width, false) + ellipsis;
}

/** Like truncateEnd, but keeps the end (a path's last folders say the most). */
export function truncateStart(text: string, width: number): string {
	if (width <= 0) return '';
	const fit = fitted(text, width, true);
	return fit.all ? fit.parts.join('') : ellipsis + cut(fit, width, true);
}

/** Exactly `width` columns: cut as truncateEnd does, then padded with spaces. */
export function padEnd(text: string, width: number): string {
	const shown = truncateEnd(text, width);
	return shown + ' '.repeat(Math.max(0, width - displayWidth(shown)));
}

/** Exactly `width` columns, right-aligned: numbers line up by their last digit. */
export function padStart(text: string, width: number): string {
	const shown = truncateEnd(text, width);
	return ' '.repeat(Math.max(0, width - displayWidth(shown))) + shown;
}

/**
 * Terminal columns the text takes when drawn (wide CJK and emoji 2, a
 * cluster at the widest a terminal draws it); reading stops past `atMost`,
 * and any width beyond it is given as `atMost` + 1.
 */
export function displayWidth(text: string, atMost = Number.POSITIVE_INFINITY): number {
	const fit = fitted(text, atMost, false);
	return fit.all ? fit.used : atMost + 1;
}
