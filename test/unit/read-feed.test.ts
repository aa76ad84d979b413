import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {readSource} from '../../source/feeds/read-feed.js';
import {parseXml} from '../../source/feeds/xml.js';
import {FeedError} from '../../source/feeds/errors.js';
import type {Feed, FeedItem} from '../../source/feeds/feed.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`fixtures/feeds/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function feedOf(bytes: Uint8Array, baseUrl?: string): Feed {
	const source = readSource(bytes, baseUrl);
	assert.equal(source.kind, 'feed');
	return source.feed;
}

function itemTitled(feed: Feed, title: string): FeedItem {
	const item = feed.items.find(candidate => candidate.title === title);
	assert.ok(item, `no item titled ${JSON.stringify(title)} among ${JSON.stringify(feed.items.map(each => each.title))}`);
	return item;
}

const isoDay = (item: FeedItem): string | undefined => item.date && `${item.date.year}-${String(item.date.month).padStart(2, '0')}-${String(item.date.day).padStart(2, '0')}`;

test('RSS 2.0: content:encoded in CDATA is the content, the description the summary, the dc:creator the author', () => {
	const feed = feedOf(fixture('rss2-content-encoded.xml'));
	assert.equal(feed.format, 'rss');
	assert.equal(feed.title, 'The Harbour Gazette');
	// The channel's own link, not the atom:link rel="self" beside it.
	assert.equal(feed.link, 'https://harbour.example/');
	assert.equal(feed.items.length, 2);
	const [ferry, lighthouse] = feed.items as [FeedItem, FeedItem];
	assert.equal(ferry.title, 'Ferry timetable changes for the winter');
	assert.equal(ferry.link, 'https://harbour.example/2026/02/ferry-timetable');
	assert.equal(ferry.guid, 'https://harbour.example/?p=101');
	assert.equal(isoDay(ferry), '2026-02-05');
	assert.deepEqual(ferry.authors, ['Mara Lindqvist']);
	assert.deepEqual(ferry.categories, ['Transport', 'Local']);
	assert.deepEqual(ferry.description, {type: 'html', value: 'The last sailing moves to six o\'clock.'});
	assert.equal(ferry.content?.type, 'html');
	assert.match(ferry.content.value, /^<p>The last sailing of the day moves to <strong>six o'clock<\/strong> from Monday\.<\/p>/);
	// CDATA is taken as written: the escaped ampersand stays escaped for the HTML reader.
	assert.match(ferry.content.value, /valid &amp; unchanged/);
	// Two CDATA sections in a row are one text.
	assert.deepEqual(lighthouse.content, {type: 'html', value: '<p>Part one.</p><p>Part two, in a second section.</p>'});
	assert.equal(lighthouse.guid, 'harbour-102');
	assert.equal(lighthouse.description, undefined);
});

test('RSS 2.0: escaped HTML in titles is read as HTML, in descriptions kept as HTML; bare & and HTML entities are tolerated', () => {
	const feed = feedOf(fixture('rss2-escaped-description.xml'));
	assert.equal(feed.title, 'Q&A Weekly — the answers');
	const tide = itemTitled(feed, 'Why the tide turns & other questions');
	assert.deepEqual(tide.description, {type: 'html', value: '<p>The moon pulls, the sea follows.</p><p>Caf&eacute; talk,&nbsp;mostly.</p>'});
	assert.deepEqual(tide.categories, ['Science & Nature']);
	// A guid is a permalink unless it says otherwise.
	assert.equal(tide.link, 'http://qa.example/answers/tide');
	const ampersands = itemTitled(feed, 'AT&T and R&D: bare ampersands everywhere');
	assert.equal(ampersands.link, 'http://qa.example/answers/amp?id=7&ref=rss');
	assert.equal(ampersands.guid, 'http://qa.example/not-a-link');
	// An entity neither XML nor HTML knows stays as written.
	assert.deepEqual(ampersands.description, {type: 'html', value: 'Café … ’quoted’ &unknownentity; ok'});
});

test('RSS 2.0: a guid with isPermaLink="false" is never the link', () => {
	const feed = feedOf(utf8('<rss><channel><item><title>t</title><guid isPermaLink="false">https://x.example/a</guid></item></channel></rss>'));
	assert.equal(feed.items[0]?.link, undefined);
	assert.equal(feed.items[0]?.guid, 'https://x.example/a');
});

test('RSS 0.91 with its doctype reads HTML\'s latin entities', () => {
	const feed = feedOf(fixture('rss091.xml'));
	assert.equal(feed.format, 'rss');
	const item = itemTitled(feed, 'Café opens — at last');
	assert.deepEqual(item.description, {type: 'html', value: 'Coffee\u00a0and © notices.'});
	assert.equal(item.link, 'http://oldschool.example/cafe');
});

test('RSS 1.0: items beside the channel, rdf:about the guid, dc:date, dc:creator and dc:subject read', () => {
	const feed = feedOf(fixture('rss1-rdf.xml'));
	assert.equal(feed.format, 'rdf');
	assert.equal(feed.title, 'Valley Notes');
	assert.equal(feed.link, 'https://valley.example/');
	assert.equal(feed.items.length, 2);
	const orchard = itemTitled(feed, 'The orchard gets a new keeper');
	assert.equal(orchard.guid, 'https://valley.example/notes/orchard');
	assert.equal(isoDay(orchard), '2026-02-05');
	assert.deepEqual(orchard.authors, ['Ines Okafor']);
	assert.deepEqual(orchard.categories, ['Farming']);
	assert.deepEqual(orchard.content, {type: 'html', value: '<p>After forty years, the keys change hands.</p>'});
	assert.deepEqual(orchard.description, {type: 'html', value: 'After forty years, the keys change hands.'});
	const bridge = itemTitled(feed, 'Bridge closed for repairs');
	// With no <link>, rdf:about is where the item lives.
	assert.equal(bridge.link, 'https://valley.example/notes/bridge');
	assert.equal(isoDay(bridge), '2026-02-07');
});

test('Atom: text, html and xhtml titles and content each read by their type; content with src is none', () => {
	const feed = feedOf(fixture('atom-content-types.xml'));
	assert.equal(feed.format, 'atom');
	assert.equal(feed.title, 'Observatory Log');
	assert.equal(feed.id, 'urn:uuid:5a1f0c2e-observatory');
	assert.equal(feed.link, 'https://observatory.example/');
	const text = itemTitled(feed, 'Clear skies & a comet: 5 < 6');
	assert.deepEqual(text.content, {type: 'text', value: 'Plain words, <b> stays as written.'});
	const html = itemTitled(feed, 'Saturn at opposition');
	assert.deepEqual(html.content, {type: 'html', value: '<p>The rings are <em>tilted</em> this year.</p>'});
	assert.deepEqual(html.description, {type: 'html', value: '<p>Rings tilted, moons visible.</p>'});
	assert.equal(html.link, 'https://observatory.example/log/saturn');
	assert.deepEqual(html.categories, ['Planets', 'opposition']);
	// Published, not updated.
	assert.equal(isoDay(html), '2026-02-04');
	const xhtml = itemTitled(feed, 'The Moon and Venus');
	assert.equal(xhtml.content?.type, 'html');
	assert.equal(xhtml.content.value.trim(), '<p>A close pass &amp; a <a href="https://observatory.example/photo">photo</a>.</p>\n\t\t\t\t<p>Before dawn<br>low in the east.</p>');
	const talk = itemTitled(feed, 'Recording of the talk');
	assert.equal(talk.content, undefined);
	assert.deepEqual(talk.description, {type: 'text', value: 'A talk on variable stars.'});
	assert.equal(talk.link, undefined);
});

test('Atom elements are found by namespace whatever the prefix, and same-named elements in no namespace are not Atom', () => {
	const feed = feedOf(fixture('atom-prefixed.xml'));
	assert.equal(feed.title, 'Prefixed Atom');
	const [entry] = feed.items;
	assert.equal(entry?.title, 'Odd prefixes, same namespace');
	assert.deepEqual(entry.content, {type: 'html', value: '<p>Prefixed <b>XHTML</b></p>'});
});

test('xml:base is inherited, each relative to its parent\'s, and applies to the element it is on; non-web links are dropped', () => {
	const feed = feedOf(fixture('atom-xml-base.xml'));
	assert.equal(feed.link, 'https://river.example/blog/');
	const links = Object.fromEntries(feed.items.map(item => [item.guid, item.link]));
	assert.deepEqual(links, {
		'river-1': 'https://river.example/blog/2026/flood-warning',
		'river-2': 'https://river.example/blog/archive/old-mill',
		'river-3': 'https://mirror.example/copies/boat-race',
		'river-4': 'https://river.example/about/locks',
		'river-5': undefined,
	});
});

test('relative RSS links resolve against the feed\'s URL when it came from one, else are dropped', () => {
	const fromUrl = feedOf(fixture('rss2-relative-links.xml'), 'https://allotment.example/news/index.xml');
	assert.equal(fromUrl.link, 'https://allotment.example/');
	assert.deepEqual(fromUrl.items.map(item => item.link), [
		'https://allotment.example/news/seed-swap',
		'https://allotment.example/news/compost.html',
		'https://allotment.example/news/absolute',
	]);
	const fromFile = feedOf(fixture('rss2-relative-links.xml'));
	assert.equal(fromFile.link, undefined);
	assert.deepEqual(fromFile.items.map(item => item.link), [undefined, undefined, 'https://allotment.example/news/absolute']);
});

test('RSS authors: email (Name) gives the name, a bare address stays, dc:creator and itunes:author count, one person once', () => {
	const feed = feedOf(fixture('rss2-authors.xml'));
	const authors = Object.fromEntries(feed.items.map(item => [item.title, item.authors]));
	assert.deepEqual(authors, {
		'Email and name': ['Tomas Reyes'],
		'A bare address': ['desk@kitchen.example'],
		'Dublin Core creators': ['Aiko Tan', 'Bram de Wit'],
		'Podcast host': ['Lena Fischer'],
		'The same person three ways': ['Lena Fischer'],
		'Mail form': ['Ola Nordmann'],
		'No author': [],
	});
});

test('Atom authors: an entry without its own has its source\'s, else the feed\'s (RFC 4287)', () => {
	const feed = feedOf(fixture('atom-feed-authors.xml'));
	assert.deepEqual(itemTitled(feed, 'Inherits the feed\'s authors').authors, ['Priya Nair', 'Sam Cole']);
	assert.deepEqual(itemTitled(feed, 'Has its own, several').authors, ['Guest One', 'Guest Two']);
	assert.deepEqual(itemTitled(feed, 'Taken from its source').authors, ['Source Writer']);
});

const encodings: Array<[file: string, title: string]> = [
	['rss2-iso-8859-1.xml', 'Café crème à Zürich'],
	// 0x80–0x9F are windows-1252 punctuation, not C1 controls.
	['rss2-windows-1252.xml', '“Quoted” — costs €5…'],
	['rss2-windows-1251.xml', 'Привет, мир'],
	['rss2-gb2312.xml', '中文新闻'],
];

for (const [file, title] of encodings) {
	test(`encoding declared in the prolog: ${file}`, () => {
		const feed = feedOf(fixture(file));
		assert.equal(feed.title, title);
		assert.equal(feed.items[0]?.title, title);
	});
}

test('encodings: a BOM wins over the declaration; UTF-16 with a BOM reads', () => {
	const declaredLatin1 = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café</title></channel></rss>';
	const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(declaredLatin1)]);
	assert.equal(feedOf(withBom).title, 'Café');
	// Without the BOM the same bytes are latin1, as declared.
	assert.equal(feedOf(utf8(declaredLatin1)).title, 'CafÃ©');
	const utf16 = '<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>Ελληνικά</title></channel></rss>';
	assert.equal(feedOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')])).title, 'Ελληνικά');
	const bigEndian = Buffer.from(utf16, 'utf16le').swap16();
	assert.equal(feedOf(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian])).title, 'Ελληνικά');
	// No declaration, no BOM: UTF-8.
	assert.equal(feedOf(utf8('<rss><channel><title>Ñandú</title></channel></rss>')).title, 'Ñandú');
});

test('encodings: a label TextDecoder does not know is a FeedError naming it', () => {
	assert.throws(() => readSource(utf8('<?xml version="1.0" encoding="x-klingon"?><rss/>')), (error: unknown) => error instanceof FeedError && /x-klingon/.test(error.message));
});

test('dates: RFC 822 with named zones and double spaces, ISO 8601 with milliseconds, each the day in its own offset', () => {
	const rss = feedOf(fixture('rss2-dates.xml'));
	assert.deepEqual(Object.fromEntries(rss.items.map(item => [item.title, isoDay(item)])), {
		'Pacific evening': '2026-02-05',
		'Named zone PST': '2026-02-05',
		'Named zone EST, double spaces': '2026-02-05',
		'No weekday, no seconds': '2026-02-05',
		'Two-digit year, military zone': '2026-02-05',
		'Early morning east': '2026-02-06',
		'Dublin Core date only': '2026-02-05',
		'pubDate wins over dc:date': '2026-02-04',
		'Unreadable pubDate, dc:date after it': '2026-02-03',
		'Unreadable date': undefined,
		'No date': undefined,
	});
	const atom = feedOf(fixture('atom-iso-dates.xml'));
	assert.deepEqual(Object.fromEntries(atom.items.map(item => [item.title, isoDay(item)])), {
		'Milliseconds and a negative offset': '2026-02-05',
		'Positive offset past midnight': '2026-02-06',
		'Published wins over updated': '2026-02-01',
		'Date only': '2026-02-05',
		'Broken published, good updated': '2026-02-04',
	});
});

test('items without a title are kept with the title undefined, for the caller to count', () => {
	const feed = feedOf(fixture('rss2-untitled-items.xml'));
	assert.equal(feed.items.length, 4);
	assert.deepEqual(feed.items.map(item => item.title), [undefined, undefined, undefined, 'A titled one']);
	assert.equal(feed.items[0]?.link, 'https://micro.example/notes/1');
});

test('OPML: every outline with an xmlUrl at any depth, titled by title else text, each once, web URLs only', () => {
	const source = readSource(fixture('subscriptions.opml'));
	assert.equal(source.kind, 'opml');
	assert.equal(source.title, 'My reading list');
	assert.deepEqual(source.feeds, [
		{url: 'https://harbour.example/feed.xml', title: 'The Harbour Gazette'},
		{url: 'https://observatory.example/atom.xml', title: 'Observatory Log'},
		{url: 'https://valley.example/rss', title: 'Valley Notes'},
		{url: 'https://untitled.example/feed'},
	]);
});

const refusals: Array<[what: string, bytes: () => Uint8Array, message: RegExp]> = [
	['a feed cut off part-way', () => fixture('cut-off.xml'), /^not well-formed XML \(line 10, column \d+: unclosed tag: title\)$/],
	['an HTML page', () => fixture('html-page.html'), /^not a feed: its root element is <html>$/],
	['well-formed XHTML', () => utf8('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), /^not a feed: its root element is <html>$/],
	['an HTML5 page with a lower-case doctype, which saxes stops at before any root', () => utf8('<!doctype html>\n<!-- page -->\n<html><head><title>Front</title></head><body><p>x</p></body></html>\n'), /^not a feed: its root element is <html>$/],
	['another XML document', () => utf8('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), /^not a feed: its root element is <svg>$/],
	['an Atom-named root in no namespace', () => utf8('<feed><entry/></feed>'), /^not a feed: its root element is <feed>$/],
	['RSS without a channel', () => utf8('<rss version="2.0"><item/></rss>'), /^not a feed: its <rss> holds no <channel>$/],
	['mismatched tags', () => utf8('<rss><channel><title>x</channel></rss>'), /^not well-formed XML \(line 1, column \d+: unexpected close tag\)$/],
	['an empty file', () => utf8(''), /^not well-formed XML \(line 1, column 0: document must contain a root element\)$/],
	['plain text', () => utf8('just words'), /^not well-formed XML \(line 1, column \d+: text data outside of root node\)$/],
	['JSON', () => utf8('{"items": []}'), /^not well-formed XML \(line 1, column \d+: text data outside of root node\)$/],
	['text after the root', () => utf8('<rss><channel/></rss>trailing'), /^not well-formed XML \(line 1, column \d+: text data outside of root node\)$/],
	['two roots', () => utf8('<rss><channel/></rss><rss/>'), /^not well-formed XML \(line 1, column \d+: documents may contain only one root\)$/],
];

for (const [what, bytes, message] of refusals) {
	test(`refused with one line: ${what}`, () => {
		assert.throws(() => readSource(bytes()), (error: unknown) => {
			assert.ok(error instanceof FeedError, `a FeedError, not ${String(error)}`);
			assert.match(error.message, message);
			assert.doesNotMatch(error.message, /\n/);
			return true;
		});
	});
}

const tolerated: Array<[what: string, xml: string, title: string]> = [
	['a bare & in text', '<rss><channel><title>Fish & chips</title></channel></rss>', 'Fish & chips'],
	['a bare & before a later ;', '<rss><channel><title>A & B; C</title><link>https://x.example/</link></channel></rss>', 'A & B; C'],
	['an HTML entity', '<rss><channel><title>a&nbsp;b&hellip;</title></channel></rss>', 'a b…'],
	['an entity no one knows', '<rss><channel><title>a &nosuch; b</title></channel></rss>', 'a &nosuch; b'],
	['a name Object\'s prototype has', '<rss><channel><title>a &constructor; b</title></channel></rss>', 'a &constructor; b'],
	['an undeclared well-known prefix', '<rss><channel><title>t</title><item><title>x</title><dc:creator>Undeclared</dc:creator></item></channel></rss>', 't'],
	// Tolerated by the parser, then removed as every article's control characters are.
	['a control character', '<rss><channel><title>a\u0001b</title></channel></rss>', 'ab'],
	['a duplicate attribute', '<rss><channel x="1" x="2"><title>t</title></channel></rss>', 't'],
	['white space before the declaration', '\n  <?xml version="1.0"?><rss><channel><title>t</title></channel></rss>', 't'],
	['a comment holding a bare &', '<rss><!-- R&D --><channel><title><![CDATA[x &amp; y]]></title></channel></rss>', 'x & y'],
];

for (const [what, xml, title] of tolerated) {
	test(`tolerated: ${what}`, () => {
		assert.equal(feedOf(utf8(xml)).title, title);
	});
}

test('an undeclared dc: prefix still reads as Dublin Core', () => {
	const feed = feedOf(utf8('<rss><channel><item><title>x</title><dc:creator>Undeclared</dc:creator></item></channel></rss>'));
	assert.deepEqual(feed.items[0]?.authors, ['Undeclared']);
});

test('parseXml: CDATA is text, comments and processing instructions are not, namespaces are URIs, xml:base is resolved per element', () => {
	const root = parseXml(utf8('<a xmlns:p="urn:p" xml:base="https://b.example/x/"><?pi data?><!-- note --><p:b href="q&amp;r">one<![CDATA[<two>]]>three</p:b><c xml:base="../y/"/></a>'));
	assert.equal(root.local, 'a');
	assert.equal(root.base, 'https://b.example/x/');
	const [b, c] = root.children;
	assert.ok(typeof b === 'object' && typeof c === 'object');
	assert.equal(b.uri, 'urn:p');
	assert.equal(b.local, 'b');
	assert.equal(b.attributes.href, 'q&r');
	assert.deepEqual(b.children, ['one<two>three']);
	assert.equal(c.base, 'https://b.example/y/');
});

test('a 700-item podcast feed reads whole', () => {
	const items = Array.from({length: 700}, (_, index) => `
		<item>
			<title>Episode ${index + 1}: &lt;i&gt;notes&lt;/i&gt;</title>
			<link>https://podcast.example/episodes/${index + 1}</link>
			<guid isPermaLink="false">podcast-${index + 1}</guid>
			<pubDate>${['Mon', 'Tue', 'Wed'][index % 3]}, ${String(index % 28 + 1).padStart(2, '0')} Jan 2026 06:00:00 PST</pubDate>
			<itunes:author>Host ${index % 5}</itunes:author>
			<enclosure url="https://podcast.example/audio/${index + 1}.mp3" length="1000" type="audio/mpeg"/>
			<description><![CDATA[<p>Show notes for episode ${index + 1}.</p>]]></description>
		</item>`).join('');
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Long Runner</title>${items}</channel></rss>`;
	const feed = feedOf(utf8(xml));
	assert.equal(feed.items.length, 700);
	const last = feed.items[699];
	assert.equal(last?.title, 'Episode 700: notes');
	assert.equal(last.guid, 'podcast-700');
	assert.equal(last.link, 'https://podcast.example/episodes/700');
	assert.deepEqual(last.authors, ['Host 4']);
	assert.equal(isoDay(last), `2026-01-${String(699 % 28 + 1).padStart(2, '0')}`);
	assert.deepEqual(last.description, {type: 'html', value: '<p>Show notes for episode 700.</p>'});
	assert.equal(new Set(feed.items.map(item => item.guid)).size, 700);
});
