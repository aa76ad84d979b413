// A reactions store held in memory, for tests of the reader's machine and
// its effect runner: the interface of the real one without a file, a lock
// or conf. Writes can be made to fail, or to take their time, so that the
// write queue's order and the error reports can be seen.
import type {ReactionId} from '../../source/news/catalogue.js';
import type {ReactionStore, ReadingPlace, StoredReaction, Subscription} from '../../source/store/store.js';

/** The store, and what a test can see of it. */
export type MemoryStore = ReactionStore & {
	/** Every write in the order it finished: `place a 3`, `reaction a worried`, `reaction a none`. */
	readonly written: string[];
	/** The most writes that were ever under way at once. */
	readonly mostAtOnce: number;
};

type Options = {
	reactions?: Record<string, ReactionId>;
	places?: Record<string, number>;
	/** Articles whose place is flagged unread (each needs a place). */
	unread?: string[];
	/** Writes reject with this error. */
	failWith?: Error;
	/** Reads reject with this error. */
	failReads?: Error;
	/** Milliseconds each write takes, in the order the writes begin (the rest take none). */
	delays?: number[];
};

const at = '2026-02-05T12:00:00.000Z';

/** A store that starts with these reactions and places. */
export function memoryStore(options: Options = {}): MemoryStore {
	const reactions: Record<string, StoredReaction> = Object.fromEntries(Object.entries(options.reactions ?? {}).map(([id, reaction]) => [id, {reaction, at}]));
	const unread = new Set(options.unread);
	const places: Record<string, ReadingPlace> = Object.fromEntries(Object.entries(options.places ?? {}).map(([id, paragraph]) => [id, unread.has(id) ? {paragraph, at, unread: true} : {paragraph, at}]));
	const subscriptions: Record<string, Subscription> = {};
	const delays = [...(options.delays ?? [])];
	const written: string[] = [];
	let underWay = 0;
	let mostAtOnce = 0;
	const write = async (change: () => string) => {
		underWay++;
		mostAtOnce = Math.max(mostAtOnce, underWay);
		try {
			const delay = delays.shift() ?? 0;
			if (delay > 0) await new Promise(resolve => setTimeout(resolve, delay));
			if (options.failWith) throw options.failWith;
			written.push(change());
		} finally {
			underWay--;
		}
	};

	const read = <T>(value: T): T => {
		if (options.failReads) throw options.failReads;
		return value;
	};

	return {
		path: '/memory/config.json',
		written,
		get mostAtOnce() {
			return mostAtOnce;
		},
		reactions: () => read({...reactions}),
		reactionOf: id => read(Object.hasOwn(reactions, id) ? reactions[id] : undefined),
		places: () => read({...places}),
		async setReaction(id, reaction, now = new Date()) {
			await write(() => {
				if (reaction === null) delete reactions[id];
				else reactions[id] = {reaction, at: now.toISOString()};
				return `reaction ${id} ${reaction ?? 'none'}`;
			});
		},
		async setPlace(id, paragraph, now = new Date(), _lock = undefined, keepUnread = false) {
			await write(() => {
				// As the real store: opening marks read again; a page turn may keep the unread mark.
				const unread = keepUnread && places[id]?.unread === true;
				places[id] = {paragraph, at: now.toISOString(), ...(unread ? {unread: true as const} : {})};
				return `place ${id} ${paragraph}`;
			});
		},
		async setRead(id, read, now = new Date()) {
			await write(() => {
				const place = places[id];
				if (place === undefined) {
					if (read) places[id] = {paragraph: 0, at: now.toISOString()};
				} else {
					places[id] = read ? {paragraph: place.paragraph, at: place.at} : {...place, unread: true};
				}

				return `${read ? 'read' : 'unread'} ${id}`;
			});
		},
		subscriptions: () => read({...subscriptions}),
		async setSubscription(url, change) {
			await write(() => {
				const next = change(subscriptions[url]);
				if (next === undefined) delete subscriptions[url];
				else subscriptions[url] = next;
				return `feed ${url} ${next === undefined ? 'none' : 'kept'}`;
			});
		},
	};
}
