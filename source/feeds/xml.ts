// A feed's bytes as a small tree of namespaced elements, parsed by saxes (a
// conforming, namespace-aware XML parser) and no further: which elements
// mean what is read-feed's business. Strict where a feed is broken (cut off,
// tags that do not match, no root) and lenient where the wild is merely
// sloppy (HTML entities, a bare '&', an undeclared well-known prefix).
import {SaxesParser, type SaxesTagPlain} from 'saxes';
import {decodeHTMLStrict} from 'entities';
import {FeedError} from './errors.js';
import {decodeXmlBytes} from './xml-encoding.js';
import {escapeBareAmpersands} from './xml-ampersands.js';
import {ns} from './namespaces.js';

/** One element: its namespace URI ('' for none) and local name, its attributes, and its children in order (adjacent text and CDATA merged into one string). */
export type XmlElement = {
	uri: string;
	local: string;
	/** The name as written, prefix included (for messages). */
	name: string;
	/** By local name for attributes in no namespace, by `{uri}local` for the others (xml:base is `{http://www.w3.org/XML/1998/namespace}base`). */
	attributes: Record<string, string>;
	/** The absolute URL relative references in this element resolve against: xml:base (inherited, each relative to its parent's), else the document's URL; undefined when neither gives an absolute URL. */
	base?: string;
	children: Array<XmlElement | string>;
};

// XML's own namespace, which xml:base lives in.
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/** The source is not well-formed XML; `root` is the name of its root element when one was opened (an HTML page is told apart by it). */
export class NotWellFormedError extends FeedError {
	override name = 'NotWellFormedError';

	/** The root element's name as written, when the parser got as far. */
	readonly root: string | undefined;

	/** Says where and why, in the parser's words. */
	constructor(line: number, column: number, reason: string, root: string | undefined) {
		super(`not well-formed XML (line ${line}, column ${column}: ${reason})`);
		this.root = root;
	}
}

// Feeds use these prefixes without declaring them often enough that dropping
// the elements would lose authors and bodies; a declared prefix always wins.
const wellKnownPrefixes: Record<string, string> = {atom: ns.atom, content: ns.content, dc: ns.dc, itunes: ns.itunes, media: ns.media, rdf: ns.rdf};

// The parser's messages that mean the tree is not the document's: it broke
// off, its tags do not nest, or there is no single root. Anything else
// (undefined entities, stray control characters, duplicate attributes) loses
// at most a character or an attribute and is let pass.
const fatalReasons = [
	'unclosed tag',
	'unexpected end',
	'unexpected close tag',
	'document must contain a root element',
	'documents may contain only one root',
	'unmatched closing tag',
	'text data outside of root node',
];

/** The bytes' one root element; a NotWellFormedError when they are not well-formed XML, a FeedError when their encoding is unknown. */
export function parseXml(bytes: Uint8Array, documentUrl?: string): XmlElement {
	return parseXmlText(decodeXmlBytes(bytes), absoluteUrl(documentUrl, undefined));
}


// How an xml:base attribute is keyed (by its expanded name).
const xmlBaseKey = `{${xmlNamespace}}base`;

// The prefixes bound in every document (Namespaces in XML, §3).
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';
const reservedPrefixes: Record<string, string> = {xml: xmlNamespace, xmlns: xmlnsNamespace};

/** The prefixes in force at an element: declared there or on an element around it; '' for the default namespace. */
type Bindings = Readonly<Record<string, string>>;
const noBindings: Bindings = Object.create(null) as Bindings;

// A declaration binds its prefix in the element it is on and the elements inside.
function bindingsOf(attributes: Record<string, string>, around: Bindings): Bindings {
	let bindings: Record<string, string> | undefined;
	for (const name in attributes) {
		if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
		bindings ??= Object.assign(Object.create(null) as Record<string, string>, around);
		bindings[name === 'xmlns' ? '' : name.slice('xmlns:'.length)] = attributes[name]!.trim();
	}

	return bindings ?? around;
}

// A prefix's namespace: declared, else reserved, else well known; undefined when unbound.
function namespaceOf(prefix: string, bindings: Bindings): string | undefined {
	const bound = bindings[prefix];
	if (bound !== undefined) return bound;
	if (Object.hasOwn(reservedPrefixes, prefix)) return reservedPrefixes[prefix];
	return Object.hasOwn(wellKnownPrefixes, prefix) ? wellKnownPrefixes[prefix] : undefined;
}

// Namespaces are resolved here, not by saxes (its xmlns option): it resolves
// every attribute's name, with objects of its own for each, where a feed's
// elements declare a handful between them. What comes out is what its
// resolution gave: an element's unbound prefix stands for its own namespace,
// attributes take no default namespace, and `xmlns` itself is in XML's
// namespace for namespace declarations.
function parseXmlText(text: string, documentBase: string | undefined): XmlElement {
	const parser = new SaxesParser();
	parser.ENTITIES = htmlEntities;
	const open: XmlElement[] = [];
	const scopes: Bindings[] = [];
	let root: XmlElement | undefined;
	let failure: NotWellFormedError | undefined;

	parser.on('opentag', (tag: SaxesTagPlain) => {
		const parent = open.at(-1);
		const bindings = bindingsOf(tag.attributes, scopes.at(-1) ?? noBindings);
		const attributes: Record<string, string> = {};
		for (const name in tag.attributes) {
			const colon = name.indexOf(':');
			let key = name;
			if (colon > 0) {
				const prefix = name.slice(0, colon);
				const uri = namespaceOf(prefix, bindings) ?? prefix;
				key = uri === '' ? name.slice(colon + 1) : `{${uri}}${name.slice(colon + 1)}`;
			} else if (colon === 0) {
				key = name.slice(1);
			} else if (name === 'xmlns') {
				key = `{${xmlnsNamespace}}xmlns`;
			}

			attributes[key] = tag.attributes[name]!;
		}
		const colon = tag.name.indexOf(':');
		const prefix = colon > 0 ? tag.name.slice(0, colon) : '';
		const parentBase = parent ? parent.base : documentBase;
		const xmlBase = attributes[xmlBaseKey];
		const element: XmlElement = {
			uri: prefix === '' ? namespaceOf('', bindings) ?? '' : namespaceOf(prefix, bindings) || prefix,
			local: colon > 0 ? tag.name.slice(colon + 1) : colon === 0 ? tag.name.slice(1) : tag.name,
			name: tag.name,
			attributes,
			// A base that makes no URL is passed over rather than losing the parent's.
			base: xmlBase === undefined ? parentBase : absoluteUrl(xmlBase.trim(), parentBase) ?? parentBase,
			children: [],
		};
		if (parent) parent.children.push(element);
		else root ??= element;
		open.push(element);
		scopes.push(bindings);
	});
	parser.on('closetag', () => {
		open.pop();
		scopes.pop();
	});
	const addText = (value: string): void => {
		const parent = open.at(-1);
		if (!parent || value === '') return;
		const last = parent.children.length - 1;
		if (typeof parent.children[last] === 'string') parent.children[last] += value;
		else parent.children.push(value);
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('error', error => {
		if (failure) return;
		const reason = reasonOf(error.message, parser.line, parser.column);
		if (fatalReasons.some(fatal => reason.startsWith(fatal))) {
			failure = new NotWellFormedError(parser.line, parser.column, reason, root?.name);
		}
	});
	parser.write(escapeBareAmpersands(text)).close();
	if (failure) throw failure;
	// saxes reports a missing root, so a root is here; the check is for the compiler.
	if (!root) throw new NotWellFormedError(parser.line, parser.column, 'document must contain a root element', undefined);
	return root;
}

// saxes writes 'line:column: reason.'; the message gives its own position.
function reasonOf(message: string, line: number, column: number): string {
	const prefix = `${line}:${column}: `;
	const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
	return reason.endsWith('.') ? reason.slice(0, -1) : reason;
}

/** `reference` resolved against `base` when it makes an absolute URL, else undefined. */
export function absoluteUrl(reference: string | undefined, base: string | undefined): string | undefined {
	// Asked before constructing: a throw for each guid that is no URL cost a
	// 5,000-item feed a tenth of a second (profiled).
	if (reference === undefined || !URL.canParse(reference, base)) return undefined;
	return new URL(reference, base).href;
}

// XML knows five named entities, all of which HTML knows with the same
// meaning; feeds written by HTML tools use the rest (&nbsp;, &eacute;,
// &hellip;), which a reader expects to see as characters. A name neither
// knows stays undefined, so saxes keeps it as written and says so (an
// error let pass). Looked up by name, never through Object's prototype
// (saxes' own table would answer &constructor; with a function).
const htmlEntities = new Proxy({} as Record<string, string>, {
	get(_table, name) {
		if (typeof name !== 'string') return undefined;
		const reference = `&${name};`;
		const decoded = decodeHTMLStrict(reference);
		return decoded === reference ? undefined : decoded;
	},
});
