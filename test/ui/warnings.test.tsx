// Warnings said while the reader is up (issue 7, item 13): the store found
// corrupt is said in the status line, not written over the frame, and a
// pick's "Saved" does not hide it.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {act} from 'react';
import {openStore} from '../../source/store/store.js';
import {article, library} from '../support/articles.js';
import {keys} from '../support/keys.js';
import {tempDir} from '../support/temp.js';
import {renderApp, resetRenders, type TrackedStore} from './helpers.js';

afterEach(resetRenders);

const short = article('short', {title: 'A short one'});

/** A way in for warnings, as the CLI gives the reader: what the listener is, now. */
function warningChannel() {
	let listener: ((message: string) => void) | undefined;
	return {
		warnings: (listen: (message: string) => void) => {
			listener = listen;
			return () => {
				listener = undefined;
			};
		},
		say(message: string) {
			listener?.(message);
		},
	};
}

test('a warning while the reader is up shows in the status line until the next key', async () => {
	const channel = warningChannel();
	const app = await renderApp({library: library([short]), warnings: channel.warnings});
	await act(async () => {
		channel.say('the reactions store was not valid JSON; kept it aside');
	});
	assert.match(app.lines().at(-1)!, /the reactions store was not valid JSON; kept it aside/);
	assert.equal(app.frame().match(/not valid JSON/g)?.length, 1, 'said once, in the status line');
	await app.press('j');
	assert.doesNotMatch(app.frame(), /not valid JSON/);
});

for (const [when, before, after] of [['opening the picker', [keys.enter], ['r', '1']], ['a pick', [keys.enter, 'r'], ['1']]] as const) {
	test(`a store found corrupt by ${when}: the warning is said, and outlasts the pick's "Saved"`, async () => {
		const dir = tempDir();
		const channel = warningChannel();
		// The store as the CLI opens it: its warnings go where the reader's go.
		const opened = openStore({dir, onWarning: message => {
			channel.say(message);
		}});
		const store: TrackedStore = {
			path: opened.path,
			reactions: () => opened.reactions(),
			reactionOf: id => opened.reactionOf(id),
			places: () => opened.places(),
			subscriptions: () => opened.subscriptions(),
			setSubscription: async (url, change) => opened.setSubscription(url, change),
			setReaction: async (id, reaction, now) => opened.setReaction(id, reaction, now),
			setPlace: async (id, paragraph, now, lock, keepUnread) => opened.setPlace(id, paragraph, now, lock, keepUnread),
			setRead: async (id, read, now) => opened.setRead(id, read, now),
			idle: async () => undefined,
			pending: () => 0,
		};
		const app = await renderApp({library: library([short]), store, warnings: channel.warnings});
		await app.press(...before);
		writeFileSync(path.join(dir, 'config.json'), '{not json');
		await app.press(...after);
		// The write is under way: the picker closes once it is done.
		for (let tries = 0; tries < 100 && !/^Page /.test(app.lines().at(-1)!); tries++) {
			await act(async () => {
				await new Promise(resolve => {
					setTimeout(resolve, 20);
				});
			});
		}

		assert.match(app.lines().at(-1)!, /^Page 1\/1 .*not valid JSON/);
		assert.equal(app.frame().match(/not valid JSON/g)?.length, 1, 'said once, in the status line');
	});
}
