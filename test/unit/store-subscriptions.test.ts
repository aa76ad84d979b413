import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {openStore} from '../../source/store/store.js';
import {tempDir} from '../support/temp.js';

const added = '2026-12-01T10:00:00.000Z';
const url = 'https://example.org/feed.xml';

function open() {
	const dir = tempDir('broadsheet-feeds-');
	return {store: openStore({dir, onWarning() {}}), file: path.join(dir, 'config.json')};
}

test('a subscription is kept beside the reactions, changed from what the file holds, and removed', async () => {
	const {store, file} = open();
	await store.setReaction('a', 'sad');
	await store.setSubscription(url, current => current ?? {added, title: 'Example'});
	assert.deepEqual({...store.subscriptions()}, {[url]: {added, title: 'Example'}});
	await store.setSubscription(url, current => current && {...current, etag: '"v2"', last: {at: added, new: 3, updated: 0, unchanged: 1, skipped: 2}});
	assert.equal(store.subscriptions()[url]?.etag, '"v2"');
	assert.deepEqual(store.subscriptions()[url]?.last, {at: added, new: 3, updated: 0, unchanged: 1, skipped: 2});
	const raw = JSON.parse(readFileSync(file, 'utf8')) as {reactions: unknown; feeds: Record<string, unknown>};
	assert.deepEqual(Object.keys(raw.feeds), [url]);
	assert.equal(store.reactionOf('a')?.reaction, 'sad');
	await store.setSubscription(url, () => undefined);
	assert.deepEqual({...store.subscriptions()}, {});
	assert.equal(store.reactionOf('a')?.reaction, 'sad');
});

test('entries this version cannot use are skipped on read, and a newer version\'s fields are kept on write', async () => {
	const {store, file} = open();
	writeFileSync(file, JSON.stringify({feeds: {
		[url]: {added, title: 'Kept', future: {x: 1}},
		'https://bad.example/no-added': {title: 'x'},
		'https://bad.example/bad-count': {added, last: {at: added, new: -1, updated: 0, unchanged: 0, skipped: 0}},
		'https://bad.example/\u001B[31m': {added},
	}}));
	assert.deepEqual(Object.keys(store.subscriptions()), [url]);
	await store.setSubscription(url, current => current && {...current, title: 'Renamed'});
	const raw = JSON.parse(readFileSync(file, 'utf8')) as {feeds: Record<string, Record<string, unknown>>};
	assert.deepEqual(raw.feeds[url], {added, title: 'Renamed', future: {x: 1}});
	assert.equal(Object.keys(raw.feeds).length, 4);
});

test('a field the change leaves out is gone from the file, not brought back from the old entry', async () => {
	const {store} = open();
	await store.setSubscription(url, () => ({added, dir: '/old/folder', etag: '"1"'}));
	await store.setSubscription(url, current => {
		const next = {...current!};
		delete next.dir;
		return next;
	});
	assert.deepEqual({...store.subscriptions()[url]}, {added, etag: '"1"'});
});

test('a change that finds no entry it can read removes nothing: an entry this version cannot use stays', async () => {
	const {store, file} = open();
	writeFileSync(file, JSON.stringify({feeds: {[url]: {title: 'No added time, so unreadable here'}}}));
	await store.setSubscription(url, current => current && {...current, title: 'changed'});
	const raw = JSON.parse(readFileSync(file, 'utf8')) as {feeds: Record<string, unknown>};
	assert.deepEqual(raw.feeds[url], {title: 'No added time, so unreadable here'});
});
