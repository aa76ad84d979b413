import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {type ReactionId, reactionIds} from '../../source/news/catalogue.js';
import {asidePath} from '../../source/store/file.js';
import {openStore, type ReactionStore, StoreError} from '../../source/store/store.js';
import {tempDir} from '../support/temp.js';

const ignore = () => undefined;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('fixtures/set-reaction.ts', import.meta.url));

const t1 = new Date('2026-11-28T10:15:00.000Z');
const t2 = new Date('2026-11-29T08:00:30.500Z');

const storeDir = () => tempDir('broadsheet-store-');

type Opened = {store: ReactionStore; dir: string; file: string; warnings: string[]};

function open(dir = storeDir()): Opened {
	const warnings: string[] = [];
	const store = openStore({dir, onWarning: message => warnings.push(message)});
	return {store, dir, file: path.join(dir, 'config.json'), warnings};
}

function rawStore(file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

test('a reaction is set, replaced and cleared', async () => {
	const {store, file} = open();
	assert.equal(store.path, file);
	assert.deepEqual({...store.reactions()}, {});

	await store.setReaction('seed', 'worried', t1);
	assert.deepEqual(store.reactionOf('seed'), {reaction: 'worried', at: '2026-11-28T10:15:00.000Z'});
	assert.deepEqual(rawStore(file), {reactions: {seed: {reaction: 'worried', at: '2026-11-28T10:15:00.000Z'}}});

	await store.setReaction('seed', 'hopeful', t2);
	assert.deepEqual({...store.reactions()}, {seed: {reaction: 'hopeful', at: '2026-11-29T08:00:30.500Z'}});

	await store.setReaction('seed', null);
	assert.equal(store.reactionOf('seed'), undefined);
	assert.deepEqual(rawStore(file), {reactions: {}});
	assert.equal(existsSync(`${file}.lock`), false, 'the lock is released');
});

test('every reaction id can be stored and read back', async () => {
	const {store} = open();
	for (const [index, reaction] of reactionIds.entries()) {
		await store.setReaction(`article-${index}`, reaction, t1);
	}

	assert.deepEqual(
		Object.entries(store.reactions()).map(([id, {reaction}]) => [id, reaction]),
		reactionIds.map((reaction, index) => [`article-${index}`, reaction]),
	);
});

test('clearing a reaction that is not there writes nothing', async () => {
	const {store, file} = open();
	await store.setReaction('never-picked', null);
	assert.equal(existsSync(file), false);
});

test('a pick for one article leaves the others alone', async () => {
	const {store} = open();
	await store.setReaction('a', 'sad', t1);
	await store.setReaction('b', 'angry', t2);
	await store.setReaction('a', null);
	assert.deepEqual({...store.reactions()}, {b: {reaction: 'angry', at: t2.toISOString()}});
});

test('article ids stay flat keys, whatever characters they hold', async () => {
	const ids = ['a.b', 'a.b.c', '.hidden', 'trailing.', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '__internal__', '__internal__.migrations', '名前.記事', 'with space', 'a[0]', 'a\\.b'];
	const {store, file} = open();
	for (const id of ids) {
		await store.setReaction(id, 'surprised', t1);
	}

	const raw = rawStore(file);
	assert.deepEqual(Object.keys(raw), ['reactions']);
	assert.deepEqual(Object.keys(raw.reactions as object).sort(), [...ids].sort());
	assert.deepEqual(Object.keys(store.reactions()).sort(), [...ids].sort());
	for (const id of ids) {
		assert.deepEqual(store.reactionOf(id), {reaction: 'surprised', at: t1.toISOString()}, id);
	}

	assert.equal(store.reactionOf('valueOf'), undefined, 'a prototype name that was never set is no entry');
});

test('the store file is private to its user (mode 0600)', async () => {
	for (const existingMode of [undefined, 0o644, 0o666]) {
		const dir = storeDir();
		const file = path.join(dir, 'config.json');
		if (existingMode !== undefined) {
			writeFileSync(file, '{}');
			chmodSync(file, existingMode);
		}

		const {store} = open(dir);
		await store.setReaction('seed', 'happy', t1);
		assert.equal(statSync(file).mode & 0o777, 0o600, `existing mode ${existingMode?.toString(8)}`);
		await store.setPlace('seed', 1, t1);
		assert.equal(statSync(file).mode & 0o777, 0o600, `existing mode ${existingMode?.toString(8)}, second write`);
	}
});

test('keys other than reactions and reading stay as they were', async () => {
	const dir = storeDir();
	const file = path.join(dir, 'config.json');
	const others = {theme: 'dark', 'nested.key': {'a.b': [1, 2, {c: null}]}, __internal__: {migrations: {version: '1.0.0'}}, count: 3};
	writeFileSync(file, JSON.stringify({...others, reactions: {old: {reaction: 'sad', at: t1.toISOString()}}}));

	const {store} = open(dir);
	await store.setReaction('new', 'happy', t2);
	await store.setPlace('new', 4, t2);
	assert.deepEqual(rawStore(file), {
		...others,
		reactions: {old: {reaction: 'sad', at: t1.toISOString()}, new: {reaction: 'happy', at: t2.toISOString()}},
		reading: {new: {paragraph: 4, at: t2.toISOString()}},
	});
});

test('a reading place is set, read and replaced', async () => {
	const {store, file} = open();
	assert.deepEqual({...store.places()}, {});
	await store.setPlace('seed', 0, t1);
	await store.setPlace('other.article', 12, t1);
	await store.setPlace('seed', 3, t2);
	assert.deepEqual({...store.places()}, {
		seed: {paragraph: 3, at: t2.toISOString()},
		'other.article': {paragraph: 12, at: t1.toISOString()},
	});
	assert.deepEqual(Object.keys(rawStore(file).reading as object), ['seed', 'other.article']);
	assert.deepEqual({...store.reactions()}, {}, 'a place is not a reaction');
});

test('a paragraph that is not a whole number from 0 is refused before anything is written', async () => {
	const {store, file} = open();
	for (const paragraph of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
		await assert.rejects(store.setPlace('seed', paragraph), RangeError, String(paragraph));
	}

	await assert.rejects(store.setReaction('seed', 'ecstatic' as ReactionId), RangeError);
	assert.equal(existsSync(file), false);
});

test('entries this version does not understand are skipped on read and kept on write', async () => {
	const dir = storeDir();
	const file = path.join(dir, 'config.json');
	const good = {reaction: 'worried', at: t1.toISOString()};
	const strangeReactions = {
		unknownId: {reaction: 'ecstatic', at: t1.toISOString()},
		bareString: 'worried',
		noTime: {reaction: 'sad'},
		badTime: {reaction: 'sad', at: 'yesterday'},
		timeNotString: {reaction: 'sad', at: 5},
		anArray: ['worried', t1.toISOString()],
		nothing: null,
	};
	const strangePlaces = {
		negative: {paragraph: -2, at: t1.toISOString()},
		fraction: {paragraph: 1.5, at: t1.toISOString()},
		asText: {paragraph: '3', at: t1.toISOString()},
		noTime: {paragraph: 3},
	};
	writeFileSync(file, JSON.stringify({reactions: {good, ...strangeReactions}, reading: strangePlaces}));

	const {store} = open(dir);
	assert.deepEqual({...store.reactions()}, {good});
	assert.deepEqual({...store.places()}, {});

	await store.setReaction('another', 'happy', t2);
	await store.setPlace('another', 2, t2);
	const raw = rawStore(file);
	assert.deepEqual(raw.reactions, {good, ...strangeReactions, another: {reaction: 'happy', at: t2.toISOString()}});
	assert.deepEqual(raw.reading, {...strangePlaces, another: {paragraph: 2, at: t2.toISOString()}});

	await store.setReaction('unknownId', 'sad', t2);
	await store.setReaction('noTime', null);
	const untouched = Object.fromEntries(Object.entries(strangeReactions).filter(([id]) => id !== 'unknownId' && id !== 'noTime'));
	assert.deepEqual(rawStore(file).reactions, {good, ...untouched, another: {reaction: 'happy', at: t2.toISOString()}, unknownId: {reaction: 'sad', at: t2.toISOString()}});
});

test('a reactions or reading section that is not an object reads as empty and is not overwritten', async () => {
	for (const [section, value] of [['reactions', [1, 2]], ['reactions', 'worried'], ['reading', 7]] as const) {
		const dir = storeDir();
		const file = path.join(dir, 'config.json');
		const bytes = JSON.stringify({[section]: value});
		writeFileSync(file, bytes);
		const {store} = open(dir);
		assert.deepEqual({...store.reactions()}, {});
		assert.deepEqual({...store.places()}, {});
		const write = section === 'reactions' ? store.setReaction('a', 'happy') : store.setPlace('a', 1);
		await assert.rejects(write, (error: unknown) => {
			assert.ok(error instanceof StoreError);
			assert.equal(error.message, `cannot write the reactions store ${file}: its "${section}" is not an object`);
			return true;
		});
		assert.equal(readFileSync(file, 'utf8'), bytes);
	}
});

const asideName = /^config\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(-\d+)?$/;

function asideFiles(dir: string): string[] {
	return readdirSync(dir).filter(name => name.startsWith('config.json.corrupt-'));
}

for (const [name, bytes, problem] of [
	['cut-off JSON', '{"reactions": {"a": {"reaction": "sad"', 'was not valid JSON'],
	['an empty file', '', 'was not valid JSON'],
	['bytes that are not UTF-8', Buffer.from([0x00, 0xFF, 0xFE, 0x7B, 0x0A]), 'was not valid JSON'],
	['an array', '[]', 'was not a JSON object'],
	['a number', '3', 'was not a JSON object'],
	['null', 'null', 'was not a JSON object'],
	['a string', '"reactions"', 'was not a JSON object'],
] as const) {
	test(`a store holding ${name} is set aside intact, with a warning, and a fresh one works`, async () => {
		const dir = storeDir();
		const file = path.join(dir, 'config.json');
		writeFileSync(file, bytes);

		const {store, warnings} = open(dir);
		const [aside, ...more] = asideFiles(dir);
		assert.ok(aside !== undefined && more.length === 0, `one file set aside: ${readdirSync(dir).join(', ')}`);
		assert.match(aside, asideName);
		assert.deepEqual(readFileSync(path.join(dir, aside)), Buffer.from(bytes));
		assert.deepEqual(warnings, [`the reactions store ${problem}; kept it as ${path.join(dir, aside)} and started a fresh one`]);

		assert.deepEqual({...store.reactions()}, {});
		await store.setReaction('seed', 'indifferent', t1);
		assert.deepEqual(rawStore(file), {reactions: {seed: {reaction: 'indifferent', at: t1.toISOString()}}});
		open(dir);
		assert.equal(warnings.length, 1, 'a fresh store gives no further warning');
		assert.deepEqual(readFileSync(path.join(dir, aside)), Buffer.from(bytes), 'the set-aside file is never touched again');
	});
}

test('a store that turns corrupt while open is set aside by the next pick', async () => {
	const {store, dir, file, warnings} = open();
	await store.setReaction('before', 'happy', t1);
	writeFileSync(file, '{oops');

	await store.setReaction('after', 'sad', t2);
	assert.deepEqual(rawStore(file), {reactions: {after: {reaction: 'sad', at: t2.toISOString()}}});
	const [aside] = asideFiles(dir);
	assert.ok(aside);
	assert.equal(readFileSync(path.join(dir, aside), 'utf8'), '{oops');
	assert.equal(warnings.length, 1);
	assert.ok(warnings[0]!.includes(path.join(dir, aside)));
});

test('a store that turns corrupt before the first pick is set aside by that pick', async () => {
	const {store, dir, file, warnings} = open();
	writeFileSync(file, '[1]');
	await store.setPlace('seed', 2, t1);
	assert.deepEqual(rawStore(file), {reading: {seed: {paragraph: 2, at: t1.toISOString()}}});
	assert.equal(asideFiles(dir).length, 1);
	assert.equal(warnings.length, 1);
});

test('a store set aside twice keeps both files', async () => {
	const dir = storeDir();
	const file = path.join(dir, 'config.json');
	const warnings: string[] = [];
	for (const bytes of ['{first', '{second']) {
		writeFileSync(file, bytes);
		openStore({dir, onWarning: message => warnings.push(message)});
	}

	assert.deepEqual(asideFiles(dir).map(name => readFileSync(path.join(dir, name), 'utf8')).sort(), ['{first', '{second']);
	assert.equal(warnings.length, 2);
});

test('the name a corrupt store is set aside under never repeats an existing file', () => {
	const configPath = '/x/config.json';
	const base = '/x/config.json.corrupt-2026-11-28T10-15-00-000Z';
	for (const [taken, expected] of [
		[[], base],
		[[base], `${base}-1`],
		[[base, `${base}-1`], `${base}-2`],
		[[`${base}-1`], base],
	] as const) {
		const existing = new Set<string>(taken);
		assert.equal(asidePath(configPath, t1, file => existing.has(file)), expected, taken.join(' '));
	}
});

test('a lock left behind by a crashed process is taken over once stale', async () => {
	for (const corrupt of [false, true]) {
		const dir = storeDir();
		const file = path.join(dir, 'config.json');
		if (corrupt) {
			writeFileSync(file, '{');
		}

		mkdirSync(`${file}.lock`);
		const longAgo = new Date(Date.now() - 60_000);
		utimesSync(`${file}.lock`, longAgo, longAgo);
		const {store, warnings} = open(dir);
		assert.equal(warnings.length, corrupt ? 1 : 0);
		await store.setReaction('seed', 'happy', t1);
		assert.equal(store.reactionOf('seed')?.reaction, 'happy');
		assert.equal(existsSync(`${file}.lock`), false);
	}
});

test('without a folder the store lives where conf puts it for broadsheet, without -nodejs', async t => {
	const configHome = storeDir();
	const saved = process.env.XDG_CONFIG_HOME;
	process.env.XDG_CONFIG_HOME = configHome;
	t.after(() => {
		if (saved === undefined) {
			delete process.env.XDG_CONFIG_HOME;
		} else {
			process.env.XDG_CONFIG_HOME = saved;
		}
	});
	const expected = path.join(configHome, 'broadsheet', 'config.json');
	for (const options of [undefined, {}, {dir: ''}]) {
		assert.equal(openStore({...options, onWarning: ignore}).path, expected, JSON.stringify(options));
	}

	await openStore({onWarning: ignore}).setReaction('seed', 'sad', t1);
	assert.deepEqual(rawStore(expected), {reactions: {seed: {reaction: 'sad', at: t1.toISOString()}}});
});

test('a relative folder is taken from the working directory', () => {
	assert.equal(openStore({dir: path.join('no', 'such', 'folder'), onWarning: ignore}).path, path.resolve('no', 'such', 'folder', 'config.json'));
});

test('opening a store whose folder does not exist reads as empty and creates nothing', () => {
	const dir = path.join(storeDir(), 'not', 'yet');
	const {store, warnings} = open(dir);
	assert.deepEqual({...store.reactions()}, {});
	assert.deepEqual({...store.places()}, {});
	assert.equal(store.reactionOf('seed'), undefined);
	assert.equal(existsSync(path.dirname(dir)), false);
	assert.deepEqual(warnings, []);
});

test('the first pick creates the folder', async () => {
	const dir = path.join(storeDir(), 'not', 'yet');
	const {store} = open(dir);
	await store.setReaction('seed', 'happy', t1);
	assert.equal(store.reactionOf('seed')?.reaction, 'happy');
});

test('a store below a regular file can be read as empty, and writing to it fails with one clear line', async () => {
	const root = storeDir();
	const blocker = path.join(root, 'a-file');
	writeFileSync(blocker, 'not a folder');
	for (const dir of [path.join(blocker, 'broadsheet'), path.join(blocker, 'deeper', 'broadsheet'), blocker]) {
		const {store, file} = open(dir);
		assert.deepEqual({...store.reactions()}, {});
		for (const write of [() => store.setReaction('seed', 'happy'), () => store.setPlace('seed', 1)]) {
			await assert.rejects(write(), (error: unknown) => {
				assert.ok(error instanceof StoreError, String(error));
				assert.equal(error.message, `cannot write the reactions store ${file}: ${blocker} is not a folder`);
				return true;
			});
		}
	}

	assert.equal(readFileSync(blocker, 'utf8'), 'not a folder');
});

test('any run of picks and clears leaves the store holding the last pick per article', async () => {
	const ids = ['a', 'a.b', '__proto__', 'constructor', 'b'];
	const operation = fc.record({
		id: fc.constantFrom(...ids),
		reaction: fc.option(fc.constantFrom(...reactionIds), {nil: null}),
		time: fc.integer({min: 0, max: 4_000_000_000_000}),
	});
	await fc.assert(fc.asyncProperty(fc.array(operation, {maxLength: 8}), async operations => {
		const dir = storeDir();
		try {
			const store = openStore({dir, onWarning: ignore});
			const model = new Map<string, {reaction: ReactionId; at: string}>();
			for (const {id, reaction, time} of operations) {
				const at = new Date(time);
				await store.setReaction(id, reaction, at);
				if (reaction === null) {
					model.delete(id);
				} else {
					model.set(id, {reaction, at: at.toISOString()});
				}
			}

			const stored = store.reactions();
			assert.deepEqual(new Map(Object.entries(stored)), model);
			const reopened = openStore({dir, onWarning: ignore}).reactions();
			assert.deepEqual(new Map(Object.entries(reopened)), model);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	}), {numRuns: 40});
});

type Child = {index: number; ready: Promise<void>; go: () => void; exit: Promise<{code: number | null; stderr: string}>};

function startChild(dir: string, index: number): Child {
	const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir, `article.${index}`, reactionIds[index % reactionIds.length]!, String(index)], {
		cwd: projectRoot,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => {
		stderr += chunk;
	});
	const exit = new Promise<{code: number | null; stderr: string}>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', code => {
			resolve({code, stderr});
		});
	});
	const ready = new Promise<void>((resolve, reject) => {
		child.stdout.setEncoding('utf8');
		child.stdout.once('data', () => {
			resolve();
		});
		void exit.then(({code}) => {
			reject(new Error(`process ${index} exited (${code}) before it was ready: ${stderr}`));
		});
	});
	return {index, ready, go: () => child.stdin.end('go\n'), exit};
}

test('24 processes picking at the same moment lose no pick', {timeout: 180_000}, async t => {
	const dir = storeDir();
	const file = path.join(dir, 'config.json');
	writeFileSync(file, JSON.stringify({theme: 'dark', reactions: {earlier: {reaction: 'sad', at: t1.toISOString()}}}));
	const count = 24;
	const started = performance.now();
	const children = Array.from({length: count}, (_, index) => startChild(dir, index));
	await Promise.all(children.map(async ({ready}) => ready));
	const released = performance.now();
	for (const {go} of children) {
		go();
	}

	const results = await Promise.all(children.map(async ({index, exit}) => ({index, ...await exit})));
	const finished = performance.now();
	t.diagnostic(`${count} processes: ${Math.round(released - started)} ms to start and warm up, ${Math.round(finished - released)} ms from release to the last exit`);

	for (const {index, code, stderr} of results) {
		assert.equal(code, 0, `process ${index}: ${stderr}`);
	}

	const raw = rawStore(file);
	assert.equal(raw.theme, 'dark');
	const expectedReactions = Object.fromEntries(Array.from({length: count}, (_, index) => [`article.${index}`, reactionIds[index % reactionIds.length]]));
	assert.deepEqual(
		Object.fromEntries(Object.entries(openStore({dir, onWarning: ignore}).reactions()).map(([id, {reaction}]) => [id, reaction])),
		{earlier: 'sad', ...expectedReactions},
	);
	assert.deepEqual(
		Object.fromEntries(Object.entries(openStore({dir, onWarning: ignore}).places()).map(([id, {paragraph}]) => [id, paragraph])),
		Object.fromEntries(Array.from({length: count}, (_, index) => [`article.${index}`, index])),
	);
	assert.equal(existsSync(`${file}.lock`), false, 'every lock was released');
});
