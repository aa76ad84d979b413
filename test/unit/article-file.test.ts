import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {articleFile, articleName, keyOfName} from '../../source/feeds/article-file.js';
import type {Feed, FeedDate, FeedItem, Markup} from '../../source/feeds/feed.js';
import {fieldText, paragraphsOf, textOf} from '../../source/feeds/html.js';
import {type Article, defaultPrompt} from '../../source/news/article.js';
import {dateLineText, isDateline, parseDate} from '../../source/news/dates.js';
import {decodeArticle, labelShaped} from '../../source/news/parse.js';

type Fields = Omit<Article, 'id' | 'file'>;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function realDay(date: FeedDate | undefined): {iso: string; words: string; weekday: string} | undefined {
	if (!date || date.year < 1000 || date.year > 9999) return undefined;
	const time = new Date(Date.UTC(date.year, date.month - 1, date.day));
	if (time.getUTCMonth() !== date.month - 1 || time.getUTCDate() !== date.day) return undefined;
	return {
		iso: time.toISOString().slice(0, 10),
		words: `${date.day} ${months[date.month - 1]!} ${date.year}`,
		weekday: weekdays[time.getUTCDay()]!,
	};
}

const isShort = (text: string) => labelShaped(text)
	&& !(text.startsWith('By ') && text.includes(': ')) && !/^Link: \S+$/u.test(text);
const asksTheReader = (text: string) => text.endsWith('?') && [...text].length <= 100 && /(?<![\p{L}\p{N}_])your?(?![\p{L}\p{N}_])/iu.test(text);
const name = (text: string) => fieldText(fieldText(text).replaceAll(',', ' ').replace(/:+(?= |$)/gu, ''));

function linkOf(link: string | undefined): string | null {
	const text = fieldText(link ?? '');
	if (!/^https?:\/\/\S+$/iu.test(text) && !/^https?:/iu.test(text)) return null;
	try {
		return /^\S+$/u.test(text) ? text : new URL(text).href;
	} catch {
		return null;
	}
}

// How many blocks a summary takes: a new one after each `: ` while what is
// left would read as a byline or a link.
function summaryBlockCount(summary: string): number {
	let count = 1;
	for (let rest = summary; (rest.startsWith('By ') && rest.includes(': ')) || /^Link: \S+$/u.test(rest); count++) {
		rest = rest.slice(rest.indexOf(': ') + 2);
	}

	return count;
}

/** What an item's article file must read back as: the mapping of SPEC §7, with each read-back rule of article-file.ts. */
function expected(feed: Feed, item: FeedItem, fallbackSource: string): Fields {
	const title = fieldText(item.title ?? '') || '(untitled)';
	const day = realDay(item.date);
	const category = item.categories.map(fieldText).find(text => text !== '');
	const label = category !== undefined && isShort(category) ? category : null;
	const content = item.content ? paragraphsOf(item.content) : [];
	const description = item.description ? paragraphsOf(item.description) : [];
	const body = content.length > 0 ? content : description.length > 0 ? description : [title];
	let summary: string | null = content.length > 0 && item.description ? fieldText(textOf(item.description)) : null;
	if (summary === '' || (summary !== null && label === null && isShort(summary))) summary = null;
	if (summary !== null && summaryBlockCount(summary) > (label === null ? 3 : 2)) summary = null;
	const source = name(feed.title ?? '') || name(fallbackSource) || 'feed';
	let authors = item.authors.map(author => name(author).replace(/(?<=^| )and(?= |$)/gu, '&')).filter(author => author !== '');
	let dateline = day?.words ?? null;
	if (day && authors.length > 0 && isDateline(`${source}, ${day.words}`)) dateline = `${day.weekday}, ${day.words}`;
	if (!day && isDateline(source)) authors = [];
	const [lead, ...others] = body;
	const rest = others.map(paragraph => /^Link: \S+$/u.test(paragraph) ? paragraph.replace(' ', '\u00A0') : paragraph);
	const link = linkOf(item.link);
	const last = rest.at(-1);
	return {
		date: day?.iso ?? parseDate(title),
		// The date line the writer puts first, as the header shows it: `• Thursday, 5 February 2026` without its bullet.
		dateText: day ? `${day.weekday}, ${day.words}` : parseDate(title) === null ? null : dateLineText(title),
		title,
		label,
		summary,
		byline: {authors, source, dateline},
		paragraphs: [lead!, ...rest],
		link,
		prompt: link === null && last !== undefined && asksTheReader(last) && !last.includes(' ') ? defaultPrompt : null,
	};
}

// Through bytes, as the file is written and read: UTF-8 is part of the round trip.
function readBack(feed: Feed, item: FeedItem, fallbackSource = 'x.test'): Fields {
	const bytes = new TextEncoder().encode(articleFile(feed, item, fallbackSource).text);
	const {id, file, ...fields} = decodeArticle(bytes, 'x.txt');
	assert.deepEqual([id, file], ['x', 'x.txt']);
	return fields;
}

const feed: Feed = {format: 'rss', title: 'Riverside Courier', items: []};
const html = (value: string): Markup => ({type: 'html', value});
const item = (fields: Partial<FeedItem>): FeedItem => ({title: 'Lost dog found', authors: [], categories: [], ...fields});
const thursday: FeedDate = {year: 2026, month: 2, day: 5};

test('articleFile: the seed-shaped article, part by part', () => {
	const {text} = articleFile(feed, item({
		title: 'Lost dog found',
		date: thursday,
		authors: ['Ann Lee', 'Bo Chan'],
		categories: ['local'],
		description: html('A dog was <b>found</b>.'),
		content: html('<p>The lead.</p><p>More.</p>'),
		link: 'https://x.test/dog',
	}), 'x.test');
	assert.equal(text, [
		'• Thursday, 5 February 2026',
		'Lost dog found',
		'local',
		'A dog was found.',
		'By Ann Lee and Bo Chan, Riverside Courier, 5 February 2026: The lead.',
		'More.',
		'Link: https://x.test/dog',
	].join('\n\n') + '\n');
});

// Each trap: an item whose fields have the shape of another part of §1, and
// what it reads back as under the rule chosen for it.
const traps: Array<[rule: string, feed: Feed, item: FeedItem, fields: Partial<Fields>]> = [
	['an undated title that reads as a date is the date line too', feed, item({title: '5 February 2026', content: html('Body.')}), {date: '2026-02-05', title: '5 February 2026'}],
	['a dated title that reads as a date stays the title', feed, item({title: '• 1 March 2026', date: thursday}), {date: '2026-02-05', title: '• 1 March 2026'}],
	['a day no calendar has is no date', feed, item({date: {year: 2026, month: 2, day: 30}}), {date: null, byline: {authors: [], source: 'Riverside Courier', dateline: null}}],
	['a long category is no label', feed, item({categories: ['City hall and the budget']}), {label: null}],
	['a category ending with a colon is no label', feed, item({categories: ['Update:', 'news']}), {label: null}],
	['the first category that is not empty is the one', feed, item({categories: [' ', 'news']}), {label: 'news'}],
	['a short summary without a label is left out', feed, item({description: html('Breaking news'), content: html('Body.')}), {label: null, summary: null, paragraphs: ['Body.']}],
	['a short summary after a label stays', feed, item({categories: ['local'], description: html('Breaking news'), content: html('Body.')}), {label: 'local', summary: 'Breaking news'}],
	['a summary shaped as a byline reads back whole', feed, item({description: html('By the river: a dog was found'), content: html('Body.')}), {summary: 'By the river: a dog was found', byline: {authors: [], source: 'Riverside Courier', dateline: null}}],
	['a summary shaped as a link reads back whole and is not the link', feed, item({description: html('Link: https://y.test/'), content: html('Body.')}), {summary: 'Link: https://y.test/', link: null}],
	['a summary that needs more blocks than the byline reaches is left out', feed, item({categories: ['local'], description: html('By a: By b: By c: d'), content: html('Body.')}), {summary: null, paragraphs: ['Body.']}],
	['no summary when the description is the body', feed, item({description: html('<p>Only a description, which is long.</p>')}), {summary: null, paragraphs: ['Only a description, which is long.']}],
	['a paragraph that is exactly a link gets a no-break space', feed, item({content: html('<p>Lead.</p><p>Link: https://y.test/</p>'), link: 'https://x.test/'}), {paragraphs: ['Lead.', 'Link:\u00A0https://y.test/'], link: 'https://x.test/'}],
	['a lead that is exactly a link is the lead', feed, item({content: html('<p>Link: https://y.test/</p>')}), {paragraphs: ['Link: https://y.test/'], link: null}],
	['a last question to the reader, with no link, stays in the body', feed, item({content: html('<p>Lead.</p><p>Do you agree?</p>')}), {paragraphs: ['Lead.', 'Do you agree?'], prompt: null}],
	['a question with no space to break at gets the default prompt after it', feed, item({content: html('<p>Lead.</p><p>you?</p>')}), {paragraphs: ['Lead.', 'you?'], prompt: defaultPrompt}],
	['a last question before the link is no prompt either', feed, item({content: html('<p>Lead.</p><p>Do you agree?</p>'), link: 'https://x.test/'}), {paragraphs: ['Lead.', 'Do you agree?'], prompt: null}],
	['an item with no body has its title as the lead', feed, item({link: 'https://x.test/'}), {paragraphs: ['Lost dog found'], byline: {authors: [], source: 'Riverside Courier', dateline: null}}],
	['an author with and inside is one author, written with &', feed, item({authors: ['Tom and Jerry', 'and Co', 'Ann']}), {byline: {authors: ['Tom & Jerry', '& Co', 'Ann'], source: 'Riverside Courier', dateline: null}}],
	['commas and colons leave names', {...feed, title: 'Courier: Riverside, Inc.'}, item({authors: ['Lee, Ann', 'Re: Bo:'], date: thursday}), {byline: {authors: ['Lee Ann', 'Re Bo'], source: 'Courier Riverside Inc.', dateline: '5 February 2026'}}],
	['a source named like a weekday keeps its place: the dateline takes the weekday', {...feed, title: 'Sun'}, item({authors: ['Ann'], date: thursday}), {byline: {authors: ['Ann'], source: 'Sun', dateline: 'Thursday, 5 February 2026'}}],
	['an undated source named like a date drops the authors', {...feed, title: 'May 5'}, item({authors: ['Ann']}), {byline: {authors: [], source: 'May 5', dateline: null}}],
	['a source named like a date, dated, keeps the authors', {...feed, title: 'May 5'}, item({authors: ['Ann'], date: thursday}), {byline: {authors: ['Ann'], source: 'May 5', dateline: '5 February 2026'}}],
	['a feed without a title: the fallback source', {...feed, title: undefined}, item({}), {byline: {authors: [], source: 'x.test', dateline: null}}],
	['line breaks and blank lines in every field fold', {...feed, title: 'River\n\nside'}, item({title: 'Lost\n\ndog', authors: ['Ann\n\nLee'], categories: ['lo\ncal'], description: {type: 'text', value: 'A\n\nsummary here.'}, content: {type: 'text', value: 'One\ntwo.\n\nThree.'}}), {
		title: 'Lost dog', label: 'lo cal', summary: 'A summary here.', byline: {authors: ['Ann Lee'], source: 'River side', dateline: null}, paragraphs: ['One two.', 'Three.'],
	}],
	['a paragraph starting with a bullet and a date is a paragraph', feed, item({content: html('<p>• 5 February 2026</p><p>• 6 February 2026</p>')}), {date: null, paragraphs: ['• 5 February 2026', '• 6 February 2026']}],
	['a link with a space is written escaped', feed, item({link: 'https://x.test/a b'}), {link: 'https://x.test/a%20b'}],
	['a link that is not http is left out', feed, item({link: 'javascript:alert(1)'}), {link: null}],
	['a last paragraph that is both a link and a question gets the default prompt', feed, item({content: html('<p>Lead.</p><p>Link: https://y.test/you?</p>')}), {paragraphs: ['Lead.', 'Link:\u00A0https://y.test/you?'], prompt: defaultPrompt}],
	['a title that is a link line is the title, not the link', feed, item({title: 'Link: https://y.test/', link: 'https://x.test/'}), {title: 'Link: https://y.test/', link: 'https://x.test/'}],
	['a lone surrogate is written as U+FFFD', feed, item({title: 'Lost \uD800dog', content: html('<p>a\uDC00b &#xD800;</p>')}), {title: 'Lost \uFFFDdog', paragraphs: ['a\uFFFDb \uFFFD']}],
	['a title of control characters only is (untitled)', feed, item({title: '\u001B[31m'}), {title: '(untitled)'}],
];

for (const [rule, trapFeed, trapItem, fields] of traps) {
	test(`articleFile: ${rule}`, () => {
		const article = readBack(trapFeed, trapItem);
		const picked = Object.fromEntries(Object.keys(fields).map(key => [key, article[key as keyof Fields]]));
		assert.deepEqual(picked, fields);
		assert.deepEqual(article, expected(trapFeed, trapItem, 'x.test'));
	});
}

// Words with the shapes §1 reads: dates, weekdays, `By`, `Link:`, `and`,
// questions to the reader, commas, colons, bullets, and text that must not
// reach a terminal.
const token = fc.oneof(
	{weight: 4, arbitrary: fc.constantFrom('dog', 'Ann', 'Lee', 'river', 'found', 'the', '港湾镇', 'été', 'ภาษา', '👨\u200D👩')},
	{weight: 3, arbitrary: fc.constantFrom('By', 'Link:', 'https://x.test/a', 'and', 'And', 'you', 'your', '?', '.', '!', ':', ',', ': ', '•', '-')},
	{weight: 2, arbitrary: fc.constantFrom('5', 'February', '2026', 'Feb', 'Jan 5', 'Sun', 'Thursday', 'May', '2026-02-05', '5 February 2026')},
	{weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\t', '  ', '\u200B', '\u00AD', '\u00A0', '\u001B[31m', '\u0007', '\u2028', '\u202E', '\uD83D', '\uDE00')},
	{weight: 1, arbitrary: fc.string({maxLength: 4})},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})},
);
const text = (maxLength: number) => fc.array(token, {maxLength}).chain(tokens => fc.array(fc.constantFrom(' ', '', ' ', ' '), {minLength: tokens.length, maxLength: tokens.length})
	.map(gaps => tokens.map((word, index) => word + gaps[index]!).join('').trim()));
// Whole paragraphs with the shapes of a prompt, a link, a byline and a date line.
const paragraph = fc.oneof(
	{weight: 4, arbitrary: text(10)},
	{weight: 1, arbitrary: fc.constantFrom('Do you agree?', 'What would you do?', 'you?', 'Your view?', 'Link: https://y.test/', 'Link: ftp://y.test/', 'By Ann, Courier: The lead.', 'By a: By b: Link: https://z.test/', '• Thursday, 5 February 2026', 'Breaking')},
);
const tag = fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<li>', '<script>x</script>', '&amp;', '&lt;', '');
const markup: fc.Arbitrary<Markup> = fc.oneof(
	fc.array(fc.tuple(tag, paragraph), {maxLength: 5}).map(parts => html(parts.map(([open, words]) => open + words).join(''))),
	fc.array(paragraph, {maxLength: 5}).map(paragraphs => html(paragraphs.map(each => `<p>${each}</p>`).join(''))),
	fc.array(paragraph, {maxLength: 5}).map(paragraphs => ({type: 'text' as const, value: paragraphs.join('\n\n')})),
);
const date: fc.Arbitrary<FeedDate> = fc.oneof(
	fc.record({year: fc.integer({min: 1990, max: 2030}), month: fc.integer({min: 1, max: 12}), day: fc.integer({min: 1, max: 31})}),
	fc.constantFrom({year: 999, month: 1, day: 1}, {year: 2026, month: 13, day: 1}, {year: 2024, month: 2, day: 29}),
);
const arbitraryItem: fc.Arbitrary<FeedItem> = fc.record({
	guid: fc.option(fc.string(), {nil: undefined}),
	title: fc.oneof(text(8), fc.constantFrom('5 February 2026', '• Thursday, 5 February 2026', '2026-02-05', 'Jan 5', 'Do you agree?')),
	link: fc.option(fc.constantFrom('https://x.test/a', 'http://x.test/a?b=c#d', 'https://x.test/a b', 'ftp://x.test/', 'not a link', ' https://x.test/\u200B'), {nil: undefined}),
	date: fc.option(date, {nil: undefined}),
	authors: fc.array(text(4), {maxLength: 3}),
	categories: fc.array(fc.oneof(text(2), text(6)), {maxLength: 2}),
	description: fc.option(markup, {nil: undefined}),
	content: fc.option(markup, {nil: undefined}),
}, {requiredKeys: ['authors', 'categories']});
const arbitraryFeed: fc.Arbitrary<Feed> = fc.record({
	format: fc.constant('rss' as const),
	title: fc.option(fc.oneof(text(3), fc.constantFrom('Sun', 'Thursday', 'May 5', 'Sat.', '2026-02-05')), {nil: undefined}),
	items: fc.constant([]),
});

test('articleFile: every item reads back through parseArticle as its fields say', () => {
	fc.assert(fc.property(arbitraryFeed, arbitraryItem, text(3), (anyFeed, anyItem, fallbackSource) => {
		assert.deepEqual(readBack(anyFeed, anyItem, fallbackSource), expected(anyFeed, anyItem, fallbackSource));
	}), {numRuns: Number(process.env['RUNS'] ?? 3000)});
});

test('articleFile: the key is the same for the same item, and differs by guid, link and feed', () => {
	const key = (aFeed: Feed, anItem: FeedItem) => articleFile(aFeed, anItem, 'x').key;
	const base = item({guid: 'urn:1', link: 'https://x.test/1', date: thursday});
	assert.match(key(feed, base), /^[0-9a-f]{12}$/u);
	assert.equal(key(feed, base), key(feed, {...base, title: 'Retitled', content: html('Changed.')}));
	assert.notEqual(key(feed, base), key(feed, {...base, guid: 'urn:2'}));
	assert.notEqual(key(feed, base), key({...feed, id: 'urn:feed:other'}, base));
	const noGuid = item({link: 'https://x.test/1'});
	assert.equal(key(feed, noGuid), key(feed, {...noGuid, title: 'Retitled'}));
	assert.notEqual(key(feed, noGuid), key(feed, {...noGuid, link: 'https://x.test/2'}));
	const bare = item({date: thursday});
	assert.notEqual(key(feed, bare), key(feed, {...bare, title: 'Another'}));
	assert.notEqual(key(feed, bare), key(feed, {...bare, date: {...thursday, day: 6}}));
});

const names: Array<[rule: string, title: string, slug: string]> = [
	['lowercase words joined by -', 'Lost Dog Found!', 'lost-dog-found'],
	['accents go', 'Café in Zürich: ça va', 'cafe-in-zurich-ca-va'],
	['Latin letters without a decomposition are spelled out', 'Straße Ærø Łódź', 'strasse-aero-lodz'],
	['no leading or trailing -, nor a leading .', '...—Hello—...', 'hello'],
	['cut at a word within 60 characters', 'word '.repeat(30), Array.from({length: 12}, () => 'word').join('-')],
	['one long word is cut inside', 'a'.repeat(80), 'a'.repeat(60)],
	['a title without Latin letters falls back', '港湾镇的灯', 'article'],
	['digits stay', '港湾镇 2026', '2026'],
	['nothing at all falls back', '', 'article'],
];

for (const [rule, title, slug] of names) {
	test(`articleName: ${rule}`, () => {
		assert.equal(articleName(title, '0123456789ab'), `${slug}-0123456789ab`);
	});
}

test('keyOfName gives back the key of any name articleName makes, and nothing for other names', () => {
	fc.assert(fc.property(fc.string(), fc.stringMatching(/^[0-9a-f]{12}$/u), (title, key) => {
		const name = articleName(title, key);
		assert.match(name, /^[a-z0-9][a-z0-9-]*$/u);
		assert.equal(keyOfName(name), key);
		assert.equal(keyOfName(`${name}.txt`), key);
	}));
	assert.equal(keyOfName('us-prudent-arms-taiwan'), undefined);
	assert.equal(keyOfName('dog-0123456789AB'), undefined);
	assert.equal(keyOfName('dog-0123456789a'), undefined);
});
