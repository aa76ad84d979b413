// A feed as plain data, whatever it was written in (RSS 2.0, RSS 1.0, Atom
// 1.0): what the XML reader gives and the article writer takes. Text fields
// are already text; bodies are still markup, because turning HTML into
// paragraphs is the writer's job.

/** A calendar day as the feed wrote it, in the feed's own offset (never moved into local time). */
export type FeedDate = {
	year: number;
	/** 1–12. */
	month: number;
	/** 1–31. */
	day: number;
};

/** A body or a summary as the feed gave it: HTML to be turned into paragraphs, or plain text. */
export type Markup = {type: 'html' | 'text'; value: string};

/** One item (RSS) or entry (Atom). */
export type FeedItem = {
	/** The RSS guid or the Atom id, as written; undefined when there is none. */
	guid?: string;
	/** As text: entities decoded, tags removed, white space folded; undefined or empty: the item is skipped. */
	title?: string;
	/** An absolute http(s) URL (relative links resolved against xml:base or the feed's URL), else undefined. */
	link?: string;
	/** Published, else updated; undefined when neither reads as a date. */
	date?: FeedDate;
	/** Names, in order (`email (Name)` gives Name; Atom entries inherit the feed's authors). */
	authors: string[];
	/** As written, in order. */
	categories: string[];
	/** RSS description, Atom summary. */
	description?: Markup;
	/** RSS content:encoded, Atom content. */
	content?: Markup;
};

/** A whole feed. */
export type Feed = {
	format: 'rss' | 'rdf' | 'atom';
	/** As text; undefined when the feed has none. */
	title?: string;
	/** The site's link (RSS channel link, Atom alternate link), absolute, else undefined. */
	link?: string;
	/** The Atom feed id, else undefined. */
	id?: string;
	items: FeedItem[];
};
