// The plain data every other part of broadsheet works on. Nothing here knows
// about terminals: the reader and the scripting commands both start from it.

/** One run of a paragraph: plain text or the text of a quote (marks included). */
export type Segment = {
	text: string;
	/** True for a quotation, including its quotation marks. */
	quote: boolean;
	/** The quote's text between its marks; set only when `quote` is true. */
	inner?: string;
};

/**
 * Who wrote the article and for whom (`By A and B, Source, Dateline`); the
 * dateline is kept as written, not read as a date.
 */
export type Byline = {
	authors: string[];
	source: string;
	dateline: string | null;
};

/**
 * One article file as read: the header's parts, the body, the link and the
 * prompt; whatever the file leaves out is null.
 */
export type Article = {
	/** The file name without `.txt`. */
	id: string;
	/** The file name inside the folder. */
	file: string;
	/** ISO `YYYY-MM-DD`, or null when the file has no date line. */
	date: string | null;
	/**
	 * The date line as the file writes it (`Thursday, 5 February 2026`), for
	 * the header; null exactly when `date` is. Never in the JSON, whose `date`
	 * is the ISO one.
	 */
	dateText: string | null;
	title: string;
	label: string | null;
	summary: string | null;
	byline: Byline | null;
	/** The body, lead first, each paragraph's inner line breaks folded to spaces. */
	paragraphs: string[];
	link: string | null;
	prompt: string | null;
	/**
	 * The body's word count, where it is known without the body: a scanned
	 * article's, counted once when its file was read (and kept in the library
	 * index). Absent on an article parsed alone; wordsOf counts it then.
	 */
	words?: number;
};

/** The question the picker asks when an article ends without a prompt of its own. */
export const defaultPrompt = 'How did you feel after reading this news?';
