import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {fieldText, paragraphsOf, textOf} from '../../source/feeds/html.js';

// Each case: a rule, an HTML body, and the paragraphs it gives.
const htmlCases: Array<[rule: string, html: string, paragraphs: string[]]> = [
	['p makes paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
	['inline tags go, their text stays', '<p>A <b>bold</b>, <a href="/x">linked</a> <em>word</em>.</p>', ['A bold, linked word.']],
	['inline tags join words with no space between', '<p>sp<span>lit</span></p>', ['split']],
	['br ends a paragraph', 'one<br>two<br/>three', ['one', 'two', 'three']],
	['a run of br makes no empty paragraph', 'one<br><br><br>two', ['one', 'two']],
	['div, section, article, header, footer, aside', '<div>a</div><section>b</section><article>c</article><header>d</header><footer>e</footer><aside>f</aside>', ['a', 'b', 'c', 'd', 'e', 'f']],
	['headings', '<h1>Big</h1><h2>Less</h2><h6>Least</h6>text', ['Big', 'Less', 'Least', 'text']],
	['list items, closed or not', '<ul><li>x</li><li>y</ul><ol><li>z<li>w</ol>', ['x', 'y', 'z', 'w']],
	['definition lists', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', ['Term', 'Meaning']],
	['blockquote', 'He said<blockquote>no</blockquote>and left', ['He said', 'no', 'and left']],
	['figure and figcaption; the image goes with its alt text', '<figure><img src="a.jpg" alt="a.jpg"><figcaption>The mayor</figcaption></figure>', ['The mayor']],
	['an image inside a sentence leaves no trace', '<p>before<img alt="photo">after</p>', ['beforeafter']],
	['table rows are paragraphs, cells are apart', '<table><tr><th>Team</th><th>Score</th></tr><tr><td>A</td><td>3</td></tr></table>', ['Team Score', 'A 3']],
	['hr ends a paragraph', 'above<hr>below', ['above', 'below']],
	['pre: each line a paragraph, spaces folded', '<pre>line one\n    line two\n\nline four</pre>', ['line one', 'line two', 'line four']],
	['text around blocks is a paragraph of its own', 'lead<p>inner</p>tail', ['lead', 'inner', 'tail']],
	['entities are decoded', '<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#8220;q&#x201D; &#x1F600;</p>', ['Fish & chips <3 été “q” 😀']],
	['a no-break space folds like any space', '<p>a&nbsp;&nbsp;b&nbsp;</p>', ['a b']],
	['script goes with its content', '<p>a</p><script>alert("x")</script><p>b</p>', ['a', 'b']],
	['style goes with its content', '<style>p {color: red}</style><p>b</p>', ['b']],
	['iframe, svg, noscript, template, object go', '<iframe>i</iframe><svg><text>s</text></svg><noscript>n</noscript><template><p>t</p></template><object>o</object>kept', ['kept']],
	['head goes, with its title', '<html><head><title>T</title><style>x</style></head><body><p>B</p></body></html>', ['B']],
	['video and audio fallback text goes', '<video src="v.mp4">Your browser cannot play this</video><audio>nor this</audio>ok', ['ok']],
	['dropped elements nest', '<svg><svg><g>x</g></svg>still svg</svg>after', ['after']],
	['comments go', 'a<!-- hidden -->b', ['ab']],
	['white space folds and is trimmed', '<p>\n  lots   of\tspace\n </p>', ['lots of space']],
	['empty paragraphs go', '<p></p><p> </p><div><p>&nbsp;</p></div><p>x</p>', ['x']],
	['a paragraph of only zero-width spaces and soft hyphens is empty', '<p>\u200B</p><p>&shy;</p><p>y</p>', ['y']],
	['zero-width spaces at the edges go, inside they stay', '<p>\u200Bภาษา\u200Bไทย\u200B</p>', ['ภาษา\u200Bไทย']],
	['escape sequences and controls are removed', '<p>\u001B[31mred\u001B[0m\u0007 text\u202E</p>', ['red text']],
	['an escaped escape sequence is removed too', '<p>&#x1b;]0;title&#x7;shown</p>', ['shown']],
	['line separators become spaces', '<p>one\u2028two</p>', ['one two']],
	['a stray closing p is a paragraph break', 'one</p>two', ['one', 'two']],
	['unclosed tags are closed', '<p>one<p>two<div>three', ['one', 'two', 'three']],
	['markup without a tag is text: blank lines are its paragraphs', 'one\nline\n\ntwo &amp; more', ['one line', 'two & more']],
	['empty markup has no paragraphs', '', []],
];

for (const [rule, html, paragraphs] of htmlCases) {
	test(`paragraphsOf html: ${rule}`, () => {
		assert.deepEqual(paragraphsOf({type: 'html', value: html}), paragraphs);
	});
}

const textCases: Array<[rule: string, text: string, paragraphs: string[]]> = [
	['blank lines split paragraphs', 'One.\n\nTwo.', ['One.', 'Two.']],
	['single line breaks fold to spaces', 'One\nline.\n\nTwo', ['One line.', 'Two']],
	['a line of spaces is blank', 'One.\n \t \nTwo.', ['One.', 'Two.']],
	['CRLF and CR read as LF', 'One\r\n\r\nTwo\rthree', ['One', 'Two three']],
	['tags are text, not markup', '<b>bold</b> &amp;', ['<b>bold</b> &amp;']],
	['controls are removed', 'a\u001B[2Jb\u0000c', ['abc']],
	['empty paragraphs go', '\n\n\n \n\nOnly.\n\n\n', ['Only.']],
];

for (const [rule, text, paragraphs] of textCases) {
	test(`paragraphsOf text: ${rule}`, () => {
		assert.deepEqual(paragraphsOf({type: 'text', value: text}), paragraphs);
	});
}

test('textOf joins the paragraphs with one space', () => {
	assert.equal(textOf({type: 'html', value: '<p>One.</p><p>Two.</p>three'}), 'One. Two. three');
	assert.equal(textOf({type: 'text', value: 'One.\n\nTwo.'}), 'One. Two.');
	assert.equal(textOf({type: 'html', value: '<script>x</script>'}), '');
});

test('fieldText: one line, no zero-width space, controls gone', () => {
	assert.equal(fieldText('  A\u200B title\nover\t\tlines\u001B[1m  '), 'A title over lines');
});

// Whatever the markup, each paragraph is one trimmed line that the article
// file can hold: no line break, no run of spaces, no control character.
test('paragraphsOf: any markup gives clean, non-empty, one-line paragraphs', () => {
	const tags = fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<div>', '</div>', '<li>', '<pre>', '</pre>', '<script>', '</script>', '<svg>', '</svg>', '&amp;', '&nbsp;', '&#x1b;', '\n', '\n\n', ' ', '\u200B');
	const piece = fc.oneof(tags, fc.string({unit: 'grapheme', maxLength: 8}), fc.string({unit: 'binary', maxLength: 4}));
	fc.assert(fc.property(fc.array(piece, {maxLength: 20}), fc.constantFrom<'html' | 'text'>('html', 'text'), (pieces, type) => {
		for (const paragraph of paragraphsOf({type, value: pieces.join('')})) {
			assert.match(paragraph, /[^\s\u200B\u00AD]/u);
			assert.doesNotMatch(paragraph, /[\n\r\t\x00-\x1F\x7F-\x9F]| {2}|^[\s\u200B]|[\s\u200B]$/u);
		}
	}));
});
