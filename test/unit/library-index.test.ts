import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import {decodeIndex, encodeIndex, fileIdentity, type IndexedFile, isRacy, type LibraryIndex} from '../../source/news/library-index.js';
import {scanFolder, scanFolderInSlices} from '../../source/news/library.js';
import {parseArticle} from '../../source/news/parse.js';
import {countWords} from '../../source/news/words.js';
import {articleFolder} from '../support/articles.js';
import {tempDir} from '../support/temp.js';

const program = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version;

const seedText = readFileSync(new URL('../../articles/us-prudent-arms-taiwan.txt', import.meta.url), 'utf8');

/** A file's times set an hour back: a scan trusts an index entry only for a file not written just before it (isRacy). */
function age(dir: string, ...names: string[]): void {
	const then = new Date(Date.now() - 3_600_000);
	for (const name of names) utimesSync(path.join(dir, name), then, then);
}

function agedFolder(files: Record<string, string | Uint8Array>): string {
	const dir = articleFolder(files);
	age(dir, ...Object.keys(files));
	return dir;
}

/** The one index file the cache folder holds. */
function indexPath(cacheDir: string): string {
	const files = readdirSync(cacheDir).filter(name => /^library-[\da-f]+\.json$/.test(name));
	assert.equal(files.length, 1, `one index in ${cacheDir}: ${files.join(', ')}`);
	return path.join(cacheDir, files[0]!);
}

type Row = [string, string, unknown];

/** Rewrites the index file's entries (as JSON) with `change`, the shape kept: what the next scan shows then comes from the index. */
function editIndex(cacheDir: string, change: (rows: Row[]) => void): void {
	const file = indexPath(cacheDir);
	const value = JSON.parse(readFileSync(file, 'utf8')) as {files: Row[]};
	change(value.files);
	writeFileSync(file, JSON.stringify(value));
}

const retitle = (title: string) => (rows: Row[]) => {
	for (const row of rows) if (Array.isArray(row[2])) (row[2] as unknown[])[2] = title;
};

test('index: a warm scan takes each unchanged file from the index', () => {
	const dir = agedFolder({'a.txt': 'Alpha\n\nBody of a.\n', 'b.txt': 'Beta\n\nBody of b.\n'});
	const cacheDir = tempDir();
	assert.deepEqual(scanFolder(dir, {cacheDir}).articles.map(article => article.title), ['Alpha', 'Beta']);
	editIndex(cacheDir, retitle('From the index'));
	assert.deepEqual(scanFolder(dir, {cacheDir}).articles.map(article => article.title), ['From the index', 'From the index']);
});

test('index: the body is read when first asked for, as parse reads it, and the words come counted', () => {
	const dir = agedFolder({'seed.txt': seedText});
	const cacheDir = tempDir();
	const expected = parseArticle(seedText, 'seed.txt');
	scanFolder(dir, {cacheDir});
	const [warm] = scanFolder(dir, {cacheDir}).articles;
	assert.equal(warm!.words, countWords(expected.paragraphs));
	assert.deepEqual(warm, {...expected, words: countWords(expected.paragraphs)});
	assert.ok(warm!.paragraphs.length > 20);
	// Asked for again, the same body: read once.
	assert.equal(warm!.paragraphs, warm!.paragraphs);
});

test('index: a file rewritten is read again, whichever part of its identity changed', () => {
	const dir = agedFolder({'same-size.txt': 'Title one\n', 'resized.txt': 'Short\n', 'replaced.txt': 'Old one\n', 'touched.txt': 'Touched\n'});
	const cacheDir = tempDir();
	scanFolder(dir, {cacheDir});
	editIndex(cacheDir, retitle('stale'));
	// The same size, its times put back: the change time (and content) still differ.
	writeFileSync(path.join(dir, 'same-size.txt'), 'Title two\n');
	age(dir, 'same-size.txt');
	writeFileSync(path.join(dir, 'resized.txt'), 'Much longer title\n');
	age(dir, 'resized.txt');
	// A new file renamed over the old one: a new inode.
	writeFileSync(path.join(dir, 'new.tmp'), 'New one\n');
	renameSync(path.join(dir, 'new.tmp'), path.join(dir, 'replaced.txt'));
	age(dir, 'replaced.txt');
	// Only its modification time moved: read again, and still itself.
	const later = new Date(Date.now() - 1_800_000);
	utimesSync(path.join(dir, 'touched.txt'), later, later);
	const titles = Object.fromEntries(scanFolder(dir, {cacheDir}).articles.map(article => [article.id, article.title]));
	assert.deepEqual(titles, {'same-size': 'Title two', resized: 'Much longer title', replaced: 'New one', touched: 'Touched'});
});

test('index: a new file is read and kept, a deleted one dropped from the list and the index', () => {
	const dir = agedFolder({'a.txt': 'Alpha\n', 'b.txt': 'Beta\n'});
	const cacheDir = tempDir();
	scanFolder(dir, {cacheDir});
	rmSync(path.join(dir, 'b.txt'));
	writeFileSync(path.join(dir, 'c.txt'), 'Gamma\n');
	age(dir, 'c.txt');
	assert.deepEqual(scanFolder(dir, {cacheDir}).articles.map(article => article.id), ['a', 'c']);
	const rows = (JSON.parse(readFileSync(indexPath(cacheDir), 'utf8')) as {files: Row[]}).files;
	assert.deepEqual(rows.map(([name]) => name).sort(), ['a.txt', 'c.txt']);
});

test('index: files that are no article are remembered with their reason, and listed the same', () => {
	const dir = agedFolder({'binary.txt': new Uint8Array([0x54, 0, 0x41]), 'latin.txt': new Uint8Array([0x54, 0xE9, 0x0A]), 'blank.txt': '\n\n  \n', 'ok.txt': 'Fine\n'});
	symlinkSync('/etc/hostname', path.join(dir, 'out.txt'));
	const cacheDir = tempDir();
	const cold = scanFolder(dir, {cacheDir});
	const warm = scanFolder(dir, {cacheDir});
	assert.deepEqual(warm.skipped, cold.skipped);
	assert.deepEqual(warm.skipped.map(entry => entry.file), ['binary.txt', 'blank.txt', 'latin.txt', 'out.txt']);
	const rows = (JSON.parse(readFileSync(indexPath(cacheDir), 'utf8')) as {files: Row[]}).files;
	assert.deepEqual(Object.fromEntries(rows.filter(([, , what]) => typeof what === 'string').map(([name, , what]) => [name, what])), {
		'binary.txt': 'binary file (holds NUL bytes)',
		'blank.txt': 'empty file',
		'latin.txt': 'not valid UTF-8',
	});
});

const corruptions: Array<[name: string, text: (index: string) => string]> = [
	['torn in half', index => index.slice(0, Math.floor(index.length / 2))],
	['not JSON at all', () => 'not an index'],
	['empty', () => ''],
	['another format', index => index.replace('broadsheet library index 1', 'broadsheet library index 0')],
	['another version of broadsheet', index => index.replace(`"program":"${program}"`, '"program":"0.0.0-old"')],
	['another folder', index => index.replace(/"folder":"[^"]*"/, '"folder":"/somewhere/else"')],
	['an entry of the wrong shape', index => index.replace(/\["a\.txt","[^"]*",\[/, '["a.txt","1:2:3:4",[7,')],
	['a bad identity', index => index.replace(/\["a\.txt","[^"]*"/, '["a.txt","big"')],
];

for (const [name, corrupt] of corruptions) {
	test(`index: one ${name} is never trusted, and rebuilt`, () => {
		const dir = agedFolder({'a.txt': 'Alpha\n', 'b.txt': 'Beta\n'});
		const cacheDir = tempDir();
		scanFolder(dir, {cacheDir});
		editIndex(cacheDir, retitle('From the index'));
		const file = indexPath(cacheDir);
		writeFileSync(file, corrupt(readFileSync(file, 'utf8')));
		assert.deepEqual(scanFolder(dir, {cacheDir}).articles.map(article => article.title), ['Alpha', 'Beta']);
		assert.notEqual(decodeIndex(readFileSync(file, 'utf8'), realpathSync(dir), program), undefined);
	});
}

test('index: another folder\'s index is not this one\'s, even under its name', () => {
	const one = agedFolder({'a.txt': 'Alpha\n'});
	const other = agedFolder({'a.txt': 'Other alpha\n'});
	const cacheDir = tempDir();
	scanFolder(one, {cacheDir});
	const oneIndex = readFileSync(indexPath(cacheDir), 'utf8');
	rmSync(indexPath(cacheDir));
	scanFolder(other, {cacheDir});
	writeFileSync(indexPath(cacheDir), oneIndex);
	assert.deepEqual(scanFolder(other, {cacheDir}).articles.map(article => article.title), ['Other alpha']);
});

test('index: a cache folder that cannot be written leaves the scan unindexed, without an error', () => {
	const dir = agedFolder({'a.txt': 'Alpha\n'});
	const blocker = path.join(tempDir(), 'a-file');
	writeFileSync(blocker, 'not a folder');
	assert.deepEqual(scanFolder(dir, {cacheDir: path.join(blocker, 'broadsheet')}).articles.map(article => article.title), ['Alpha']);
	assert.equal(readFileSync(blocker, 'utf8'), 'not a folder');
});

test('index: a file written just before the scan is not kept, so a rewrite in the same clock tick is never missed', () => {
	const dir = articleFolder({'fresh.txt': 'Fresh\n', 'old.txt': 'Old\n'});
	age(dir, 'old.txt');
	const cacheDir = tempDir();
	scanFolder(dir, {cacheDir});
	const rows = (JSON.parse(readFileSync(indexPath(cacheDir), 'utf8')) as {files: Row[]}).files;
	assert.deepEqual(rows.map(([name]) => name), ['old.txt']);
});

test('index: a sliced scan keeps the same index', async () => {
	const dir = agedFolder({'a.txt': 'Alpha\n', 'b.txt': 'Beta\n', 'c.txt': 'Gamma\n'});
	const cacheDir = tempDir();
	await scanFolderInSlices(dir, () => undefined, 2, {cacheDir});
	editIndex(cacheDir, retitle('From the index'));
	assert.deepEqual((await scanFolderInSlices(dir, () => undefined, 2, {cacheDir})).articles.map(article => article.title), ['From the index', 'From the index', 'From the index']);
});

test('fileIdentity: any part that differs is another file', () => {
	const stat = {size: 10, mtimeNs: 1_000_000_000_123n, ctimeNs: 1_000_000_000_456n, ino: 42n};
	const identity = fileIdentity(stat);
	for (const changed of [{size: 11}, {mtimeNs: 1_000_000_000_124n}, {ctimeNs: 1_000_000_000_457n}, {ino: 43n}]) assert.notEqual(fileIdentity({...stat, ...changed}), identity);
	assert.equal(fileIdentity({...stat}), identity);
});

test('isRacy: a file written within a twentieth of a second of the scan is racy, one older is not', () => {
	const now = 10_000_000_000n;
	assert.equal(isRacy({size: 1, mtimeNs: now - 40_000_001n, ctimeNs: now, ino: 1n}, now), true);
	assert.equal(isRacy({size: 1, mtimeNs: now + 5n, ctimeNs: now, ino: 1n}, now), true);
	assert.equal(isRacy({size: 1, mtimeNs: now - 60_000_001n, ctimeNs: now, ino: 1n}, now), false);
});

test('isRacy: on a file system of whole seconds, two seconds', () => {
	const now = 10_500_000_000n;
	assert.equal(isRacy({size: 1, mtimeNs: 9_000_000_000n, ctimeNs: now, ino: 1n}, now), true);
	assert.equal(isRacy({size: 1, mtimeNs: 8_000_000_000n, ctimeNs: now, ino: 1n}, now), false);
});

const text = fc.string({unit: 'grapheme', maxLength: 20});
const nullable = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, {nil: null});
const head = fc.record({
	dated: fc.boolean(),
	title: text,
	label: nullable(text),
	summary: nullable(text),
	// Spread: fast-check's records have no prototype, the index's objects do.
	byline: fc.option(fc.record({authors: fc.array(text, {maxLength: 3}), source: text, dateline: nullable(text)}).map(byline => ({...byline})), {nil: null}),
	link: nullable(text),
	prompt: nullable(text),
	words: fc.nat(),
});

type HeadFields = typeof head extends fc.Arbitrary<infer T> ? T : never;
const entries = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z\d-]{1,12}$/), fc.oneof(head, text), fc.nat(), fc.bigInt({min: 0n, max: 2n ** 63n})), {selector: ([name]) => name, maxLength: 8});

function indexOf(rows: Array<[string, string | HeadFields, number, bigint]>): LibraryIndex {
	return new Map(rows.map(([id, what, size, time]): [string, IndexedFile] => {
		const identity = fileIdentity({size, mtimeNs: time, ctimeNs: time, ino: BigInt(size)});
		// Some with a place counted in pages.
		const placed = size % 2 === 0 ? {place: {paragraph: size, page: 1 + (size % 5), pages: 5 + size}} : {};
		if (typeof what === 'string') return [`${id}.txt`, {identity, skip: what, ...placed}];
		const {dated, ...fields} = what;
		return [`${id}.txt`, {identity, head: {id, file: `${id}.txt`, date: dated ? '2026-02-05' : null, dateText: dated ? '5 February 2026' : null, ...fields}, ...placed}];
	}));
}

test('decodeIndex reads back what encodeIndex wrote, and only for its folder and version', () => {
	fc.assert(fc.property(entries, rows => {
		const index = indexOf(rows);
		const encoded = encodeIndex(index, '/news', program);
		assert.deepEqual(decodeIndex(encoded, '/news', program), index);
		assert.equal(decodeIndex(encoded, '/other', program), undefined);
		assert.equal(decodeIndex(encoded, '/news', `${program}-next`), undefined);
	}));
});

test('decodeIndex trusts nothing of an index cut short or with a character changed', () => {
	fc.assert(fc.property(entries.filter(rows => rows.length > 0), fc.nat(), fc.constantFrom('"', '[', ']', '{', ',', '1', 'x', ' '), (rows, at, character) => {
		const encoded = encodeIndex(indexOf(rows), '/news', program);
		const cut = at % encoded.length;
		assert.equal(decodeIndex(encoded.slice(0, cut), '/news', program), undefined);
		const changed = encoded.slice(0, cut) + character + encoded.slice(cut + 1);
		const decoded = decodeIndex(changed, '/news', program);
		// A change may still spell a valid index (a title's letter, a digit of a size): then it reads as what it says, whole.
		if (decoded !== undefined) assert.equal(encodeIndex(decoded, '/news', program), JSON.stringify(JSON.parse(changed)));
	}));
});

/** Runs a scanning loop in another process, rewriting a file of its own before each scan so that each one writes the index. */
function writerLoop(dir: string, cacheDir: string, own: string, until: number) {
	const library = new URL('../../source/news/library.ts', import.meta.url).href;
	const script = `
		const {scanFolder} = await import(${JSON.stringify(library)});
		const {utimesSync, writeFileSync} = await import('node:fs');
		let scans = 0;
		while (Date.now() < ${until}) {
			writeFileSync(${JSON.stringify(path.join(dir, own))}, 'Title ' + scans + '\\n');
			// Aged, so that the index keeps it: each scan writes an index of its own.
			const then = new Date(Date.now() - 3_600_000 + scans);
			utimesSync(${JSON.stringify(path.join(dir, own))}, then, then);
			scanFolder(${JSON.stringify(dir)}, {cacheDir: ${JSON.stringify(cacheDir)}});
			scans++;
		}
		console.log(scans);
	`;
	const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']});
	let out = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
	return new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', code => (code === 0 ? resolve(Number(out)) : reject(new Error(`writer exited ${code}`))));
	});
}

test('index: two processes writing it at once never leave a torn index for a reader', async () => {
	const files: Record<string, string> = {};
	for (let index = 0; index < 300; index++) files[`article-${index}.txt`] = `${seedText.slice(0, 200)}\n\nArticle ${index}\n`;
	const dir = agedFolder(files);
	const cacheDir = tempDir();
	scanFolder(dir, {cacheDir});
	const file = indexPath(cacheDir);
	const until = Date.now() + 4000;
	const writers = Promise.all([writerLoop(dir, cacheDir, 'one.txt', until), writerLoop(dir, cacheDir, 'two.txt', until)]);
	let reads = 0;
	const seen = new Set<string>();
	while (Date.now() < until + 500) {
		const text = readFileSync(file, 'utf8');
		const index = decodeIndex(text, realpathSync(dir), program);
		assert.notEqual(index, undefined, `read ${reads + 1} found a torn index`);
		seen.add(text);
		reads++;
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}

	const scans = await writers;
	assert.ok(scans.every(count => count > 2), `each writer scanned: ${scans.join(', ')}`);
	assert.ok(seen.size > 1, 'the index was rewritten while it was read');
	assert.deepEqual(readdirSync(cacheDir).filter(name => name.endsWith('.tmp')), []);
});
