// Titles as text and bodies as markup. RSS says nothing of what its text
// holds, and feeds put escaped HTML in titles as often as not, so RSS titles
// are read as HTML; Atom says (type="text", "html" or "xhtml") and is taken
// at its word. Bodies stay markup for the article writer, XHTML written back
// as the HTML string it is.
import {escapeAttribute, escapeText} from 'entities';
import type {Markup} from './feed.js';
import {textOf as markupText} from './html.js';
import {absoluteUrl, type XmlElement} from './xml.js';
import {attributeOf, childElements, childNamed, foldWhiteSpace, ns, textOf} from './xml-tree.js';

// HTML as the text a browser shows: the article writer's reading of HTML,
// its paragraphs joined into one line.
function htmlText(html: string): string {
	return markupText({type: 'html', value: html});
}

/** An RSS text element as text, read as HTML; undefined when absent or empty. */
export function rssText(element: XmlElement | undefined): string | undefined {
	return element === undefined ? undefined : htmlText(textOf(element)) || undefined;
}

/** An Atom text construct (title, subtitle) as text, by its type; undefined when absent or empty. */
export function atomText(element: XmlElement | undefined): string | undefined {
	if (element === undefined) return undefined;
	const markup = atomMarkup(element);
	if (markup === undefined) return undefined;
	return (markup.type === 'html' ? htmlText(markup.value) : foldWhiteSpace(markup.value)) || undefined;
}

/** An Atom content or summary as markup: text stays text, html is the escaped HTML, xhtml is its div's inside written as HTML; undefined when empty, out of line (`src`) or not text (a base64 media type). */
export function atomMarkup(element: XmlElement): Markup | undefined {
	if (attributeOf(element, 'src') !== undefined) return undefined;
	const type = (attributeOf(element, 'type') ?? 'text').trim().toLowerCase();
	let markup: Markup | undefined;
	if (type === 'text' || type === 'text/plain') markup = {type: 'text', value: textOf(element)};
	else if (type === 'html' || type === 'text/html') markup = {type: 'html', value: textOf(element)};
	else if (type === 'xhtml' || type === 'application/xhtml+xml') markup = {type: 'html', value: xhtmlInside(element)};
	// Other text/* types are text; any other media type is base64 data.
	else if (type.startsWith('text/')) markup = {type: 'text', value: textOf(element)};
	return markup !== undefined && markup.value.trim() !== '' ? markup : undefined;
}

/** An RSS body element (description, content:encoded) as HTML; undefined when absent or empty. */
export function rssMarkup(element: XmlElement | undefined): Markup | undefined {
	if (element === undefined) return undefined;
	const value = textOf(element);
	return value.trim() === '' ? undefined : {type: 'html', value};
}

// RFC 4287 §3.1.1.3: the content is the inside of one xhtml:div, the div
// itself not part of it. A feed without the div still means its children.
function xhtmlInside(element: XmlElement): string {
	const elements = childElements(element);
	const div = elements.length === 1 ? childNamed(element, ns.xhtml, 'div') : undefined;
	return (div ?? element).children.map(serialised).join('');
}

// Elements HTML writes without an end tag.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Attributes whose relative URL means something only with the xml:base in force.
const urlAttributes = new Set(['href', 'src']);

function serialised(node: XmlElement | string): string {
	if (typeof node === 'string') return escapeText(node);
	let html = `<${node.local}`;
	for (const [name, value] of Object.entries(node.attributes)) {
		// Namespace declarations and xml:* mean nothing in HTML.
		if (name.startsWith('{')) continue;
		const written = urlAttributes.has(name) ? absoluteUrl(value.trim(), node.base) ?? value : value;
		html += ` ${name}="${escapeAttribute(written)}"`;
	}
	html += '>';
	if (voidElements.has(node.local)) return html;
	return `${html}${node.children.map(serialised).join('')}</${node.local}>`;
}
