// What layout produces: lines of styled runs, grouped into pages. Styles are
// names, not escape codes, so the same lines feed Ink (<Text> props) and
// stdout (ANSI or plain) alike.

export type Style = 'title' | 'meta' | 'byline' | 'summary' | 'body' | 'quote' | 'prompt' | 'link';

export type Run = {text: string; style: Style};

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

export type Page = {lines: Line[]};
