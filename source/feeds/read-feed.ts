// A source's bytes as what they are: a feed (RSS 2.0 or 0.9x, RSS 1.0, Atom
// 1.0) or an OPML list of feeds, told apart by the root element. Pure: the
// bytes come from a file or the network, and nothing is written here.
import type {Feed} from './feed.js';
import {FeedError} from './errors.js';
import {httpLink} from './feed-fields.js';
import {readAtom} from './read-atom.js';
import {readRdf, readRss} from './read-rss.js';
import {NotWellFormedError, parseXml, type XmlElement} from './xml.js';
import {decodeXmlBytes} from './xml-encoding.js';
import {attributeOf, childNamed, childElements, childText, foldWhiteSpace, ns} from './xml-tree.js';

/** One feed an OPML file lists. */
export type OpmlEntry = {url: string; title?: string};

/** What a source held: a feed, or an OPML file's feeds (each listed once). */
export type Source = {kind: 'feed'; feed: Feed} | {kind: 'opml'; title?: string; feeds: OpmlEntry[]};

/** The bytes of a feed or an OPML file, read; `baseUrl` (where they came from) resolves relative links. A FeedError when they are not well-formed XML, not in a known encoding, or neither a feed nor OPML. */
export function readSource(bytes: Uint8Array, baseUrl?: string): Source {
	const root = rootOf(bytes, baseUrl);
	if (root.local === 'rss') return {kind: 'feed', feed: readRss(root)};
	if (root.local === 'RDF' && root.uri === ns.rdf) return {kind: 'feed', feed: readRdf(root)};
	if (root.local === 'feed' && root.uri === ns.atom) return {kind: 'feed', feed: readAtom(root)};
	if (root.local === 'opml') return {kind: 'opml', ...readOpml(root)};
	throw notAFeed(root.name);
}

function rootOf(bytes: Uint8Array, baseUrl: string | undefined): XmlElement {
	try {
		return parseXml(bytes, baseUrl);
	} catch (error) {
		// An HTML page is seldom well-formed XML: what it is says more than where it broke.
		if (error instanceof NotWellFormedError && error.root?.toLowerCase() === 'html') throw notAFeed(error.root);
		// HTML's lower-case `<!doctype html>` is not XML at all: saxes stops before any root.
		if (error instanceof NotWellFormedError && htmlStart.test(decodeXmlBytes(bytes.subarray(0, 1024)))) throw notAFeed('html');
		throw error;
	}
}

// White space and comments, then an HTML doctype or an <html> tag.
const htmlStart = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

function notAFeed(rootName: string): FeedError {
	return new FeedError(`not a feed: its root element is <${rootName}>`);
}

// OPML nests outlines in folders as deep as it likes; every outline with an
// xmlUrl is a feed, whatever its type says (many writers leave type out).
function readOpml(root: XmlElement): {title?: string; feeds: OpmlEntry[]} {
	const head = childNamed(root, root.uri, 'head');
	const body = childNamed(root, root.uri, 'body');
	const feeds = new Map<string, OpmlEntry>();
	const visit = (element: XmlElement): void => {
		for (const outline of childElements(element)) {
			if (outline.local !== 'outline') continue;
			const url = httpLink(attributeOf(outline, 'xmlUrl') ?? attributeOf(outline, 'xmlurl'), outline.base);
			if (url !== undefined && !feeds.has(url)) {
				const title = foldWhiteSpace(attributeOf(outline, 'title') || attributeOf(outline, 'text') || '');
				feeds.set(url, title === '' ? {url} : {url, title});
			}
			visit(outline);
		}
	};
	if (body !== undefined) visit(body);
	const title = head && childText(head, root.uri, 'title');
	return title === undefined ? {feeds: [...feeds.values()]} : {title, feeds: [...feeds.values()]};
}
