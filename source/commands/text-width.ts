// Display widths for the text tables (--list, --reactions), in a module of
// its own so that the layout's width tables load only for the commands that
// pad columns for people, not for JSON.
import {graphemes, graphemeWidth} from '../layout/index.js';

/** The columns a terminal may take to draw the text: what a column of it must be padded to. */
export function textWidth(text: string): number {
	let width = 0;
	for (const grapheme of graphemes(text)) width += graphemeWidth(grapheme);
	return width;
}
