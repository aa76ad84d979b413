import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {Article} from '../../source/news/article.js';
import {ArticleError, decodeArticle, parseArticle} from '../../source/news/parse.js';
import {quotesOf} from '../../source/news/quotes.js';

/** An article file from its blocks, one blank line between them. */
function file(...blocks: string[]): string {
	return blocks.join('\n\n') + '\n';
}

function parse(text: string): Article {
	return parseArticle(text, 'a.txt');
}

const byline = 'By Kelly Ng and Tessa Wong, BBC News, Jan 5: The lead.';

type Case = [rule: string, text: string, expected: Partial<Article>];

const cases: Case[] = [
	// date
	['date: bullet, weekday, day month year', file('• Thursday, 5 February 2026', 'Title'), {date: '2026-02-05', dateText: 'Thursday, 5 February 2026', title: 'Title'}],
	['date: month day, year', file('February 5, 2026', 'Title'), {date: '2026-02-05', dateText: 'February 5, 2026', title: 'Title'}],
	['date: ISO', file('2026-02-05', 'Title'), {date: '2026-02-05', dateText: '2026-02-05', title: 'Title'}],
	['date: dash bullet', file('- 18 November 2026', 'Title'), {date: '2026-11-18', dateText: '18 November 2026', title: 'Title'}],
	['date: star bullet and short month', file('* Sat, 3 Oct 2026', 'Title'), {date: '2026-10-03', dateText: 'Sat, 3 Oct 2026', title: 'Title'}],
	['date: the weekday is not checked', file('Monday, 5 February 2026', 'Title'), {date: '2026-02-05', dateText: 'Monday, 5 February 2026'}],
	['date: as written, letter case and ordinal kept', file('THURSDAY, Feb. 5th, 2026', 'Title'), {date: '2026-02-05', dateText: 'THURSDAY, Feb. 5th, 2026'}],
	['date: spaces around and inside the date line are one space', file('  •   Thursday,\u00A0 5\tFebruary\n2026  ', 'Title'), {date: '2026-02-05', dateText: 'Thursday, 5 February 2026', title: 'Title'}],
	['date: control sequences leave the date as written too', file('• Thursday, 5 Feb\u001B[31mruary 2026\u0007', 'Title'), {date: '2026-02-05', dateText: 'Thursday, 5 February 2026'}],
	['date: none, so the first block is the title', file('Title', 'Body.'), {date: null, dateText: null, title: 'Title', paragraphs: ['Body.']}],
	['date: only the first block can be one', file('Title', '5 February 2026 was a Thursday.'), {date: null, dateText: null, paragraphs: ['5 February 2026 was a Thursday.']}],
	// title
	['title: lines folded to spaces', file('A title over\ntwo lines', 'Body.'), {title: 'A title over two lines'}],
	// label
	['label: one word', file('Title', 'blog', 'Body.'), {label: 'blog', paragraphs: ['Body.']}],
	['label: three words', file('Title', 'city hall news', 'Body.'), {label: 'city hall news'}],
	['label: four words is a paragraph', file('Title', 'city hall news today', 'Body.'), {label: null, paragraphs: ['city hall news today', 'Body.']}],
	['label: 30 characters', file('Title', 'a'.repeat(30), 'Body.'), {label: 'a'.repeat(30)}],
	['label: 31 characters is a paragraph', file('Title', 'a'.repeat(31), 'Body.'), {label: null}],
	['label: CJK', file('Title', '节庆', 'Body.'), {label: '节庆'}],
	['label: not with a final full stop', file('Title', 'Flour everywhere.', 'Body.'), {label: null}],
	['label: not with a final !', file('Title', 'Wow!', 'Body.'), {label: null}],
	['label: not with a final ?', file('Title', 'Why?', 'Body.'), {label: null}],
	['label: not with a final :', file('Title', 'Update:', 'Body.'), {label: null}],
	['label: not a byline', file('Title', 'By Bob: Hi', 'Body.'), {label: null, byline: {authors: [], source: 'Bob', dateline: null}, paragraphs: ['Hi', 'Body.']}],
	['label: not a link', file('Title', 'Link: https://x.test/', 'Body.'), {label: null, link: 'https://x.test/', paragraphs: ['Body.']}],
	['label: after the date and title', file('5 February 2026', 'Title', 'blog', byline), {label: 'blog', summary: null}],
	// label: words counted as SPEC §4 counts them, each CJK character one (issue 9, defect 3)
	['label: two words', file('Title', 'World news', 'Body.'), {label: 'World news'}],
	['label: two CJK characters are two words', file('Title', '新闻', 'Body.'), {label: '新闻'}],
	['label: three CJK characters are three words', file('Title', '国际版', 'Body.'), {label: '国际版'}],
	['label: four CJK characters are four words, a paragraph', file('Title', '国际新闻', 'Body.'), {label: null, paragraphs: ['国际新闻', 'Body.']}],
	['label: a Latin word and two CJK characters', file('Title', 'BBC 中文', 'Body.'), {label: 'BBC 中文'}],
	['label: a Latin word and three CJK characters is four words', file('Title', 'BBC 中文网', 'Body.'), {label: null}],
	['label: kana count one word each, so ニュース is four', file('Title', 'ニュース', 'Body.'), {label: null}],
	['label: Hangul is counted by spaces', file('Title', '오늘의 뉴스', 'Body.'), {label: '오늘의 뉴스'}],
	['label: a Chinese first paragraph is body', file('小镇新闻', '今天下雨了。', '明天会晴天，大家可以出门。'), {
		title: '小镇新闻', label: null, paragraphs: ['今天下雨了。', '明天会晴天，大家可以出门。'],
	}],
	['label: a Japanese only block is body', file('タイトル', '本文です。「引用」と“引用”。'), {label: null, paragraphs: ['本文です。「引用」と“引用”。']}],
	// label: full-width and other scripts' sentence ends are final punctuation too
	['label: not with a final 。', file('Title', '下雨了。', 'Body.'), {label: null, paragraphs: ['下雨了。', 'Body.']}],
	['label: not with a final ！', file('Title', '好！', 'Body.'), {label: null}],
	['label: not with a final ？', file('Title', '为什么？', 'Body.'), {label: null}],
	['label: not with a final ：', file('Title', '更新：', 'Body.'), {label: null}],
	['label: not with a final full-width full stop ．', file('Title', '終わり．', 'Body.'), {label: null}],
	['label: not with a final half-width ｡', file('Title', 'ｵﾜﾘ｡', 'Body.'), {label: null}],
	['label: not with a final ‼', file('Title', 'Goal‼', 'Body.'), {label: null}],
	['label: not with a final …', file('Title', 'And then…', 'Body.'), {label: null}],
	['label: not with a final ……', file('Title', '他说……', 'Body.'), {label: null}],
	['label: not with a final ⋯', file('Title', '然后⋯', 'Body.'), {label: null}],
	['label: not with a final Devanagari danda', file('Title', 'समाचार।', 'Body.'), {label: null}],
	['label: not with a sentence end inside closing quotes', file('Title', '他说“好。”', 'Body.'), {label: null, paragraphs: ['他说“好。”', 'Body.']}],
	['label: not with a full stop inside a closing bracket', file('Title', '(Updated.)', 'Body.'), {label: null}],
	['label: a quoted name stays one', file('Title', '“Opinion”', 'Body.'), {label: '“Opinion”'}],
	['label: a comma is no final punctuation', file('Title', '新闻、', 'Body.'), {label: '新闻、'}],
	['label: punctuation between words is no word', file('Title', 'A & B & C', 'Body.'), {label: 'A & B & C'}],
	// summary
	['summary: the block between label and byline', file('Title', 'blog', 'The summary', byline, 'Body.'), {summary: 'The summary', paragraphs: ['The lead.', 'Body.']}],
	['summary: the block between title and byline', file('Title', 'A summary that is too long for a label', byline), {label: null, summary: 'A summary that is too long for a label'}],
	['summary: blocks joined with a space', file('Title', 'blog', 'One.', 'Two.', byline), {summary: 'One. Two.'}],
	['summary: none when the byline follows the label', file('Title', 'blog', byline), {summary: null}],
	['summary: none without a byline; the blocks are body', file('Title', 'blog', 'First.', 'Second.'), {summary: null, byline: null, paragraphs: ['First.', 'Second.']}],
	// byline
	['byline: authors, source, dateline; the rest is the lead', file('Title', byline, 'Body.'), {
		byline: {authors: ['Kelly Ng', 'Tessa Wong'], source: 'BBC News', dateline: 'Jan 5'},
		paragraphs: ['The lead.', 'Body.'],
	}],
	['byline: a dateline with a comma inside', file('Title', 'By Mara Olsen, Riverside Courier, November 16, 2026: Lead.'), {
		byline: {authors: ['Mara Olsen'], source: 'Riverside Courier', dateline: 'November 16, 2026'},
		paragraphs: ['Lead.'],
	}],
	['byline: only a source', file('Title', 'By Hilltop Gazette: Lead.'), {byline: {authors: [], source: 'Hilltop Gazette', dateline: null}}],
	['byline: the lead keeps later colons', file('Title', 'By A, B: He said: no.'), {paragraphs: ['He said: no.']}],
	['byline: folded over lines', file('Title', 'By A, B: The lead\nruns on.'), {paragraphs: ['The lead runs on.']}],
	['byline: the fourth block after the title', file('Title', 'blog', 'S1.', 'S2.', 'By A, B: Lead.'), {summary: 'S1. S2.', byline: {authors: ['A'], source: 'B', dateline: null}}],
	['byline: the fifth block after the title is body', file('Title', 'blog', 'S1.', 'S2.', 'S3.', 'By A, B: Lead.'), {
		summary: null, byline: null, paragraphs: ['S1.', 'S2.', 'S3.', 'By A, B: Lead.'],
	}],
	['byline: needs ": "', file('Title', 'By the river, a house.', 'Body.'), {byline: null, paragraphs: ['By the river, a house.', 'Body.']}],
	['byline: needs "By " at the start', file('Title', 'Written by A, B: Lead.'), {byline: null}],
	['byline: only the first one counts', file('Title', 'By A, B: Lead.', 'By C, D: Not a byline.'), {
		byline: {authors: ['A'], source: 'B', dateline: null}, paragraphs: ['Lead.', 'By C, D: Not a byline.'],
	}],
	// body
	['body: line breaks fold, lines are trimmed', file('Title', '  One\n  two  \nthree four.'), {paragraphs: ['One two three four.']}],
	['body: several blank lines are one break', 'Title\n\n\n\nOne.\n\n\n\nTwo.\n', {paragraphs: ['One.', 'Two.']}],
	['body: white-space lines are blank', 'Title\n \t \nOne.\n   \nTwo.', {paragraphs: ['One.', 'Two.']}],
	['body: none', file('Title'), {paragraphs: [], label: null, summary: null, byline: null, prompt: null, link: null}],
	// link
	['link: a block in the body is no paragraph', file('Title', 'One.', 'Link: https://example.org/council-budget', 'Two.'), {
		link: 'https://example.org/council-budget', paragraphs: ['One.', 'Two.'],
	}],
	['link: http too', file('Title', 'One.', 'Link: http://example.org/'), {link: 'http://example.org/', paragraphs: ['One.']}],
	['link: in the summary is no summary', file('Title', 'Sum.', 'Link: https://x.test/a', byline), {link: 'https://x.test/a', summary: 'Sum.'}],
	['link: the first one', file('Title', 'Link: https://x.test/1', 'Link: https://x.test/2'), {link: 'https://x.test/1', paragraphs: []}],
	['link: not another scheme', file('Title', 'One.', 'Link: ftp://x.test/'), {link: null, paragraphs: ['One.', 'Link: ftp://x.test/']}],
	['link: not with more text', file('Title', 'One.', 'Link: https://x.test/ here'), {link: null}],
	['link: not without a URL', file('Title', 'One.', 'Link: soon'), {link: null}],
	['link: not lower case', file('Title', 'One.', 'link: https://x.test/'), {link: null}],
	['link: the title is never one', file('Link: https://x.test/', 'One.'), {title: 'Link: https://x.test/', link: null}],
	// prompt
	['prompt: the last block addressing the reader', file('Title', 'One.', 'How did you feel after reading this news?'), {
		prompt: 'How did you feel after reading this news?', paragraphs: ['One.'],
	}],
	['prompt: your', file('Title', 'One.', 'Has your own pet ever gone missing?'), {prompt: 'Has your own pet ever gone missing?'}],
	['prompt: any letter case', file('Title', 'One.', 'What do YOU think?'), {prompt: 'What do YOU think?'}],
	["prompt: you're", file('Title', 'One.', "Are you're friends right?"), {prompt: "Are you're friends right?"}],
	['prompt: not without you or your', file('Title', 'One.', 'Will they be back next autumn?'), {prompt: null, paragraphs: ['One.', 'Will they be back next autumn?']}],
	['prompt: you inside a word does not count', file('Title', 'One.', 'Is youth wasted on the young?'), {prompt: null}],
	['prompt: yours does not count', file('Title', 'One.', 'Is it yours?'), {prompt: null}],
	['prompt: must end with ?', file('Title', 'One.', 'Tell us how you feel.'), {prompt: null}],
	['prompt: must be one line in the file', file('Title', 'One.', 'How did you\nfeel?'), {prompt: null, paragraphs: ['One.', 'How did you feel?']}],
	['prompt: 100 characters', file('Title', 'One.', `Do you ${'a'.repeat(92)}?`), {prompt: `Do you ${'a'.repeat(92)}?`}],
	['prompt: 101 characters is a paragraph', file('Title', 'One.', `Do you ${'a'.repeat(93)}?`), {prompt: null}],
	['prompt: only the last block', file('Title', 'Do you agree?', 'One.'), {prompt: null, paragraphs: ['Do you agree?', 'One.']}],
	['prompt: not when a link is last', file('Title', 'Do you agree?', 'Link: https://x.test/'), {prompt: null, paragraphs: ['Do you agree?']}],
	['prompt: right after the byline', file('Title', 'By A, B: Lead.', 'Do you agree?'), {prompt: 'Do you agree?', paragraphs: ['Lead.']}],
	['prompt: never the title', file('Do you agree?'), {title: 'Do you agree?', prompt: null}],
	// file text
	['BOM is ignored', '\uFEFF' + file('5 February 2026', 'Title', 'One.'), {date: '2026-02-05', title: 'Title'}],
	['CRLF reads as LF', 'Title\r\n\r\nOne\r\ntwo.\r\n', {title: 'Title', paragraphs: ['One two.']}],
	['CR reads as LF', 'Title\r\rOne\rtwo.\r', {title: 'Title', paragraphs: ['One two.']}],
	['control sequences are removed', 'Ti\u001B[31mtle\u0007\n\nOne\u202E.\u001B]0;x\u0007', {title: 'Title', paragraphs: ['One.']}],
	['tabs stay inside a line', 'Title\n\na\tb.', {paragraphs: ['a\tb.']}],
	// invisible characters (issue 7, item 6)
	['invisible characters leave the title', file('Ti\u200Btle\u200F\u{E0041}\uFEFF', 'One.'), {title: 'Title'}],
	['invisible characters leave the link', file('Title', 'One.', 'Link: https://x.test/\u200Bpath\u2060'), {link: 'https://x.test/path'}],
	['a link hidden behind a zero-width space still has to be http', file('Title', 'Link: \u200Bjavascript:x'), {link: null}],
	['a zero-width space stays in the body, where it says a line may break', file('Ti\u200Btle', 'ภาษา\u200Bไทย.'), {title: 'Title', paragraphs: ['ภาษา\u200Bไทย.']}],
	['and in the lead after the byline, but not in the byline', file('Title', 'By A\u200Bnn, B: ภาษา\u200Bไทย.'), {paragraphs: ['ภาษา\u200Bไทย.']}],
	['a zero-width space after the byline\'s colon still cuts the lead there', file('Title', 'By Ann Lee, Reuters:\u200B The lead: more.'), {paragraphs: ['The lead: more.']}],
	['line and paragraph separators are spaces', file('One\u2028two', 'Three\u2029four.'), {title: 'One two', paragraphs: ['Three four.']}],
	['the flag of England stays in a title', file('Go 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'One.'), {title: 'Go 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'}],
];

for (const [rule, text, expected] of cases) {
	test(`parseArticle: ${rule}`, () => {
		const article = parse(text);
		const picked = Object.fromEntries(Object.keys(expected).map(key => [key, article[key as keyof Article]]));
		assert.deepEqual(picked, expected);
	});
}

test('parseArticle: the id is the file name without .txt', () => {
	const article = parseArticle('Title', 'lost-dog-found.txt');
	assert.equal(article.id, 'lost-dog-found');
	assert.equal(article.file, 'lost-dog-found.txt');
});

const noTitle: Array<[name: string, text: string]> = [
	['empty text', ''],
	['blank lines only', ' \n\t\n\n'],
	['only a date', '• Thursday, 5 February 2026\n'],
	['only control characters', '\u001B[2J\u0007'],
];

for (const [name, text] of noTitle) {
	test(`parseArticle: no title: ${name}`, () => {
		assert.throws(() => parse(text), (error: unknown) => error instanceof ArticleError && error.message === 'no title');
	});
}

const encoder = new TextEncoder();

const notArticles: Array<[name: string, bytes: Uint8Array, reason: string]> = [
	['no bytes', new Uint8Array(), 'empty file'],
	['white space only', encoder.encode(' \n\r\n\t\n'), 'empty file'],
	['a BOM only', new Uint8Array([0xEF, 0xBB, 0xBF]), 'empty file'],
	['a BOM and blank lines', new Uint8Array([0xEF, 0xBB, 0xBF, 0x0A, 0x0A]), 'empty file'],
	['a NUL byte', encoder.encode('Title\n\nBody\u0000.'), 'binary file (holds NUL bytes)'],
	['a stray continuation byte', new Uint8Array([0x54, 0x80, 0x0A]), 'not valid UTF-8'],
	['Latin-1 text', new Uint8Array([0x63, 0x61, 0x66, 0xE9]), 'not valid UTF-8'],
	['an overlong encoding', new Uint8Array([0x54, 0xC0, 0xAF]), 'not valid UTF-8'],
	['an encoded surrogate', new Uint8Array([0x54, 0xED, 0xA0, 0x80]), 'not valid UTF-8'],
	['a cut-off sequence at the end', new Uint8Array([0x54, 0xE4, 0xB8]), 'not valid UTF-8'],
	['a date and no title', encoder.encode('2026-02-05\n'), 'no title'],
];

for (const [name, bytes, reason] of notArticles) {
	test(`decodeArticle: not an article: ${name}`, () => {
		assert.throws(() => decodeArticle(bytes, 'x.txt'), (error: unknown) => error instanceof ArticleError && error.message === reason);
	});
}

test('decodeArticle: UTF-8 with a BOM reads as text', () => {
	const bytes = new Uint8Array([0xEF, 0xBB, 0xBF, ...encoder.encode('港湾镇\n\nBody.')]);
	const article = decodeArticle(bytes, 'x.txt');
	assert.equal(article.title, '港湾镇');
	assert.deepEqual(article.paragraphs, ['Body.']);
});

test('the seed article reads in full', () => {
	const seed = 'us-prudent-arms-taiwan.txt';
	const article = decodeArticle(readFileSync(new URL(`../../articles/${seed}`, import.meta.url)), seed);
	assert.equal(article.id, 'us-prudent-arms-taiwan');
	assert.equal(article.file, seed);
	assert.equal(article.date, '2026-02-05');
	assert.equal(article.dateText, 'Thursday, 5 February 2026');
	assert.equal(article.title, 'US must be prudent when supplying arms to Taiwan, Xi tells Trump');
	assert.equal(article.label, 'blog');
	assert.equal(article.summary, 'Trump and Xi last met in October, on the sidelines of the Asia-Pacific Economic Co-operation in South Korea');
	assert.deepEqual(article.byline, {authors: ['Kelly Ng', 'Tessa Wong'], source: 'BBC News', dateline: 'Jan 5'});
	assert.equal(article.prompt, 'How did you feel after reading this news?');
	assert.equal(article.link, null);
	assert.equal(article.paragraphs.length, 27);
	assert.ok(article.paragraphs[0]!.startsWith('China\'s leader Xi Jinping has called Taiwan "the most important issue"'));
	assert.ok(article.paragraphs.at(-1)!.startsWith('"In doing so, China is showing'));
	assert.deepEqual(quotesOf(article.paragraphs), [
		'the most important issue',
		'prudent',
		'great importance',
		'excellent',
		'long and thorough',
		'very much',
		'The relationship with China, and my personal relationship with President Xi, is an extremely good one, and we both realize how important it is to keep it that way,',
		'China\'s territory',
		'must safeguard [Taiwan\'s] sovereignty and territorial integrity',
		'The United States must handle the issue of arms sales to Taiwan with prudence,',
		'reunify',
		'attempt to support [Taiwan\'s] independence',
		'accelerate the push towards a dangerous and violent situation across the Taiwan Strait',
		'Just as the United States has its concerns, China for its part also has concerns,',
		'If the two sides work in the same direction in the spirit of equality, respect and mutual benefit, we can surely find ways to address each other\'s concerns.',
		'rock solid',
		'all ongoing cooperation projects are continuing',
		'continue to act as a stabilising force',
		'confrontation and unilateralism are on the rise',
		'Beijing is actively shouldering its responsibility - working together with major stakeholders to contribute to world peace and stability through responsible major-country diplomacy.',
		'In doing so, China is showing other major players on the world stage the importance of refocusing on dialogue and coordination,',
	]);
});

test('the seed article reads the same with CRLF line breaks and a BOM', () => {
	const text = readFileSync(new URL('../../articles/us-prudent-arms-taiwan.txt', import.meta.url), 'utf8');
	assert.deepEqual(parse('\uFEFF' + text.replaceAll('\n', '\r\n')), parse(text));
});
