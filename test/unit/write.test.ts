// The folder writer, on both of its paths: a few files written in place, and
// a large feed's written by a second thread while the articles are made. On
// either, an item found again by its key keeps its file, and nothing but
// whole article files is left in the folder.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {articleName} from '../../source/feeds/article-file.js';
import {type ArticleToWrite, writeArticles} from '../../source/feeds/write.js';
import {tempDir} from '../support/temp.js';

const key = (n: number) => n.toString(16).padStart(12, '0');
const articles = (count: number, text = (n: number) => `Title ${n}\n\nBody ${n}.\n`): ArticleToWrite[] => Array.from({length: count}, (_, n) => ({key: key(n), title: `Title ${n}`, text: text(n)}));

for (const count of [3, 600]) {
	test(`${count} articles: written, found again unchanged, and a changed one rewritten under its name`, async () => {
		const dir = path.join(tempDir('broadsheet-write-'), 'news');
		assert.deepEqual(await writeArticles(dir, articles(count), count), {new: count, updated: 0, unchanged: 0});
		const names = readdirSync(dir).sort();
		assert.deepEqual(names, articles(count).map(article => `${articleName(article.title, article.key)}.txt`).sort());
		assert.equal(readFileSync(path.join(dir, `${articleName('Title 1', key(1))}.txt`), 'utf8'), 'Title 1\n\nBody 1.\n');

		// The title changed too: the file keeps the name it was first given.
		const changed = articles(count).map(article => (article.key === key(1) ? {...article, title: 'Retitled', text: 'Retitled\n\nNew body.\n'} : article));
		assert.deepEqual(await writeArticles(dir, changed, count), {new: 0, updated: 1, unchanged: count - 1});
		assert.deepEqual(readdirSync(dir).sort(), names);
		assert.equal(readFileSync(path.join(dir, `${articleName('Title 1', key(1))}.txt`), 'utf8'), 'Retitled\n\nNew body.\n');
	});
}

test('articles made as they are taken are all written, on the second thread too', async () => {
	const dir = path.join(tempDir('broadsheet-write-'), 'news');
	let made = 0;
	function* lazily() {
		for (const article of articles(700)) {
			made++;
			yield article;
		}
	}

	assert.deepEqual(await writeArticles(dir, lazily(), 700), {new: 700, updated: 0, unchanged: 0});
	assert.equal(made, 700);
	assert.equal(readdirSync(dir).length, 700);
});

test('a file the second thread cannot write fails the import with the system\'s reason', async () => {
	const dir = path.join(tempDir('broadsheet-write-'), 'news');
	await writeArticles(dir, articles(1), 1);
	// A folder where the 550th article's temporary file would go.
	const blocked = articles(600);
	writeFileSync(path.join(dir, `.${articleName('Title 549', key(549))}.txt.${process.pid}.tmp`), 'in the way');
	await assert.rejects(writeArticles(dir, blocked, 600), /EEXIST/);
});
