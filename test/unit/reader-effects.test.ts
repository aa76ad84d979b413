// The effects the reader's steps return, run against a store in memory: a
// pick comes back as `saved` or `unsaved` with the reason, a place that
// fails as `placeFailed`, and the session keeps the write queue's promises
// (one write at a time, in order; this session's places first; reactions
// read back after a pick).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {reactions} from '../../source/news/catalogue.js';
import {runEffect} from '../../source/ui/reader/effects.js';
import {closeSession, openSession} from '../../source/ui/reader/session.js';
import type {Effect} from '../../source/ui/reader/state.js';
import {start, step} from '../../source/ui/reader/step.js';
import {screenSize, stepContext} from '../../source/ui/view/size.js';
import {article, library} from '../support/articles.js';
import {memoryStore} from '../support/memory-store.js';

const short = article('short', {title: 'A short one'});

function reader(store = memoryStore()) {
	const session = openSession(store);
	const quits: number[] = [];
	const deps = {session, quit: () => quits.push(1), suspend() {}};
	const context = stepContext(library([short]).articles, reactions, screenSize(80, 24, 80), session);
	return {store, session, deps, context, quits};
}

test('a pick returns a saveReaction effect; run, it is written and comes back as saved', async () => {
	const {store, session, deps, context} = reader();
	const picker = step(start(context, 'short').state, {type: 'command', command: 'react'}, context).state;
	const picked = step(picker, {type: 'command', command: {choose: 4}}, context);
	assert.deepEqual(picked.effects, [{type: 'saveReaction', id: 'short', reaction: 'worried'}]);
	const outcome = await runEffect(picked.effects[0]!, deps);
	assert.deepEqual(outcome, {type: 'saved'});
	assert.equal(store.reactionOf('short')?.reaction, 'worried');
	assert.equal(session.snapshot().reactions.short?.reaction, 'worried', 'read back after the pick');
	const done = step(picked.state, outcome!, context).state;
	assert.deepEqual(done.message, {text: 'Saved: 😟 Worried', error: false});
	assert.equal(done.mode, 'article');
});

test('a store that cannot be written answers unsaved with its reason, and the picker says it', async () => {
	const {deps, context} = reader(memoryStore({failWith: new Error('cannot write the reactions store /x: disk full\n    at somewhere')}));
	const picker = step(start(context, 'short').state, {type: 'command', command: 'react'}, context).state;
	const picked = step(picker, {type: 'command', command: 'pick'}, context);
	const outcome = await runEffect(picked.effects[0]!, deps);
	assert.deepEqual(outcome, {type: 'unsaved', reason: 'cannot write the reactions store /x: disk full'});
	const after = step(picked.state, outcome!, context).state;
	assert.deepEqual({mode: after.mode, message: after.message}, {mode: 'picker', message: {text: 'Not saved: cannot write the reactions store /x: disk full', error: true}});
});

test('a place is kept at once and written; one that fails comes back as placeFailed', async () => {
	const {store, session, deps} = reader();
	const running = runEffect({type: 'savePlace', id: 'short', paragraph: 3}, deps);
	assert.equal(session.placeOf('short'), 3, 'kept before the write settles');
	assert.equal(await running, undefined);
	assert.equal(store.places().short?.paragraph, 3);

	const failing = reader(memoryStore({failWith: new Error('read-only file system')}));
	assert.deepEqual(await runEffect({type: 'savePlace', id: 'short', paragraph: 2}, failing.deps), {type: 'placeFailed', reason: 'read-only file system'});
	assert.equal(failing.session.placeOf('short'), 2, 'the session still goes on from where the reader is');
});

test('quit ends the reader and reports nothing', async () => {
	const {deps, quits} = reader();
	assert.equal(await runEffect({type: 'quit'}, deps), undefined);
	assert.deepEqual(quits, [1]);
});

test('writes go one at a time, in the order asked, whatever each takes', async () => {
	// The first write is the slowest: without the queue the last to finish would be the first asked.
	const store = memoryStore({delays: [30, 10, 0, 0]});
	const {deps} = reader(store);
	const effects: Effect[] = [
		{type: 'savePlace', id: 'short', paragraph: 1},
		{type: 'saveReaction', id: 'short', reaction: 'happy'},
		{type: 'savePlace', id: 'short', paragraph: 2},
		{type: 'saveReaction', id: 'short', reaction: null},
	];
	await Promise.all(effects.map(async effect => runEffect(effect, deps)));
	assert.deepEqual(store.written, ['place short 1', 'reaction short happy', 'place short 2', 'reaction short none']);
	assert.equal(store.mostAtOnce, 1);
	assert.equal(store.places().short?.paragraph, 2);
	assert.equal(store.reactionOf('short'), undefined);
});

test("this session's places win over the file's, and only a first opening changes the snapshot", async () => {
	const store = memoryStore({places: {short: 5}});
	const {session, deps} = reader(store);
	let changes = 0;
	session.subscribe(() => changes++);
	assert.equal(session.placeOf('short'), 5);
	const first = session.snapshot();
	await runEffect({type: 'savePlace', id: 'short', paragraph: 8}, deps);
	assert.equal(session.placeOf('short'), 8);
	assert.equal(changes, 0, 'already opened: nothing drawn changes');
	assert.equal(session.snapshot(), first);
	await runEffect({type: 'savePlace', id: 'other', paragraph: 0}, deps);
	assert.equal(changes, 1, 'a first opening clears the unread mark');
	assert.equal(session.snapshot().places.other?.paragraph, 0);
});

test('after a pick the reactions are read again, picks of other processes included', async () => {
	const store = memoryStore({reactions: {short: 'sad'}});
	const {session, deps} = reader(store);
	// Another broadsheet writes behind this one's back.
	await store.setReaction('elsewhere', 'angry');
	assert.equal(session.snapshot().reactions.elsewhere, undefined, 'read once, at the start');
	await runEffect({type: 'saveReaction', id: 'short', reaction: 'hopeful'}, deps);
	assert.deepEqual(Object.fromEntries(Object.entries(session.snapshot().reactions).map(([id, entry]) => [id, entry.reaction])), {short: 'hopeful', elsewhere: 'angry'});
	assert.equal(session.reactionOf('short'), 'hopeful', 'the picker opens on it next time');
});

test('a store that cannot be read starts empty and says why', () => {
	const session = openSession(memoryStore({failReads: new Error('cannot read the reactions store /x: permission denied')}));
	assert.deepEqual(session.snapshot(), {reactions: {}, places: {}});
	assert.equal(session.readError, 'cannot read the reactions store /x: permission denied');
});

// A store whose lock another process holds: every write fails at once, as
// the real store's does when it is asked not to wait; `free()` lets them through.
function lockedStore({busy = true} = {}) {
	const inner = memoryStore();
	let locked = true;
	const tries: string[] = [];
	const waits: Array<string | undefined> = [];
	const guard = async (what: string, wait: string | undefined, write: () => Promise<void>) => {
		tries.push(what);
		waits.push(wait);
		if (locked) throw Object.assign(new Error(busy ? 'cannot write the reactions store /x: another process holds its lock' : 'cannot write the reactions store /x: no space left on device'), {busy});
		return write();
	};

	const store: typeof inner = {
		...inner,
		get written() {
			return inner.written;
		},
		async setReaction(id, reaction, now, lock) {
			return guard(`reaction ${id} ${reaction ?? 'none'}`, lock?.wait, async () => inner.setReaction(id, reaction, now));
		},
		async setPlace(id, paragraph, now, lock) {
			return guard(`place ${id} ${paragraph}`, lock?.wait, async () => inner.setPlace(id, paragraph, now));
		},
	};
	return {store, tries, waits, free() {
		locked = false;
	}};
}

test('the reader never waits on the lock itself: the queue tries again once, briefly, and then fails fast', async () => {
	const {store, tries, waits} = lockedStore();
	const {deps} = reader(store);
	const outcomes = await Promise.all([
		runEffect({type: 'saveReaction', id: 'short', reaction: 'sad'}, deps),
		runEffect({type: 'saveReaction', id: 'other', reaction: 'happy'}, deps),
	]);
	assert.deepEqual(outcomes.map(outcome => outcome?.type), ['unsaved', 'unsaved']);
	assert.deepEqual(tries, ['reaction short sad', 'reaction short sad', 'reaction other happy'], 'one retry for the whole queue');
	assert.deepEqual(new Set(waits), new Set(['none']), 'every write asks the store not to wait for the lock');
});

test('a write that failed for any other reason than a lock is not tried again', async () => {
	const {store, tries} = lockedStore({busy: false});
	const {deps} = reader(store);
	assert.equal((await runEffect({type: 'saveReaction', id: 'short', reaction: 'sad'}, deps))?.type, 'unsaved');
	assert.deepEqual(tries, ['reaction short sad']);
});

test('a place not yet written is replaced by the newer one for the same article: one write', async () => {
	const store = memoryStore({delays: [30]});
	const {deps} = reader(store);
	await Promise.all([
		runEffect({type: 'savePlace', id: 'short', paragraph: 1}, deps),
		runEffect({type: 'savePlace', id: 'short', paragraph: 2}, deps),
		runEffect({type: 'savePlace', id: 'other', paragraph: 1}, deps),
		runEffect({type: 'savePlace', id: 'short', paragraph: 3}, deps),
		runEffect({type: 'savePlace', id: 'short', paragraph: 4}, deps),
	]);
	assert.deepEqual(store.written, ['place short 1', 'place short 4', 'place other 1']);
});

test('closing tries what is queued once, without waiting, and says which picks were not saved', async () => {
	const {store, tries} = lockedStore();
	const {session, deps} = reader(store);
	void runEffect({type: 'savePlace', id: 'short', paragraph: 1}, deps);
	const pick = runEffect({type: 'saveReaction', id: 'short', reaction: 'sad'}, deps);
	// The first write has failed and the queue waits for its one retry: closing does not wait it out.
	await new Promise(resolve => {
		setImmediate(resolve);
	});
	const said = await session.close();
	assert.deepEqual(await pick, {type: 'unsaved', reason: 'cannot write the reactions store /x: another process holds its lock'});
	assert.equal(said, 'a reaction was not saved (short): cannot write the reactions store /x: another process holds its lock');
	assert.deepEqual(tries, ['place short 1', 'place short 1', 'reaction short sad']);
});

test('a pick that failed and was then saved is not said on closing; with every pick saved closing says nothing', async () => {
	const {store, free} = lockedStore();
	const {session, deps} = reader(store);
	assert.equal((await runEffect({type: 'saveReaction', id: 'short', reaction: 'sad'}, deps))?.type, 'unsaved');
	free();
	assert.deepEqual(await runEffect({type: 'saveReaction', id: 'short', reaction: 'angry'}, deps), {type: 'saved'});
	assert.equal(await session.close(), undefined);
	assert.equal(store.reactionOf('short')?.reaction, 'angry');
});

test('picks written by another process show once the file says it changed (the session looks every second)', () => {
	const inner = memoryStore({reactions: {short: 'sad'}});
	let changed = 1;
	const store = {...inner, changedAt: () => changed};
	const {session} = reader(store);
	let shown = 0;
	session.subscribe(() => shown++);
	void inner.setReaction('elsewhere', 'angry');
	session.refresh();
	assert.equal(session.snapshot().reactions.elsewhere, undefined, 'the file has not changed: not read again');
	assert.equal(shown, 0);
	changed = 2;
	session.refresh();
	assert.equal(session.snapshot().reactions.elsewhere?.reaction, 'angry');
	assert.equal(session.reactionOf('elsewhere'), 'angry');
	assert.equal(shown, 1);
	void session.close();
});

test('closeSession closes the session the reader opened on a store, once the reader is gone', async () => {
	const {store} = lockedStore();
	const {deps} = reader(store);
	const pick = runEffect({type: 'saveReaction', id: 'short', reaction: 'happy'}, deps);
	assert.equal(await closeSession(store), 'a reaction was not saved (short): cannot write the reactions store /x: another process holds its lock');
	assert.equal((await pick)?.type, 'unsaved');
	assert.equal(await closeSession(store), undefined, 'closed: nothing left to say');
	assert.equal(await closeSession(memoryStore()), undefined, 'a store no reader opened');
});

test('a reload runs the reload it is given: what it says while running is told, and it comes back as reloaded (or with why not)', async () => {
	const {deps} = reader();
	const told: unknown[] = [];
	const articles = [short];
	const reloaded = await runEffect({type: 'reload', keep: 'short'}, {
		...deps,
		tell: event => told.push(event),
		async reload(say) {
			say('Updating feeds [----] 0/1');
			return {articles, message: {text: 'Reloaded: 1 article', error: false}};
		},
	});
	assert.deepEqual(told, [{type: 'reloading', text: 'Updating feeds [----] 0/1'}]);
	assert.deepEqual(reloaded, {type: 'reloaded', articles, keep: 'short', message: {text: 'Reloaded: 1 article', error: false}});
	const failed = await runEffect({type: 'reload', keep: undefined}, {...deps, reload: async () => Promise.reject(new Error('no folder /gone'))});
	assert.deepEqual(failed, {type: 'reloaded', keep: undefined, message: {text: 'Not reloaded: no folder /gone', error: true}});
	const nowhere = await runEffect({type: 'reload', keep: undefined}, deps);
	assert.deepEqual(nowhere, {type: 'reloaded', keep: undefined, message: {text: 'Nothing to reload here', error: true}});
});

test('a redraw asks the terminal for one, and reports nothing', async () => {
	const {deps} = reader();
	let redrawn = 0;
	assert.equal(await runEffect({type: 'redraw'}, {...deps, redraw: () => redrawn++}), undefined);
	assert.equal(redrawn, 1);
});
