import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import stringWidth from 'string-width';
import type {Article, Byline} from '../../source/news/article.js';
import {segmentQuotes} from '../../source/news/quotes.js';
import {article as makeArticle} from '../support/articles.js';
import {
	bylineText, layoutArticle, layoutPages, lineText, metaText, pageOfBlock, pageOfPlace, paginate, renderLine, textProps, topBlock,
	type Line, type Page, type Style,
} from '../../source/layout/index.js';

const article = (fields: Partial<Article>): Article => makeArticle('a', {date: null, title: 'Title', paragraphs: [], ...fields});

const byline = (authors: string[], source: string, dateline: string | null): Byline => ({authors, source, dateline});

// What a line is, in one comparable string: block, style of each run, text.
const describe = (line: Line) => `${line.block} ${line.runs.map(run => `${run.style}:${run.text}`).join('|')}`;

// The seed article, split by hand so this test does not depend on the parser.
function seedArticle(): Article {
	const blocks = readFileSync(new URL('../../articles/us-prudent-arms-taiwan.txt', import.meta.url), 'utf8')
		.trim().split(/\n\s*\n/).map(block => block.replace(/\s*\n\s*/g, ' '));
	const [dateLine, title, label, summary, bylineBlock] = blocks as [string, string, string, string, string];
	return article({
		id: 'us-prudent-arms-taiwan', file: 'us-prudent-arms-taiwan.txt', date: '2026-02-05', dateText: dateLine.replace(/^• /u, ''), title, label, summary,
		byline: byline(['Kelly Ng', 'Tessa Wong'], 'BBC News', 'Jan 5'),
		paragraphs: [bylineBlock.slice(bylineBlock.indexOf(': ') + 2), ...blocks.slice(5, -1)],
		prompt: blocks.at(-1)!,
	});
}

const bylines: Array<[Byline | null, string | null]> = [
	[byline(['Kelly Ng', 'Tessa Wong'], 'BBC News', 'Jan 5'), 'By Kelly Ng and Tessa Wong, BBC News, Jan 5'],
	[byline(['Kelly Ng'], 'BBC News', null), 'By Kelly Ng, BBC News'],
	[byline(['A', 'B', 'C'], 'Wire', '13 Nov'), 'By A, B and C, Wire, 13 Nov'],
	[byline([], 'BBC News', null), 'By BBC News'],
	[byline([], 'BBC News', 'Jan 5'), 'By BBC News, Jan 5'],
	[byline([], '', null), null],
	[null, null],
];
for (const [input, expected] of bylines) {
	test(`bylineText: ${expected}`, () => assert.equal(bylineText(input), expected));
}

const metas: Array<[string | null, string | null, string | null]> = [
	['Thursday, 5 February 2026', 'blog', 'Thursday, 5 February 2026 · blog'],
	['Feb. 5th, 2026', null, 'Feb. 5th, 2026'],
	['2026-02-05', 'blog', '2026-02-05 · blog'],
	[null, 'blog', 'blog'],
	[null, null, null],
];
for (const [dateText, label, expected] of metas) {
	test(`metaText: ${dateText} and ${label}`, () => assert.equal(metaText({dateText, label}), expected));
}

test('layoutArticle: the header shows the date as the file writes it, not the ISO date', () => {
	const lines = layoutArticle(article({date: '2026-02-05', dateText: 'Thursday, 5 February 2026', label: 'blog'}), 80);
	assert.deepEqual(lines.map(describe), ['-1 title:Title', '-1 meta:Thursday, 5 February 2026 · blog']);
});

test('layoutArticle: header, paragraphs and prompt in order, two blank lines under the header and one between blocks, blocks tagged', () => {
	const lines = layoutArticle(article({
		title: 'A short title',
		date: '2026-02-05',
		label: 'blog',
		byline: byline(['Kelly Ng'], 'BBC News', 'Jan 5'),
		summary: 'The summary',
		link: 'https://example.com/a',
		paragraphs: ['He said "it went well" and left.', 'Second one.'],
		prompt: 'How did you feel?',
	}), 20);
	assert.deepEqual(lines.map(describe), [
		'-1 title:A short title',
		'-1 meta:2026-02-05 · blog',
		'-1 byline:By Kelly Ng, BBC',
		'-1 byline:News, Jan 5',
		'-1 summary:The summary',
		'-1 link:Link:',
		'-1 link:https://example.com/',
		'-1 link:a',
		'0 ',
		'0 ',
		'0 body:He said |quote:"it went',
		'0 quote:well"|body: and left.',
		'1 ',
		'1 body:Second one.',
		'2 ',
		'2 prompt:How did you feel?',
	]);
});

test('layoutArticle: quotes are highlighted in the title, summary and prompt too, not in the byline or link', () => {
	const a = article({
		title: 'Mayor calls bridge "a disgrace"',
		summary: 'Residents said “enough”',
		byline: {authors: ['A "Nick" Name'], source: 'Gazette', dateline: null},
		link: 'https://example.org/"x"',
		paragraphs: ['Plain.'],
		prompt: 'Do you agree it is "a disgrace"?',
	});
	const quotesIn = (block: number, style: Style) => layoutArticle(a, 80)
		.filter(line => line.block === block && line.runs.some(run => run.style === style))
		.flatMap(line => line.runs)
		.map(run => `${run.style}:${run.text}`);
	assert.deepEqual(quotesIn(-1, 'title'), ['title:Mayor calls bridge ', 'quote:"a disgrace"']);
	assert.deepEqual(quotesIn(-1, 'summary'), ['summary:Residents said ', 'quote:“enough”']);
	assert.deepEqual(quotesIn(1, 'prompt'), ['prompt:Do you agree it is ', 'quote:"a disgrace"', 'prompt:?']);
	const header = layoutArticle(a, 80).filter(line => line.block === -1).flatMap(line => line.runs);
	assert.ok(header.some(run => run.style === 'byline' && run.text.includes('"Nick"')));
	assert.ok(header.some(run => run.style === 'link' && run.text.includes('"x"')));
});

test('layoutArticle: missing parts leave no line and no stray blank', () => {
	const lines = layoutArticle(article({title: 'T', paragraphs: ['one', '   ', 'three']}), 20);
	assert.deepEqual(lines.map(describe), ['-1 title:T', '0 ', '0 ', '0 body:one', '2 ', '2 body:three']);
	// A header with no visible text is no header: nothing to set the body apart from.
	assert.deepEqual(layoutArticle(article({title: '\u200B', paragraphs: ['one', 'two']}), 20).map(describe), ['0 body:one', '1 ', '1 body:two']);
});

test('layoutArticle: a title alone is one line', () => {
	assert.deepEqual(layoutArticle(article({title: 'T'}), 20).map(describe), ['-1 title:T']);
});

test('layoutArticle: memoised per article and width', () => {
	const a = article({paragraphs: ['x y z']});
	assert.equal(layoutArticle(a, 30), layoutArticle(a, 30));
	assert.notEqual(layoutArticle(a, 30), layoutArticle(a, 31));
	assert.notEqual(layoutArticle(a, 30), layoutArticle({...a}, 30));
});

test('paginate: H − 2 lines a page; a blank at the top of a page is dropped', () => {
	const blank = (block: number): Line => ({runs: [], block});
	const text = (t: string, block: number): Line => ({runs: [{text: t, style: 'body'}], block});
	const lines = [text('a', -1), text('b', -1), blank(0), text('c', 0), text('d', 0), text('e', 0), blank(1), text('f', 1)];
	const shown = (pages: Page[]) => pages.map(page => page.lines.map(line => lineText(line) || '_').join(''));
	assert.deepEqual(shown(paginate(lines, 4)), ['ab', 'cd', 'e_', 'f']);
	assert.deepEqual(shown(paginate(lines, 5)), ['ab_', 'cde', 'f']);
	assert.deepEqual(shown(paginate(lines, 3)), ['a', 'b', 'c', 'd', 'e', 'f']);
	assert.deepEqual(shown(paginate(lines, 100)), ['ab_cde_f']);
});

test('paginate: no lines is one empty page', () => {
	assert.deepEqual(paginate([], 24), [{lines: []}]);
});

test('pageOfBlock and topBlock', () => {
	const blank = (block: number): Line => ({runs: [], block});
	const text = (block: number): Line => ({runs: [{text: 'x', style: 'body'}], block});
	// Block 1 has no lines; block 2's separator ends page 1, its text starts page 2.
	const pages: Page[] = [
		{lines: [text(-1), text(-1), blank(0)]},
		{lines: [text(0), text(0), blank(2)]},
		{lines: [text(2), text(3)]},
	];
	assert.deepEqual([-1, 0, 1, 2, 3, 4].map(block => pageOfBlock(pages, block)), [0, 1, 2, 2, 2, 2]);
	assert.deepEqual(pages.map(topBlock), [-1, 0, 2]);
	assert.equal(topBlock({lines: []}), -1);
	assert.equal(pageOfBlock([{lines: []}], 3), 0);
});

test('pageOfPlace: the first page topped by the block, else where the block starts', () => {
	const text = (block: number): Line => ({runs: [{text: 'x', style: 'body'}], block});
	// Paragraph 0 starts on page 1 and runs over pages 2 and 3; paragraph 1 starts inside page 3.
	const pages: Page[] = [
		{lines: [text(-1), text(0)]},
		{lines: [text(0), text(0)]},
		{lines: [text(0), text(1)]},
		{lines: [text(1), text(2)]},
	];
	assert.deepEqual([-1, 0, 1, 2, 3].map(block => pageOfPlace(pages, block)), [0, 1, 3, 3, 3]);
	assert.deepEqual([-1, 0, 1, 2].map(block => pageOfBlock(pages, block)), [0, 0, 2, 3]);
});

const escape = /\u001b/;
const colourCode = /\u001b\[(3[0-79]|9[0-7])m/;
const sample: Line = {runs: [{text: 'Said ', style: 'body'}, {text: '"yes"', style: 'quote'}], block: 0};

test('renderLine plain: the text, no escape sequence', () => {
	assert.equal(renderLine(sample, 'plain'), 'Said "yes"');
	assert.doesNotMatch(renderLine({runs: [{text: 'T', style: 'title'}], block: -1}, 'plain'), escape);
});

test('renderLine color: the quote in yellow, the body untouched', () => {
	assert.equal(renderLine(sample, 'color'), 'Said \u001b[33m"yes"\u001b[39m');
});

const styles: Array<[Style, ReturnType<typeof textProps>, ReturnType<typeof textProps>]> = [
	['title', {bold: true}, {bold: true}],
	['meta', {dimColor: true}, {dimColor: true}],
	['byline', {dimColor: true}, {dimColor: true}],
	['summary', {italic: true}, {italic: true}],
	['body', {}, {}],
	['quote', {color: 'yellow'}, {bold: true, underline: true}],
	['prompt', {bold: true}, {bold: true}],
	['link', {dimColor: true}, {dimColor: true}],
];
for (const [style, colour, mono] of styles) {
	test(`textProps and renderLine agree for ${style}`, () => {
		assert.deepEqual(textProps(style, true), colour);
		assert.deepEqual(textProps(style, false), mono);
		const out = renderLine({runs: [{text: 'x', style}], block: 0}, 'color');
		assert.equal(out.includes('\u001b[1m'), colour.bold === true, `${style} bold`);
		assert.equal(out.includes('\u001b[2m'), colour.dimColor === true, `${style} dim`);
		assert.equal(out.includes('\u001b[3m'), colour.italic === true, `${style} italic`);
		assert.equal(out.includes('\u001b[4m'), colour.underline === true, `${style} underline`);
		assert.equal(colourCode.test(out), colour.color !== undefined, `${style} colour`);
	});
}

test('seed article at 80×24: several pages, page 1 starts with the title, quotes styled', () => {
	const seed = seedArticle();
	assert.equal(seed.paragraphs.length, 27);
	const pages = layoutPages(seed, 80, 24);
	assert.ok(pages.length > 1);
	assert.deepEqual(describe(pages[0]!.lines[0]!), '-1 title:US must be prudent when supplying arms to Taiwan, Xi tells Trump');
	assert.deepEqual(pages[0]!.lines.slice(1, 4).map(lineText), [
		'Thursday, 5 February 2026 · blog',
		'By Kelly Ng and Tessa Wong, BBC News, Jan 5',
		'Trump and Xi last met in October, on the sidelines of the Asia-Pacific Economic',
	]);
	for (const page of pages) assert.ok(page.lines.length <= 22);
	const lines = pages.flatMap(page => page.lines);
	assert.ok(lines.every(line => stringWidth(lineText(line)) <= 80));
	const firstQuote = lines.flatMap(line => line.runs).find(run => run.style === 'quote');
	assert.equal(firstQuote?.text, '"the most important issue"');
	assert.equal(lineText(lines.at(-1)!), 'How did you feel after reading this news?');
});

// Random articles. Latin words use a–m only and stay short, so they are never
// cut; long words use n–z, so their pieces never look like a Latin word.
const latinWord = fc.stringMatching(/^[a-m]{1,5}$/);
const longWord = fc.stringMatching(/^[n-z]{11,250}$/);
const cjkWord = fc.array(fc.constantFrom(...'中文台湾说话。，、「」（）'), {minLength: 1, maxLength: 8}).map(cs => cs.join(''));
const emoji = fc.constantFrom('😀', '🇯🇵', '👨\u200d👩\u200d👧', '👍🏽');
type Token = {text: string; cjk: boolean};
const token: fc.Arbitrary<Token> = fc.oneof(
	{arbitrary: latinWord.map(text => ({text, cjk: false})), weight: 6},
	{arbitrary: cjkWord.map(text => ({text, cjk: true})), weight: 3},
	{arbitrary: emoji.map(text => ({text, cjk: false})), weight: 1},
	{arbitrary: longWord.map(text => ({text, cjk: false})), weight: 1},
);
// CJK runs may touch each other; everything else is spaced.
const phraseText = (tokens: Token[], touching: boolean[]) => tokens.map((t, i) =>
	(i === 0 ? '' : (t.cjk && tokens[i - 1]!.cjk && touching[i] ? '' : ' ')) + t.text).join('');
const phrase = fc.record({
	tokens: fc.array(token, {minLength: 1, maxLength: 8}),
	touching: fc.array(fc.boolean(), {minLength: 8, maxLength: 8}),
	// Opening and closing mark; a lone opening mark quotes to the paragraph's end.
	marks: fc.constantFrom('', '', '""', '“”', '"'),
}).map(({tokens, touching, marks}) => (marks[0] ?? '') + phraseText(tokens, touching) + (marks[1] ?? ''));
const text = fc.array(phrase, {minLength: 1, maxLength: 6}).map(phrases => phrases.join(' '));
const name = fc.constantFrom('Kelly Ng', 'Tessa Wong', 'José Ortega', '王小明');

const randomArticle: fc.Arbitrary<Article> = fc.record({
	date: fc.option(fc.constant('2026-02-05')),
	title: text,
	label: fc.option(latinWord),
	summary: fc.option(text),
	byline: fc.option(fc.record({authors: fc.array(name, {maxLength: 3}), source: fc.constant('BBC News'), dateline: fc.option(fc.constant('Jan 5'))})),
	paragraphs: fc.array(text, {maxLength: 8}),
	link: fc.option(fc.stringMatching(/^[n-z0-9/]{1,120}$/).map(path => `https://${path}`)),
	prompt: fc.option(text),
}).map(fields => article(fields));

const wholeText = (a: Article) => [
	a.title, metaText(a), bylineText(a.byline), a.summary, a.link === null ? null : `Link: ${a.link}`, ...a.paragraphs, a.prompt,
].filter(part => part !== null).join(' ');
const nonSpace = (s: string) => s.replace(/\s/gu, '');
const latinWords = (s: string) => s.split(/\s+/).filter(word => /^[a-m]+$/.test(word));
const size = {width: fc.integer({min: 10, max: 200}), height: fc.integer({min: 3, max: 60})};

test('layoutPages property: pages fit W×(H−2), and hold the whole text once, in order', () => {
	fc.assert(fc.property(randomArticle, size.width, size.height, (a, width, height) => {
		const pages = layoutPages(a, width, height);
		assert.ok(pages.length >= 1);
		for (const page of pages) {
			assert.ok(page.lines.length <= height - 2, `a page of ${page.lines.length} lines at height ${height}`);
			if (page.lines.length > 0) assert.notEqual(page.lines[0]!.runs.length, 0, 'a page starts blank');
			for (const line of page.lines) {
				const shown = lineText(line);
				assert.ok(stringWidth(shown) <= width, `${JSON.stringify(shown)} is wider than ${width}`);
				assert.doesNotMatch(shown, /^ | $/);
			}
		}

		const printed = pages.flatMap(page => page.lines.map(lineText)).join('\n');
		assert.equal(nonSpace(printed), nonSpace(wholeText(a)));
		assert.deepEqual(latinWords(printed), latinWords(wholeText(a)));
	}));
});

test('layoutArticle property: blocks in order, blanks only between blocks, quotes keep their style', () => {
	fc.assert(fc.property(randomArticle, size.width, (a, width) => {
		const lines = layoutArticle(a, width);
		lines.forEach((line, i) => {
			const next = lines[i + 1];
			if (next !== undefined) assert.ok(line.block <= next.block);
			if (line.runs.length === 0) {
				// A run of blanks ends in a line of the block it carries, after a line of an earlier block:
				// two blanks under the header, one between body blocks.
				const end = lines.findIndex((after, j) => j > i && after.runs.length > 0);
				let start = i;
				while (start > 0 && lines[start - 1]!.runs.length === 0) start--;
				assert.ok(start > 0 && end !== -1 && lines[end]!.block === line.block && lines[start - 1]!.block < line.block);
				assert.equal(end - start, lines[start - 1]!.block === -1 ? 2 : 1);
			}
		});
		const styled = (pairs: Array<{text: string; style: string}>) => pairs.flatMap(p => [...nonSpace(p.text)].map(c => `${p.style}:${c}`));
		a.paragraphs.forEach((paragraph, block) => {
			const expected = segmentQuotes(paragraph).map(s => ({text: s.text, style: s.quote ? 'quote' : 'body'}));
			const got = lines.filter(line => line.block === block).flatMap(line => line.runs);
			assert.deepEqual(styled(got), styled(expected));
		});
	}));
});

test('pageOfBlock property: the page found shows the block’s first line, at any height', () => {
	fc.assert(fc.property(randomArticle, size.width, size.height, (a, width, height) => {
		const pages = layoutPages(a, width, height);
		const shown = (page: Page) => new Set(page.lines.filter(line => line.runs.length > 0).map(line => line.block));
		const blocksWithLines = new Set(pages.flatMap(page => [...shown(page)]));
		for (let block = -1; block <= a.paragraphs.length; block++) {
			const found = pageOfBlock(pages, block);
			// The block itself, or the next one that has any text, starts on the page found…
			const target = [...blocksWithLines].filter(b => b >= block).sort((x, y) => x - y)[0];
			if (target === undefined) {
				assert.equal(found, pages.length - 1);
				continue;
			}

			assert.ok(shown(pages[found]!).has(target), `block ${target} on page ${found}`);
			// …and no page before it shows any of it or anything after it.
			for (const page of pages.slice(0, found)) assert.ok([...shown(page)].every(b => b < block));
		}
	}));
});

test('a link wrapped over several lines is never cut between two pages, at any height', () => {
	const long = makeArticle('linked', {
		title: 'A title long enough to take a couple of lines at thirty columns',
		summary: 'A summary of some length that also wraps over a few lines here.',
		link: 'https://example.org/a/very/long/path/that/wraps/over/several/lines/at/thirty/columns?with=query&and=more',
	});
	let straddled = 0;
	for (let height = 5; height <= 20; height++) {
		const pages = layoutPages(long, 30, height);
		const all = pages.flatMap(page => page.lines);
		const linkLines = all.filter(line => line.runs.some(run => run.style === 'link')).length;
		assert.ok(linkLines >= 3, 'the link wraps');
		const onPages = pages.map(page => page.lines.filter(line => line.runs.some(run => run.style === 'link')).length).filter(count => count > 0);
		if (linkLines <= height - 2) assert.deepEqual(onPages, [linkLines], `height ${height}: the link on one page`);
		else straddled++;
		// Nothing is lost: the pages hold every line once.
		const text = (lines: Array<{runs: unknown[]}>) => lines.filter(line => line.runs.length > 0).map(line => lineText(line as never));
		assert.deepEqual(text(all), text(layoutArticle(long, 30)), `height ${height}: every line once, in order`);
	}

	assert.ok(straddled < 16, 'most heights hold the link whole');
});
