import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import type {Article} from '../../source/news/article.js';
import {symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {compareArticles, type Library, maxArticleBytes, RefError, resolveRef, scanFolder} from '../../source/news/library.js';
import {article as makeArticle, articleFolder, library as makeLibrary} from '../support/articles.js';

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
	['a\\b', /no article/],
	['\\x2e\\x2e', /no article/],
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

// Hostile names and sizes (issue 7, items 6, 16 and 17), on a real folder.

/** Writes a file whose name is these bytes into dir. */
function writeRaw(dir: string, name: number[] | string, content: string | Uint8Array = 'Title\n'): void {
	writeFileSync(Buffer.concat([Buffer.from(dir + path.sep), typeof name === 'string' ? Buffer.from(name) : Buffer.from(name)]), content);
}

const latin1 = [...Buffer.from('latin1'), 0xE9, ...Buffer.from('.txt')];

test('scanFolder: a name that is not UTF-8 is read, its stray byte spelled \\xNN in its id, and a ref finds it', () => {
	const dir = articleFolder();
	writeRaw(dir, latin1, 'Caf\u00E9 news\n\nBody.\n');
	const scanned = scanFolder(dir);
	assert.deepEqual(scanned.skipped, []);
	assert.deepEqual(scanned.articles.map(entry => [entry.id, entry.file, entry.title]), [[String.raw`latin1\xe9`, String.raw`latin1\xe9.txt`, 'Caf\u00E9 news']]);
	for (const ref of [String.raw`latin1\xe9`, String.raw`latin1\xe9.txt`, 'latin', '1']) assert.equal(resolveRef(scanned, ref).id, String.raw`latin1\xe9`, ref);
	assert.throws(() => resolveRef(scanned, String.raw`latin1\e9`), RefError);
});

const names: Array<[name: string, bytes: number[], spelled: string]> = [
	['a lone Latin-1 byte', latin1, String.raw`latin1\xe9`],
	['a truncated UTF-8 sequence', [0x61, 0xE2, 0x82, ...Buffer.from('.txt')], String.raw`a\xe2\x82`],
	['an overlong encoding', [0xC0, 0xAF, ...Buffer.from('.txt')], String.raw`\xc0\xaf`],
	['UTF-8 beside a stray byte', [...Buffer.from('中'), 0xFF, ...Buffer.from('.txt')], String.raw`中\xff`],
	['a leading BOM is kept, then refused as invisible', [0xEF, 0xBB, 0xBF, 0x61, 0xFF, ...Buffer.from('.txt')], ''],
];

for (const [name, bytes, spelled] of names) {
	test(`scanFolder: ${name}`, () => {
		const dir = articleFolder();
		writeRaw(dir, bytes);
		const scanned = scanFolder(dir);
		if (spelled === '') {
			assert.deepEqual(scanned.skipped, [{file: String.raw`\ufeffa\xff.txt`, reason: 'its name holds control or invisible characters'}]);
		} else {
			assert.deepEqual(scanned.articles.map(entry => entry.id), [spelled]);
		}
	});
}

test('scanFolder: a name not UTF-8 that spells another file\'s name is skipped, and the other is read', () => {
	const dir = articleFolder({[String.raw`latin1\xe9.txt`]: 'Real\n'});
	writeRaw(dir, latin1, 'Impostor\n');
	const scanned = scanFolder(dir);
	assert.deepEqual(scanned.articles.map(entry => entry.title), ['Real']);
	assert.deepEqual(scanned.skipped, [{file: String.raw`latin1\xe9.txt`, reason: 'its name is not UTF-8, and spelled out it is the name of another file'}]);
});

const invisibleNames: Array<[name: string, spelled: string]> = [
	['rlm\u200F.txt', String.raw`rlm\u200f.txt`],
	['zw\u200Bsp.txt', String.raw`zw\u200bsp.txt`],
	['bom\uFEFF.txt', String.raw`bom\ufeff.txt`],
	['alm\u061C.txt', String.raw`alm\u061c.txt`],
	['ls\u2028.txt', String.raw`ls\u2028.txt`],
	['tag\u{E0041}.txt', String.raw`tag\u{e0041}.txt`],
	['soft\u00ADhyphen.txt', String.raw`soft\u00adhyphen.txt`],
	['r\u200Clm.txt', String.raw`r\u200clm.txt`],
];

for (const [name, spelled] of invisibleNames) {
	test(`scanFolder: a name holding an invisible character is skipped, spelled out: ${spelled}`, () => {
		const dir = articleFolder({[name]: 'Title\n', 'rlm.txt': 'Title\n'});
		const scanned = scanFolder(dir);
		assert.deepEqual(scanned.articles.map(entry => entry.id), ['rlm']);
		assert.deepEqual(scanned.skipped, [{file: spelled, reason: 'its name holds control or invisible characters'}]);
	});
}

test('scanFolder: names an emoji sequence or a joining script needs are read', () => {
	const dir = articleFolder({'👨\u200D👩\u200D👧.txt': 'Family\n', 'می\u200Cخواهم.txt': 'Persian\n'});
	assert.deepEqual(scanFolder(dir).skipped, []);
});

test('scanFolder: a file over maxArticleBytes is skipped unread, saying its size; named, the ref says so', () => {
	const dir = articleFolder({'small.txt': 'Small\n'});
	// Sparse: the size is there, the disk is not used.
	const big = path.join(dir, 'big.txt');
	writeFileSync(big, '');
	truncateSync(big, 70 * 1024 * 1024);
	const edge = path.join(dir, 'edge.txt');
	writeFileSync(edge, '');
	truncateSync(edge, maxArticleBytes + 1);
	const scanned = scanFolder(dir);
	assert.deepEqual(scanned.articles.map(entry => entry.id), ['small']);
	assert.deepEqual(scanned.skipped, [
		{file: 'big.txt', reason: 'it is 70 MB; articles over 64 MB are not read'},
		{file: 'edge.txt', reason: 'it is 64.1 MB; articles over 64 MB are not read'},
	]);
	assert.throws(() => resolveRef(scanned, 'big'), {message: 'big.txt is not an article: it is 70 MB; articles over 64 MB are not read'});
});

test('scanFolder: a dangling link is a broken link', () => {
	const dir = articleFolder();
	symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.txt'));
	assert.deepEqual(scanFolder(dir).skipped, [{file: 'dangling.txt', reason: 'a broken link'}]);
});

test('scanFolder: a UTF-8 name holding U+FFFD itself is read by that name, beside one that is not UTF-8', () => {
	const dir = articleFolder({'odd\uFFFD.txt': 'Odd\n', 'plain.txt': 'Plain\n'});
	writeRaw(dir, latin1, 'Latin\n');
	const scanned = scanFolder(dir);
	assert.deepEqual(scanned.skipped, []);
	assert.deepEqual(scanned.articles.map(entry => entry.id), [String.raw`latin1\xe9`, 'odd\uFFFD', 'plain']);
});
