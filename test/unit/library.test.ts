import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {type Article} from '../../source/news/article.js';
import {compareArticles, type Library, RefError, resolveRef} from '../../source/news/library.js';
import {article as makeArticle, library as makeLibrary} from '../support/articles.js';

const article = (id: string, date: string | null = null): Article => makeArticle(id, {date, title: id, paragraphs: []});

/** The library the folder scan would give: articles in list order. */
function library(articles: Article[], skipped: Library['skipped'] = []): Library {
	return {...makeLibrary([...articles].sort(compareArticles), '/news'), skipped};
}

test('order: newest first, undated last, ties by id', () => {
	const sorted = library([article('b', '2026-01-01'), article('z'), article('a', '2026-01-01'), article('c', '2026-03-01'), article('y')]).articles;
	assert.deepEqual(sorted.map(entry => entry.id), ['c', 'a', 'b', 'y', 'z']);
});

test('order is total and consistent for any articles', () => {
	const dates = fc.option(fc.constantFrom('2026-01-01', '2025-12-31', '2026-02-05'), {nil: null});
	fc.assert(
		fc.property(fc.uniqueArray(fc.tuple(fc.string({minLength: 1, maxLength: 4}), dates), {selector: ([id]) => id}), entries => {
			const sorted = entries.map(([id, date]) => article(id, date)).sort(compareArticles);
			for (let index = 1; index < sorted.length; index++) {
				const [before, after] = [sorted[index - 1]!, sorted[index]!];
				assert.ok(compareArticles(before, after) < 0);
				if (before.date === null) assert.equal(after.date, null);
			}
		}),
	);
});

const shelf = library(
	[article('2', '2026-01-09'), article('alpha', '2026-01-08'), article('alpine', '2026-01-07'), article('beta', '2026-01-06'), article('beta-two', '2026-01-05')],
	[{file: 'empty.txt', reason: 'empty file'}, {file: 'out.txt', reason: 'a link pointing out of the folder'}],
);

const refs: Array<[string, string]> = [
	['beta', 'beta'], // an exact id beats being a prefix of beta-two
	['beta.txt', 'beta'],
	['beta-', 'beta-two'],
	['alph', 'alpha'],
	['alpi', 'alpine'],
	['2', '2'], // an exact id beats a position
	['3', 'alpine'],
	['5', 'beta-two'],
];

for (const [ref, id] of refs) {
	test(`ref "${ref}" is ${id}`, () => {
		assert.equal(resolveRef(shelf, ref).id, id);
	});
}

const failures: Array<[string, RegExp]> = [
	['al', /"al" matches 2 articles: alpha, alpine/],
	['gamma', /no article "gamma" in \/news/],
	['6', /no article "6"/],
	['0', /no article "0"/],
	['../beta', /no article/],
	['/news/beta', /no article/],
	['.', /no article/],
	['..', /no article/],
	['', /no article/],
	['empty', /empty.txt is not an article: empty file/],
	['empty.txt', /empty.txt is not an article: empty file/],
	['out', /no article "out" in \/news \(out.txt is a link pointing out of the folder\)/],
];

for (const [ref, message] of failures) {
	test(`ref "${ref}" fails: ${message.source}`, () => {
		assert.throws(() => resolveRef(shelf, ref), (error: unknown) => error instanceof RefError && message.test(error.message));
	});
}

test('a file name wins over a skipped file that has that name as its id', () => {
	const odd = library([article('x')], [{file: 'x.txt.txt', reason: 'empty file'}]);
	assert.equal(resolveRef(odd, 'x.txt').id, 'x');
	assert.throws(() => resolveRef(odd, 'x.txt.txt'), /x.txt.txt is not an article: empty file/);
});
