// Atom 1.0 (RFC 4287). Its text says what it is (text, html, xhtml), its
// links are elements with a rel, and an entry without authors has its
// source's, else the feed's.
import type {Feed, FeedItem} from './feed.js';
import {firstDate, httpLink, personName, uniqueTexts} from './feed-fields.js';
import {atomMarkup, atomText} from './feed-markup.js';
import type {XmlElement} from './xml.js';
import {attributeOf, childNamed, childrenNamed, childText, foldWhiteSpace, ns, textOf} from './xml-tree.js';

/** An Atom `<feed>` as a Feed. */
export function readAtom(root: XmlElement): Feed {
	const feedAuthors = authorsOf(root);
	return {
		format: 'atom',
		title: atomText(childNamed(root, ns.atom, 'title')),
		link: alternateLink(root),
		id: childText(root, ns.atom, 'id'),
		items: childrenNamed(root, ns.atom, 'entry').map(entry => readEntry(entry, feedAuthors)),
	};
}

function readEntry(entry: XmlElement, feedAuthors: string[]): FeedItem {
	const content = childNamed(entry, ns.atom, 'content');
	const summary = childNamed(entry, ns.atom, 'summary');
	const source = childNamed(entry, ns.atom, 'source');
	return {
		guid: childText(entry, ns.atom, 'id'),
		title: atomText(childNamed(entry, ns.atom, 'title')),
		link: alternateLink(entry),
		date: firstDate([childText(entry, ns.atom, 'published'), childText(entry, ns.atom, 'updated'), childText(entry, ns.dc, 'date')]),
		authors: firstNonEmpty(
			authorsOf(entry),
			source === undefined ? [] : authorsOf(source),
			// Not Atom, but written by some tools instead of <author>.
			uniqueTexts(childrenNamed(entry, ns.dc, 'creator').map(creator => personName(textOf(creator)))),
			feedAuthors,
		),
		categories: childrenNamed(entry, ns.atom, 'category')
			.map(category => foldWhiteSpace(attributeOf(category, 'label') || attributeOf(category, 'term') || ''))
			.filter(category => category !== ''),
		description: summary && atomMarkup(summary),
		content: content && atomMarkup(content),
	};
}

function authorsOf(element: XmlElement): string[] {
	return uniqueTexts(childrenNamed(element, ns.atom, 'author').map(author => childText(author, ns.atom, 'name')));
}

function firstNonEmpty(...lists: string[][]): string[] {
	return lists.find(list => list.length > 0) ?? [];
}

// rel="alternate" is the default (RFC 4287 §4.2.7.2), and may be written as
// its IANA URI. The href is relative to the xml:base in force on the link.
const alternateRels = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);

function alternateLink(element: XmlElement): string | undefined {
	for (const link of childrenNamed(element, ns.atom, 'link')) {
		const rel = attributeOf(link, 'rel')?.trim() || 'alternate';
		if (!alternateRels.has(rel)) continue;
		const href = httpLink(attributeOf(link, 'href'), link.base);
		if (href !== undefined) return href;
	}
	return undefined;
}
