// What RSS and Atom items share once their elements are found: links made
// absolute, authors as names, lists without repeats.
import type {FeedDate} from './feed.js';
import {parseFeedDate} from './feed-dates.js';
import {absoluteUrl} from './xml.js';
import {foldWhiteSpace} from './xml-tree.js';

/** The reference resolved against the base in force, when that makes an http(s) URL; anything else (mailto:, javascript:, a relative link with no base) is no link. */
export function httpLink(reference: string | undefined, base: string | undefined): string | undefined {
	const trimmed = reference?.trim();
	if (!trimmed) return undefined;
	const url = absoluteUrl(trimmed, base);
	return url !== undefined && (url.startsWith('http://') || url.startsWith('https://')) ? url : undefined;
}

/** An author as a name: RSS's `joe@example.com (Joe Bloggs)` and the mail form `Joe Bloggs <joe@example.com>` give the name; a bare address or a plain name stays as written; undefined when empty. */
export function personName(text: string): string | undefined {
	const folded = foldWhiteSpace(text);
	if (folded.endsWith(')')) {
		const open = folded.indexOf('(');
		const address = folded.slice(0, open).trim();
		const name = folded.slice(open + 1, -1).trim();
		if (open > 0 && isAddress(address) && name !== '') return name;
	}
	if (folded.endsWith('>')) {
		const open = folded.lastIndexOf('<');
		const name = folded.slice(0, open).trim().replace(/^"(.*)"$/, '$1');
		if (open > 0 && isAddress(folded.slice(open + 1, -1)) && name !== '') return name;
	}
	return folded || undefined;
}

// Enough to tell `joe@example.com` from a name: one word with an @ inside.
function isAddress(text: string): boolean {
	const at = text.indexOf('@');
	return at > 0 && at < text.length - 1 && !/\s/.test(text);
}

/** The texts in order, each once, empty ones and undefined left out. */
export function uniqueTexts(texts: ReadonlyArray<string | undefined>): string[] {
	return [...new Set(texts.filter((text): text is string => text !== undefined && text !== ''))];
}

/** The first of the texts that reads as a date. */
export function firstDate(texts: ReadonlyArray<string | undefined>): FeedDate | undefined {
	for (const text of texts) {
		const date = text === undefined ? undefined : parseFeedDate(text);
		if (date) return date;
	}
	return undefined;
}
