// The fast layout (breaks counted as offsets, a page laid out when first
// shown) against the layout it replaced (one object per grapheme, every line
// built): the same lines, the same pages, the same places, at every size down
// to the smallest the reader draws.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import type {Article} from '../../source/news/article.js';
import {parseArticle} from '../../source/news/parse.js';
import {article as makeArticle, longParagraphs} from '../support/articles.js';
import {mayBeUnsafe, terminalSafe} from '../../source/layout/text.js';
import {referencePageOfBlock, referencePageOfPlace, referencePages, referenceWrapRuns} from '../support/reference-layout.js';
import {
	articlePages, eachArticlePage, layoutPages, minimumHeight, minimumWidth, pageOfBlock, pageOfPlace, topBlock, wrapRuns, type Page, type Run, type Style,
} from '../../source/layout/index.js';

// Pieces that reach every rule of wrapping and of making text safe: spaces of
// every kind, tabs and breaks, soft hyphens and zero-width spaces, joiners,
// combining marks, wide text and the kinsoku marks beside it, emoji and lone
// regional indicators, no-break spaces, escape sequences and controls, quotes.
const piece = fc.constantFrom(
	'a', 'b', 'word', 'longerword', 'x'.repeat(23), 'q'.repeat(70), ' ', ' ', '  ', '\t', '\n', '\r\n',
	'中', '文', '。', '，', '「', '」', '（', '）', 'ー', '😀', '👨\u200d👩\u200d👧', '👍🏽', '🇯🇵', '🇯', 'e\u0301', '\u0301',
	'\u00ad', '\u00ad\u00ad', '\u200b', '\u200d', '\u00a0', '\u3000', '\u2003', '\u202f', '\u2028',
	'\u001b[31m', '\u001b]8;;http://x\u0007', '\u0007', '\u009b1m', '\u0085', '\u200f',
	'"', '“', '”', '.', ',', '-', '(', ')', '12"',
);
const pieces = (maxLength: number) => fc.array(piece, {maxLength}).map(parts => parts.join(''));
const style = fc.constantFrom<Style>('body', 'quote', 'title');
const runs = fc.array(fc.record({text: pieces(30), style}), {maxLength: 8});

test('wrapRuns equals the cell-by-cell wrap it replaced, for any text and width', () => {
	fc.assert(fc.property(runs, fc.integer({min: 1, max: 60}), (input: Run[], width) => {
		assert.deepEqual(wrapRuns(input, width), referenceWrapRuns(input, width));
	}), {numRuns: 2000});
});

const randomArticle: fc.Arbitrary<Article> = fc.record({
	title: pieces(12),
	dateText: fc.option(fc.constant('Thursday, 5 February 2026')),
	label: fc.option(fc.constant('blog')),
	summary: fc.option(pieces(20)),
	byline: fc.option(fc.record({authors: fc.array(fc.constantFrom('Kelly Ng', '王小明'), {maxLength: 2}), source: fc.constant('BBC News'), dateline: fc.option(fc.constant('Jan 5'))})),
	link: fc.option(fc.stringMatching(/^[a-z0-9/]{1,150}$/).map(path => `https://${path}`)),
	paragraphs: fc.array(pieces(40), {maxLength: 10}),
	prompt: fc.option(pieces(10)),
}).map(fields => makeArticle('random', fields));

// Every block there is, and one either side.
const blocksOf = (article: Article) => Array.from({length: article.paragraphs.length + 4}, (_, index) => index - 2);

/** The lazy pages of the article at W × H hold what the old layout made, and find the same places. */
function assertSamePages(article: Article, width: number, height: number): void {
	const expected = referencePages(article, width, height);
	const pages = articlePages(article, width, height);
	const where = `${article.id} at ${width}×${height}`;
	assert.equal(pages.length, expected.length, `${where}: page count`);
	// Asked for out of order, as a reader opening at a place and turning back would.
	const order = expected.map((_, index) => index).sort((a, b) => ((a * 7) % 5) - ((b * 7) % 5));
	for (const index of order) assert.deepEqual(pages.page(index), expected[index], `${where}: page ${index}`);
	assert.equal(pages.lineCount, expected.reduce((sum, page) => sum + page.lines.length, 0), `${where}: line count`);
	for (const [index, page] of expected.entries()) {
		assert.equal(pages.topBlock(index), topBlock(page), `${where}: top of page ${index}`);
		assert.equal(pages.pageStart(index), expected.slice(0, index).reduce((sum, before) => sum + before.lines.length, 0));
	}

	for (const block of blocksOf(article)) {
		assert.equal(pageOfBlock(pages, block), referencePageOfBlock(expected, block), `${where}: pageOfBlock ${block}`);
		assert.equal(pageOfPlace(pages, block), referencePageOfPlace(expected, block), `${where}: pageOfPlace ${block}`);
	}
}

const sameAll = (got: Page[], expected: Page[]) => assert.deepEqual(got, expected);

test('lazy pages property: the same pages, line counts and places as the old layout, at any size down to the minimum', () => {
	fc.assert(fc.property(randomArticle, fc.integer({min: minimumWidth, max: 120}), fc.integer({min: minimumHeight, max: 40}), (article, width, height) => {
		assertSamePages(article, width, height);
		// The all-at-once and streaming layouts give the same pages too.
		sameAll(layoutPages(article, width, height), referencePages(article, width, height));
		sameAll(Array.from(eachArticlePage(article, width, height)), referencePages(article, width, height));
	}), {numRuns: 1500});
});

test('lazy pages: the shipped articles and a long one, at every small size and some large ones', () => {
	const folder = new URL('../../articles/', import.meta.url);
	const shipped = readdirSync(folder).filter(file => file.endsWith('.txt')).map(file => parseArticle(readFileSync(new URL(file, folder), 'utf8'), file));
	const long = makeArticle('long', {
		summary: 'A summary', link: 'https://example.org/a/long/path/that/wraps/over/several/lines/at/small/widths?query=yes&more=no',
		paragraphs: longParagraphs(30, 60), prompt: 'How did you feel after reading this news?',
	});
	const widths = [10, 11, 12, 13, 17, 23, 31, 40, 59, 80, 100];
	const heights = [3, 4, 5, 6, 7, 9, 13, 24, 40];
	let layouts = 0;
	for (const article of [...shipped, long]) {
		for (const width of widths) {
			for (const height of heights) {
				assertSamePages(article, width, height);
				layouts++;
			}
		}
	}

	assert.equal(layouts, (shipped.length + 1) * widths.length * heights.length);
	assert.ok(shipped.length >= 8);
});

test('lazy pages: an article with no lines is one empty page, found for every block', () => {
	const empty = makeArticle('empty', {title: '\u200b', paragraphs: [], dateText: null});
	const pages = articlePages(empty, 20, 5);
	assert.equal(pages.length, 1);
	assert.deepEqual(pages.page(0), {lines: []});
	assert.equal(pages.lineCount, 0);
	assertSamePages(empty, 20, 5);
});

test('mayBeUnsafe is false only for text terminalSafe leaves as it is: every code point, and random text', () => {
	for (let code = 0; code <= 0x10_ffff; code++) {
		if (code >= 0xd800 && code <= 0xdfff) continue;
		const text = String.fromCodePoint(code);
		if (!mayBeUnsafe(text)) assert.equal(terminalSafe(text), text, `U+${code.toString(16)}`);
	}

	fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({unit: 'binary'})), {maxLength: 20}).map(parts => parts.join('')), text => {
		if (!mayBeUnsafe(text)) assert.equal(terminalSafe(text), text);
	}), {numRuns: 3000});
	// It does look at what terminalSafe acts on.
	for (const unsafe of ['\u001b[31m', '\t', '\n', '\u0085', '\u00ad', '\u200b', '\u2028', '\u202e', '\u2066', '\ufeff', '\u{e0001}']) assert.ok(mayBeUnsafe(`a${unsafe}b`), JSON.stringify(unsafe));
});
