// RSS in its three shapes: 2.0 and 0.9x (`<rss><channel><item>`, in no
// namespace) and 1.0 (RDF: `<rdf:RDF>` with `<channel>` and the items side
// by side, in RSS 1.0's or 0.90's namespace). They share their elements;
// only where the items are and what names an item differ.
import type {Feed, FeedItem} from './feed.js';
import {FeedError} from './errors.js';
import {firstDate, httpLink, personName, uniqueTexts} from './feed-fields.js';
import {rssMarkup, rssText} from './feed-markup.js';
import type {XmlElement} from './xml.js';
import {attributeOf, childNamed, childrenNamed, childText, foldWhiteSpace, ns, textOf} from './xml-tree.js';

/** An `<rss>` document (2.0, 0.91, 0.92) as a Feed; a FeedError when it has no channel. */
export function readRss(root: XmlElement): Feed {
	// RSS elements are in no namespace, but a few feeds give `<rss>` a
	// default one; its children are then in the same.
	const channel = childNamed(root, root.uri, 'channel');
	if (channel === undefined) throw new FeedError(`not a feed: its <${root.name}> holds no <channel>`);
	return {
		format: 'rss',
		...channelFields(channel, root.uri),
		items: childrenNamed(channel, root.uri, 'item').map(item => readItem(item, root.uri, undefined)),
	};
}

/** An RSS 1.0 (or 0.90) `<rdf:RDF>` document as a Feed; a FeedError when it has no RSS channel. */
export function readRdf(root: XmlElement): Feed {
	const channel = childNamed(root, ns.rss1, 'channel') ?? childNamed(root, ns.rss090, 'channel');
	if (channel === undefined) throw new FeedError(`not a feed: its <${root.name}> holds no RSS 1.0 <channel>`);
	return {
		format: 'rdf',
		...channelFields(channel, channel.uri),
		items: childrenNamed(root, channel.uri, 'item').map(item => readItem(item, channel.uri, attributeOf(item, 'about', ns.rdf))),
	};
}

function channelFields(channel: XmlElement, rss: string): Pick<Feed, 'title' | 'link'> {
	const link = childNamed(channel, rss, 'link');
	return {
		title: rssText(childNamed(channel, rss, 'title')) ?? rssText(childNamed(channel, ns.dc, 'title')),
		link: link && httpLink(textOf(link), link.base),
	};
}

function readItem(item: XmlElement, rss: string, about: string | undefined): FeedItem {
	const guid = childNamed(item, rss, 'guid');
	const guidText = guid && (foldWhiteSpace(textOf(guid)) || undefined);
	const linkElement = childNamed(item, rss, 'link');
	// A guid is a permalink unless it says otherwise (RSS 2.0); it is an
	// identifier, not a reference, so only an absolute one is a link.
	const permalink = guid && attributeOf(guid, 'isPermaLink')?.trim().toLowerCase() !== 'false' ? httpLink(guidText, undefined) : undefined;
	return {
		guid: guidText ?? (about?.trim() || undefined),
		title: rssText(childNamed(item, rss, 'title')) ?? rssText(childNamed(item, ns.dc, 'title')),
		link: (linkElement && httpLink(textOf(linkElement), linkElement.base)) ?? permalink ?? httpLink(about, undefined),
		date: firstDate([childText(item, rss, 'pubDate'), childText(item, ns.dc, 'date'), childText(item, ns.atom, 'published'), childText(item, ns.atom, 'updated')]),
		authors: uniqueTexts([
			...childrenNamed(item, rss, 'author'),
			...childrenNamed(item, ns.dc, 'creator'),
			...childrenNamed(item, ns.itunes, 'author'),
		].map(author => personName(textOf(author)))),
		categories: [...childrenNamed(item, rss, 'category'), ...childrenNamed(item, ns.dc, 'subject')]
			.map(category => foldWhiteSpace(textOf(category)))
			.filter(category => category !== ''),
		description: rssMarkup(childNamed(item, rss, 'description')),
		content: rssMarkup(childNamed(item, ns.content, 'encoded')),
	};
}
