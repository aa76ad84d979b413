// The folder writer, for a few articles and for many: an item found again by
// its key keeps its file, and nothing but whole article files is left in the
// folder.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {articleName, itemKey} from '../../source/feeds/article-file.js';
import type {Feed, FeedItem} from '../../source/feeds/feed.js';
import {prepareFeed} from '../../source/feeds/prepare.js';
import {writeArticles} from '../../source/feeds/write.js';
import {parseArticle} from '../../source/news/parse.js';
import {tempDir} from '../support/temp.js';

const item = (n: number, title = `Title ${n}`, body = `Body ${n}.`): FeedItem => ({guid: `g${n}`, title, authors: [], categories: [], content: {type: 'html', value: `<p>${body}</p>`}});
const feedOf = (items: FeedItem[]): Feed => ({format: 'rss', title: 'Writer Test', items});

async function write(dir: string, feed: Feed) {
	return writeArticles(dir, feed, prepareFeed(feed).planned, 'fallback');
}

const fileOf = (dir: string, feed: Feed, n: number) => path.join(dir, `${articleName(`Title ${n}`, itemKey(feed, item(n)))}.txt`);

for (const count of [3, 600]) {
	test(`${count} articles: written, found again unchanged, and a changed one rewritten under its name`, async () => {
		const dir = path.join(tempDir('broadsheet-write-'), 'news');
		const feed = feedOf(Array.from({length: count}, (_, n) => item(n)));
		assert.deepEqual(await write(dir, feed), {new: count, updated: 0, unchanged: 0});
		const names = readdirSync(dir).sort();
		assert.equal(names.length, count);
		for (const n of [0, 1, count - 1]) {
			const article = parseArticle(readFileSync(fileOf(dir, feed, n), 'utf8'), 'x.txt');
			assert.equal(article.title, `Title ${n}`);
			assert.deepEqual(article.paragraphs, [`Body ${n}.`]);
		}

		// The title changed too: the file keeps the name it was first given.
		const changed = feedOf(feed.items.map((each, n) => (n === 1 ? item(1, 'Retitled', 'New body.') : each)));
		assert.deepEqual(await write(dir, changed), {new: 0, updated: 1, unchanged: count - 1});
		assert.deepEqual(readdirSync(dir).sort(), names);
		assert.equal(parseArticle(readFileSync(fileOf(dir, feed, 1), 'utf8'), 'x.txt').title, 'Retitled');
	});
}

test('a file that cannot be written fails the import with the system\'s reason', async () => {
	const dir = path.join(tempDir('broadsheet-write-'), 'news');
	const feed = feedOf(Array.from({length: 600}, (_, n) => item(n)));
	await write(dir, feedOf([item(0)]));
	// Where the last article's temporary file would go, something is in the way.
	writeFileSync(path.join(path.dirname(fileOf(dir, feed, 599)), `.${path.basename(fileOf(dir, feed, 599))}.${process.pid}.tmp`), 'in the way');
	await assert.rejects(write(dir, feed), /EEXIST/);
	// The files written before it are whole, and no temporary file is left.
	assert.deepEqual(readdirSync(dir).filter(name => !name.endsWith('.txt')), []);
	for (const name of readdirSync(dir)) assert.match(readFileSync(path.join(dir, name), 'utf8'), /^Title \d+\n\nBy /);
});
