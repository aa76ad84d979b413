// This reading session's view of the store. The store's reads go to its
// file every time (too slow for every key), so the session reads once and
// again after each pick. Writes go one at a time, in order, so that the last
// page turned is the place that stays, whatever order the file locks would
// be granted in. Places change on every page turn but are only read when an
// article opens: this session's places win over the file's, which may lag
// behind writes still queued, and only a first opening (the list's unread
// mark) changes what is drawn.
import {type ReactionId} from '../../news/catalogue.js';
// Only the types: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore, ReadingPlace, StoredReaction} from '../../store/store.js';
import {errorText} from './error-text.js';

/** What the views draw from the store. A new object whenever it changes, so it can be compared by identity. */
export type StoreSnapshot = {
	reactions: Record<string, StoredReaction>;
	places: Record<string, ReadingPlace>;
};

/** The store as the reader uses it; made by openSession. */
export type Session = {
	snapshot(): StoreSnapshot;
	/** Why the store could not be read at start, if it could not. */
	readonly readError: string | undefined;
	/** Hears of every new snapshot; returns the way to stop listening. */
	subscribe(listener: () => void): () => void;
	/** The latest place of an article in this session, written or not yet. */
	placeOf(id: string): number | undefined;
	reactionOf(id: string): ReactionId | undefined;
	/** Keeps the place at once; settles when it is written, rejects when it could not be. */
	setPlace(id: string, paragraph: number): Promise<void>;
	/** Settles when the reaction is written and read back; rejects when it could not be written. */
	setReaction(id: string, reaction: ReactionId | null): Promise<void>;
};

/** The record's entry for an article id; ids such as `constructor` are ids, not inherited properties. */
export function entryOf<T>(record: Record<string, T>, id: string): T | undefined {
	return Object.hasOwn(record, id) ? record[id] : undefined;
}

function read(store: ReactionStore): StoreSnapshot {
	return {reactions: store.reactions(), places: store.places()};
}

/** Reads the store once and queues the writes of one reading session. */
export function openSession(store: ReactionStore): Session {
	let snapshot: StoreSnapshot;
	let readError: string | undefined;
	try {
		snapshot = read(store);
	} catch (error) {
		snapshot = {reactions: {}, places: {}};
		readError = errorText(error);
	}

	let {places} = snapshot;
	let queue: Promise<unknown> = Promise.resolve();
	const listeners = new Set<() => void>();
	const show = (next: StoreSnapshot) => {
		snapshot = next;
		for (const listener of listeners) listener();
	};

	const enqueue = (write: () => Promise<void>): Promise<void> => {
		const written = queue.then(write);
		// One failed write does not stop the ones queued behind it; its caller hears of it.
		queue = written.catch(() => undefined);
		return written;
	};

	return {
		snapshot: () => snapshot,
		readError,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		placeOf: id => entryOf(places, id)?.paragraph,
		reactionOf: id => entryOf(snapshot.reactions, id)?.reaction,
		async setPlace(id, paragraph) {
			const opened = entryOf(places, id) !== undefined;
			places = {...places, [id]: {paragraph, at: new Date().toISOString()}};
			if (!opened) show({...snapshot, places});
			return enqueue(async () => store.setPlace(id, paragraph));
		},
		async setReaction(id, reaction) {
			return enqueue(async () => {
				await store.setReaction(id, reaction);
				try {
					show({reactions: store.reactions(), places});
				} catch {
					// Written but not read back: what is shown stays, and the pick still counts as saved.
				}
			});
		},
	};
}
