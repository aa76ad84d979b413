import assert from 'node:assert/strict';
import {test} from 'node:test';
import {sourceOf} from '../../source/feeds/refresh.js';

test('a URL given to import is spelled as an OPML file\'s are, so one feed is one subscription; anything else is a file', () => {
	const cases: Array<[string, unknown]> = [
		['https://example.com', {url: 'https://example.com/'}],
		['HTTPS://Example.COM:443/feed.xml', {url: 'https://example.com/feed.xml'}],
		['http://example.org/rss?a=1', {url: 'http://example.org/rss?a=1'}],
		['https://', {url: 'https://'}],
		['feeds/local.xml', {file: 'feeds/local.xml'}],
		['ftp://example.org/feed', {file: 'ftp://example.org/feed'}],
	];
	for (const [text, source] of cases) assert.deepEqual(sourceOf(text), source, text);
});
