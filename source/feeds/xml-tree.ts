// Finding things in the element tree by namespace and local name, never by
// prefix: a feed may call Dublin Core `dc:`, `dcterms:` or nothing at all.
import type {XmlElement} from './xml.js';

export {ns} from './namespaces.js';

/** The element's child elements with this namespace and local name, in order. */
export function childrenNamed(element: XmlElement, uri: string, local: string): XmlElement[] {
	const found: XmlElement[] = [];
	for (const child of element.children) {
		if (typeof child !== 'string' && child.local === local && child.uri === uri) found.push(child);
	}
	return found;
}

/** The first child element with this namespace and local name. */
export function childNamed(element: XmlElement, uri: string, local: string): XmlElement | undefined {
	for (const child of element.children) {
		if (typeof child !== 'string' && child.local === local && child.uri === uri) return child;
	}
	return undefined;
}

/** Every child element, text left out. */
export function childElements(element: XmlElement): XmlElement[] {
	return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The attribute in no namespace (or in `uri`), as written. */
export function attributeOf(element: XmlElement, local: string, uri = ''): string | undefined {
	return element.attributes[uri === '' ? local : `{${uri}}${local}`];
}

/** All the text inside the element, descendants' included, as written (CDATA is text). */
export function textOf(element: XmlElement): string {
	let text = '';
	for (const child of element.children) text += typeof child === 'string' ? child : textOf(child);
	return text;
}

/** Runs of white space as one space, none at either end. */
export function foldWhiteSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The text of the first such child, folded; undefined when there is none or it is empty. */
export function childText(element: XmlElement, uri: string, local: string): string | undefined {
	const child = childNamed(element, uri, local);
	return child === undefined ? undefined : foldWhiteSpace(textOf(child)) || undefined;
}
