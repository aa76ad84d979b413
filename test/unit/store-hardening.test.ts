// Issue 7 items 3, 7, 8 and 9 at the store: nothing it reads can drive the
// terminal or pass for a time it is not; a store that cannot be read reads as
// empty and says so once; a lock that cannot be a lock, a dangling link and a
// read-only file are refused at once and left as they are; a write can be
// told not to wait for a held lock, or to say that it waits.
import assert from 'node:assert/strict';
import {chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmdirSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {test} from 'node:test';
import {jsonText} from '../../source/commands/json-shapes.js';
import {openStore, StoreError} from '../../source/store/store.js';
import {tempDir} from '../support/temp.js';

function open(dir = tempDir('broadsheet-store-')) {
	const warnings: string[] = [];
	const store = openStore({dir, onWarning: message => warnings.push(message)});
	return {store, dir, file: path.join(dir, 'config.json'), warnings};
}

function storeHolding(content: unknown) {
	const dir = tempDir('broadsheet-store-');
	writeFileSync(path.join(dir, 'config.json'), JSON.stringify(content));
	return open(dir);
}

const at = '2026-11-28T10:15:00.000Z';

test('entries whose id holds control characters are skipped on read and kept in the file', async () => {
	const hostile = ['title\u001B]0;pwned\u0007', 'clip\u001B]52;c;ZWNobyBoaQ==\u0007', 'clear\u001B[2J', 'c1\u009B2J', 'bidi\u202Eevil'];
	const {store, file} = storeHolding({reactions: Object.fromEntries([...hostile, 'plain'].map(id => [id, {reaction: 'sad', at}])), reading: Object.fromEntries(hostile.map(id => [id, {paragraph: 1, at}]))});
	assert.deepEqual(Object.keys(store.reactions()), ['plain']);
	assert.deepEqual(Object.keys(store.places()), []);
	await store.setReaction('another', 'happy');
	const kept = JSON.parse(readFileSync(file, 'utf8')) as {reactions: Record<string, unknown>};
	for (const id of hostile) assert.ok(Object.hasOwn(kept.reactions, id), JSON.stringify(id));
});

test('only ISO-8601 times of real dates count as times', () => {
	const times = {
		'2026-11-28T10:15:00.000Z': true,
		'2026-11-28T10:15:00Z': true,
		'2026-11-28T10:15:00+05:30': true,
		'2024-02-29T00:00:00.5-08:00': true,
		// Date.parse takes a parenthesised comment, and rolls impossible dates over.
		'2026-11-28T10:15:00Z (\u001B]0;pwned\u0007)': false,
		'Sat Nov 28 2026 (\u001B[2J)': false,
		'2026-02-30T00:00:00Z': false,
		'2026-11-28T24:00:00Z': false,
		'2026-11-28': false,
		'2026-11-28 10:15:00Z': false,
		'1764324900000': false,
	};
	const {store} = storeHolding({reactions: Object.fromEntries(Object.keys(times).map((time, index) => [`a${index}`, {reaction: 'sad', at: time}]))});
	const read = store.reactions();
	for (const [index, [time, valid]] of Object.entries(times).entries()) assert.equal(Object.hasOwn(read, `a${index}`), valid, time);
});

test('JSON output escapes C1, bidi controls and line separators too, and reads back the same', () => {
	const value = {id: 'a\u009B2J\u0085b\u202E\u2028c', ok: 'ünïcödé 🏮'};
	const text = jsonText(value);
	assert.doesNotMatch(text, /[\u007F-\u009F\u202A-\u202E\u2028\u2029]/);
	assert.match(text, /a\\u009b2J\\u0085b\\u202e\\u2028c/);
	assert.deepEqual(JSON.parse(text), value);
});

for (const [what, make, reason] of [
	['a folder', (file: string) => mkdirSync(file), 'it is a folder, not a file'],
	['a symbolic link loop', (file: string) => symlinkSync(path.basename(file), file), 'too many symbolic links'],
] as const) {
	test(`a config.json that is ${what} reads as empty, says why once, and cannot be written`, async () => {
		const dir = tempDir('broadsheet-store-');
		const file = path.join(dir, 'config.json');
		make(file);
		const {store, warnings} = open(dir);
		assert.deepEqual(warnings, [], 'opening alone says nothing: --react has its own error to give');
		assert.equal(store.readError, `cannot read the reactions store ${file}: ${reason}`);
		assert.deepEqual({...store.reactions()}, {});
		assert.deepEqual({...store.places()}, {});
		assert.equal(store.reactionOf('seed'), undefined);
		assert.deepEqual(warnings, [`reactions unavailable: cannot read the reactions store ${file}: ${reason}`]);
		await assert.rejects(store.setReaction('seed', 'happy'), (error: unknown) => error instanceof StoreError && error.message === `cannot write the reactions store ${file}: ${reason}`);
	});
}

test('a config.json that cannot be read for permission reads as empty and says so', {skip: process.getuid?.() === 0 ? 'root reads any file' : false}, () => {
	const {file} = storeHolding({reactions: {seed: {reaction: 'sad', at}}});
	chmodSync(file, 0o200);
	const {store, warnings} = open(path.dirname(file));
	assert.deepEqual({...store.reactions()}, {});
	assert.deepEqual(warnings, [`reactions unavailable: cannot read the reactions store ${file}: permission denied`]);
});

// Before: each of these waited out the lock's 20 s of retries. The deadline is far shorter.
const shortOfTheRetries = {timeout: 10_000};

test('a lock path that is a plain file is refused at once, saying what to remove, and left alone', shortOfTheRetries, async () => {
	const {store, file} = open();
	writeFileSync(`${file}.lock`, 'not a lock');
	const longAgo = new Date(Date.now() - 3_600_000);
	utimesSync(`${file}.lock`, longAgo, longAgo);
	await assert.rejects(store.setReaction('seed', 'happy'), (error: unknown) => error instanceof StoreError && error.message === `cannot write the reactions store ${file}: ${file}.lock is a file, not its lock folder; remove it`);
	assert.equal(readFileSync(`${file}.lock`, 'utf8'), 'not a lock');
});

test('a dangling config.json link is refused and stays a link; a link to a file is written through', async () => {
	const dir = tempDir('broadsheet-store-');
	const file = path.join(dir, 'config.json');
	symlinkSync('elsewhere/store.json', file);
	const {store} = open(dir);
	await assert.rejects(store.setReaction('seed', 'happy'), (error: unknown) => error instanceof StoreError && error.message === `cannot write the reactions store ${file}: it is a link to a file that does not exist; create that file or remove the link`);
	assert.equal(readlinkSync(file), 'elsewhere/store.json');

	mkdirSync(path.join(dir, 'elsewhere'));
	writeFileSync(path.join(dir, 'elsewhere/store.json'), '{}');
	await store.setReaction('seed', 'happy');
	assert.ok(lstatSync(file).isSymbolicLink());
	assert.equal(store.reactionOf('seed')?.reaction, 'happy');
});

test('a read-only config.json is refused, its content and mode unchanged', async () => {
	const {store, file} = storeHolding({reactions: {seed: {reaction: 'sad', at}}});
	chmodSync(file, 0o400);
	const before = readFileSync(file, 'utf8');
	for (const write of [() => store.setReaction('seed', 'happy'), () => store.setPlace('seed', 3)]) {
		await assert.rejects(write(), (error: unknown) => error instanceof StoreError && error.message === `cannot write the reactions store ${file}: it is read-only`);
	}

	assert.equal(statSync(file).mode & 0o777, 0o400);
	assert.equal(readFileSync(file, 'utf8'), before);
});

test('a write told not to wait fails at once on a held lock', shortOfTheRetries, async () => {
	const {store, file} = open();
	mkdirSync(`${file}.lock`, {recursive: true});
	await assert.rejects(store.setReaction('seed', 'happy', undefined, {wait: 'none'}), (error: unknown) => error instanceof StoreError && /another process holds its lock/.test(error.message));
	await assert.rejects(store.setPlace('seed', 1, undefined, {wait: 'none'}), StoreError);
});

test('a write that waits for a held lock says so, then goes through once it is free', async () => {
	const {store, file} = open();
	mkdirSync(path.dirname(file), {recursive: true});
	mkdirSync(`${file}.lock`);
	const heard: string[] = [];
	await store.setReaction('seed', 'happy', undefined, {
		onWait(lockPath) {
			heard.push(lockPath);
			// The other process finishes.
			rmdirSync(lockPath);
		},
	});
	assert.deepEqual(heard, [`${file}.lock`]);
	assert.equal(store.reactionOf('seed')?.reaction, 'happy');
});

test('changedAt follows the file, so the reader knows when to read it again', async () => {
	const {store} = open();
	assert.equal(store.changedAt?.(), 0);
	await store.setReaction('seed', 'happy');
	assert.ok((store.changedAt?.() ?? 0) > 0);
});
