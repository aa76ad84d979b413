// A feed's body or summary as the paragraphs an article file holds. An article
// block is one run of text, so all an HTML body can keep is where its
// paragraphs break: block elements and `<br>` end one, inline tags go and
// leave their text, and what a browser would never show as text (scripts,
// styles, embedded documents) goes with its content. Read with htmlparser2's
// tokenising parser, which decodes entities and closes what feeds leave open
// the way browsers do.
import {Parser} from 'htmlparser2';
import type {Markup} from './feed.js';
import {sanitise} from '../news/sanitise.js';

// Elements that stand on lines of their own in a browser: each starts and ends
// a paragraph.
const blockElements = new Set([
	'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
	'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
	'tr', 'ul',
]);

// A table's cells share their row's paragraph, kept apart by a space.
const cellElements = new Set(['td', 'th']);

// Code, styling, embedded documents and media whose inner text is a fallback
// for browsers that cannot play them ("Your browser does not support video").
// `img` is not here because it holds nothing: an image goes, alt text and all,
// since a feed's alt texts are file names, "image" or the caption again, and a
// photo's words for the reader are in its figcaption, which stays.
const droppedElements = new Set([
	'audio', 'canvas', 'embed', 'head', 'iframe', 'noscript', 'object', 'script', 'select', 'style', 'svg', 'template',
	'textarea', 'title', 'video',
]);

// What stays visible of a paragraph once white space is gone: one made of
// zero-width spaces and soft hyphens is as empty as one of spaces.
const visible = /[^\s\u200B\u00AD]/;
// White space that is not already one plain space, then the zero-width
// spaces left at either end once it is trimmed. (Matching every space, as
// /\s+/ does, rebuilds a paragraph that needs no change.)
const runOfSpace = /\s{2,}|[^\S ]/g;
const zeroWidthEdges = /^\u200B+|\u200B+$/g;

// A paragraph's ends lose white space and zero-width spaces alike. (A regular
// expression for both ends scans every run of white space for the end of the
// text, which cost more than all the rest of cleaning a paragraph.)
function trimEdges(text: string): string {
	let trimmed = text.trim();
	while (trimmed.startsWith('\u200B') || trimmed.endsWith('\u200B')) trimmed = trimmed.replace(zeroWidthEdges, '').trim();
	return trimmed;
}

// A lone surrogate (from a numeric reference, or a feed's own broken text)
// cannot be written as UTF-8: the file would hold U+FFFD where the field held
// it, so the replacement is made here, where the field is decided.
function wellFormed(text: string): string {
	return text.toWellFormed();
}

/**
 * Text for a one-line field (title, label, summary, name): safe, on one line,
 * without the zero-width spaces that an article keeps only in its body.
 */
export function fieldText(text: string): string {
	return sanitise(wellFormed(text)).replaceAll('\u200B', '').replace(runOfSpace, ' ').trim();
}

/** One paragraph of raw text as the file writes it: safe, on one line, trimmed. */
function cleanParagraph(text: string): string {
	return trimEdges(sanitise(wellFormed(text)).replace(runOfSpace, ' '));
}

function cleanAll(paragraphs: string[]): string[] {
	return paragraphs.map(cleanParagraph).filter(paragraph => visible.test(paragraph));
}

// Plain text keeps its paragraphs where a person would see them: at blank lines.
function textParagraphs(text: string): string[] {
	return cleanAll(text.replace(/\r\n?/gu, '\n').split(/\n[^\S\n]*\n/u));
}

function htmlParagraphs(html: string): string[] {
	const paragraphs: string[] = [];
	let current = '';
	let droppedDepth = 0;
	let preDepth = 0;
	let sawElement = false;
	const endParagraph = () => {
		paragraphs.push(current);
		current = '';
	};

	const parser = new Parser({
		onopentag(name) {
			sawElement = true;
			if (droppedElements.has(name)) droppedDepth++;
			if (droppedDepth > 0) return;
			if (name === 'br' || blockElements.has(name)) endParagraph();
			else if (cellElements.has(name)) current += ' ';
			if (name === 'pre') preDepth++;
		},
		onclosetag(name) {
			if (droppedElements.has(name)) {
				droppedDepth = Math.max(0, droppedDepth - 1);
				return;
			}

			if (droppedDepth > 0) return;
			if (blockElements.has(name)) endParagraph();
			else if (cellElements.has(name)) current += ' ';
			if (name === 'pre') preDepth--;
		},
		ontext(text) {
			if (droppedDepth > 0) return;
			if (preDepth === 0) {
				current += text;
				return;
			}

			// A paragraph cannot hold a line break, and a pre's lines (verse,
			// code, a table drawn in text) are its shape: each becomes one.
			const lines = text.split('\n');
			current += lines[0];
			for (const line of lines.slice(1)) {
				endParagraph();
				current += line;
			}
		},
	}, {decodeEntities: true});
	parser.write(html);
	parser.end();
	endParagraph();

	// Markup without a single tag is text that a feed escaped as HTML (an RSS
	// description is HTML by definition): its blank lines are its paragraphs,
	// which folding it as HTML would run together.
	if (!sawElement) return textParagraphs(paragraphs.join(''));
	return cleanAll(paragraphs);
}

/**
 * A body or summary as article paragraphs: each on one line, white space
 * folded, controls and escape sequences removed, none empty. HTML breaks at
 * block elements and `<br>`; plain text at blank lines.
 */
export function paragraphsOf(markup: Markup): string[] {
	// Without a tag or an entity, HTML is its own text: what the parser would
	// give back, without a parser made for it (most titles, many descriptions).
	const plain = markup.type === 'text' || !/[<&]/.test(markup.value);
	return plain ? textParagraphs(markup.value) : htmlParagraphs(markup.value);
}

/** A body or summary as one line of text (its paragraphs joined by spaces): what a summary is. */
export function textOf(markup: Markup): string {
	return paragraphsOf(markup).join(' ');
}
