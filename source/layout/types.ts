// What layout produces: lines of styled runs, grouped into pages. Styles are
// names, not escape codes, so the same lines feed Ink (<Text> props) and
// stdout (ANSI or plain) alike.

/** Which part of the article a run is, named rather than coloured: style.ts says how each is drawn. */
export type Style = 'title' | 'meta' | 'byline' | 'summary' | 'body' | 'quote' | 'prompt' | 'link' | 'match';

/** A stretch of a line in one style, such as a quote inside a paragraph. */
export type Run = {text: string; style: Style};

/** One row of laid-out text, no wider than the width it was wrapped to; a blank separator has no runs. */
export type Line = {
	runs: Run[];
	/**
	 * Which block of the article the line belongs to: -1 for the header
	 * (title, date · label, byline, summary, link), 0..n-1 for body
	 * paragraph i, n (= paragraphs.length) for the prompt. Blank separator
	 * lines carry the block that follows them.
	 */
	block: number;
};

/** The lines one screen shows: at most H − 2, and never starting with a blank line (see paginate.ts). */
export type Page = {lines: Line[]};
