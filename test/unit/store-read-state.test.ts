// The read state in the store (issue 9): an article is read when it has a
// place and is not marked unread. Marking unread keeps the place and flags
// it; opening (setPlace) marks it read again; an older broadsheet that knows
// no flag still reads the place.
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {readingPlaces} from '../../source/store/file.js';
import {isRead, openStore} from '../../source/store/store.js';
import {tempDir} from '../support/temp.js';

const t1 = new Date('2026-11-28T10:15:00.000Z');
const t2 = new Date('2026-11-29T08:00:30.500Z');

function open() {
	const dir = tempDir('broadsheet-store-');
	return {store: openStore({dir, onWarning() {}}), file: path.join(dir, 'config.json')};
}

const raw = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as {reading: Record<string, unknown>};

test('isRead: a place not flagged unread', () => {
	assert.equal(isRead(undefined), false);
	assert.equal(isRead({paragraph: 0, at: t1.toISOString()}), true);
	assert.equal(isRead({paragraph: 7, at: t1.toISOString(), unread: true}), false);
});

test('marking unread keeps the place and flags it; marking read clears the flag', async () => {
	const {store, file} = open();
	await store.setPlace('seed', 5, t1);
	await store.setRead('seed', false, t2);
	assert.deepEqual({...store.places()}, {seed: {paragraph: 5, at: t1.toISOString(), unread: true}});
	assert.equal(isRead(store.places()['seed']), false);
	assert.deepEqual(raw(file).reading['seed'], {paragraph: 5, at: t1.toISOString(), unread: true});
	await store.setRead('seed', true, t2);
	assert.deepEqual({...store.places()}, {seed: {paragraph: 5, at: t1.toISOString()}});
	assert.equal(isRead(store.places()['seed']), true);
});

test('marking read an article never opened stores a place at paragraph 0', async () => {
	const {store} = open();
	await store.setRead('fresh', true, t1);
	assert.deepEqual({...store.places()}, {fresh: {paragraph: 0, at: t1.toISOString()}});
});

test('marking unread an article never opened writes nothing: it is unread already', async () => {
	const {store, file} = open();
	await store.setRead('fresh', false, t1);
	assert.deepEqual({...store.places()}, {});
	assert.throws(() => readFileSync(file), /ENOENT/);
});

test('opening (setPlace) marks read again, and keeps fields a newer broadsheet wrote', async () => {
	const {store, file} = open();
	writeFileSync(file, JSON.stringify({reading: {seed: {paragraph: 2, at: t1.toISOString(), unread: true, later: 'kept'}}}));
	assert.equal(isRead(store.places()['seed']), false);
	await store.setPlace('seed', 3, t2);
	assert.deepEqual(raw(file).reading['seed'], {later: 'kept', paragraph: 3, at: t2.toISOString()});
	assert.equal(isRead(store.places()['seed']), true);
});

test('an unread flag that is not `true` is no flag; the place still reads', () => {
	const at = t1.toISOString();
	assert.deepEqual({...readingPlaces({a: {paragraph: 1, at, unread: 'yes'}, b: {paragraph: 1, at, unread: true}, c: {paragraph: 1, at, unread: false}})}, {
		a: {paragraph: 1, at},
		b: {paragraph: 1, at, unread: true},
		c: {paragraph: 1, at},
	});
});


test('a place stored with keepUnread (a page turn) keeps the unread mark; without it (an opening) clears it', async () => {
	const dir = tempDir('broadsheet-read-');
	const store = openStore({dir, onWarning() {}});
	await store.setPlace('a', 2);
	await store.setRead('a', false);
	await store.setPlace('a', 4, undefined, undefined, true);
	assert.deepEqual({...store.places()['a'], at: 'x'}, {paragraph: 4, at: 'x', unread: true});
	await store.setPlace('a', 5);
	assert.deepEqual({...store.places()['a'], at: 'x'}, {paragraph: 5, at: 'x'});
});
