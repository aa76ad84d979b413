// This reading session's view of the store. The store's reads go to its
// file every time (too slow for every key), so the session reads once, again
// after each pick, and again when the file's modification time says another
// process (`--react`) wrote it (looked at every second: one stat). Writes go one at a time, in order, so that
// the last page turned is the place that stays, whatever order the file
// locks would be granted in. Places change on every page turn but are only
// read when an article opens: this session's places win over the file's,
// which may lag behind writes still queued, and only a first opening (the
// list's unread mark) changes what is drawn.
//
// The reader must never stall on a lock another process holds: each write
// takes the lock only if it is free, the queue as a whole may wait once,
// briefly, and try again, and a place not yet written is replaced by a newer
// one for the same article. Closing the session waits for no retry: what is
// queued is tried once, and the picks that were not saved are said.
import type {ReactionId} from '../../news/catalogue.js';
// Only the types: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore, ReadingPlace, StoredReaction} from '../../store/store.js';
import {isRead} from '../../store/store.js';
import {errorText, reasonFirst} from './error-text.js';

/** What the views draw from the store. A new object whenever it changes, so it can be compared by identity. */
export type StoreSnapshot = {
	reactions: Record<string, StoredReaction>;
	places: Record<string, ReadingPlace>;
};

/** The store as the reader uses it; made by openSession. */
export type Session = {
	snapshot(): StoreSnapshot;
	/** Why the store could not be read, if it could not. */
	readonly readError: string | undefined;
	/** Hears of every new snapshot; returns the way to stop listening. */
	subscribe(listener: () => void): () => void;
	/** The latest place of an article in this session, written or not yet. */
	placeOf(id: string): number | undefined;
	reactionOf(id: string): ReactionId | undefined;
	/** Keeps the place at once; settles when it is written (or replaced by a newer one), rejects when it could not be. */
	setPlace(id: string, paragraph: number, opening?: boolean): Promise<void>;
	/** Whether the article counts as read in this session (opened, and not marked unread since). */
	isRead(id: string): boolean;
	/** Marks the article read or unread at once; settles when it is written, rejects when it could not be. */
	setRead(id: string, read: boolean): Promise<void>;
	/** Settles when the reaction is written and read back; rejects when it could not be written. */
	setReaction(id: string, reaction: ReactionId | null): Promise<void>;
	/** Reads the reactions again if the file changed since they were read (one stat); the session does so every second. */
	refresh(): void;
	/**
	 * Ends the session: the writes still queued are tried once each, without
	 * waiting for a lock, and the line that says which picks were not saved
	 * comes back (undefined when every pick was).
	 */
	close(): Promise<string | undefined>;
};

/** How long the write queue waits, once, for a lock another process holds before it tries again. */
const lockRetryDelay = 400;
/** How often the file's modification time is looked at, for picks made elsewhere (`--react`). */
const refreshEvery = 1000;

/** The record's entry for an article id; ids such as `constructor` are ids, not inherited properties. */
export function entryOf<T>(record: Record<string, T>, id: string): T | undefined {
	return Object.hasOwn(record, id) ? record[id] : undefined;
}

function read(store: ReactionStore): StoreSnapshot {
	return {reactions: store.reactions(), places: store.places()};
}

// A write waiting in the queue, and every caller waiting on it: a place not
// yet written takes a newer paragraph, and answers its callers all at once.
type Job = {
	kind: 'place' | 'reaction' | 'read';
	id: string;
	paragraph: number;
	/** A place written for an opening, which marks the article read; a page turn keeps an unread mark. */
	opening?: boolean;
	write(job: Job): Promise<void>;
	settles: Array<(error?: unknown) => void>;
};

// The store's StoreError says whether only a lock stood in the way; its class is the CLI's to load.
function isBusy(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'busy' in error && error.busy === true;
}

const opened = new WeakMap<ReactionStore, Session>();

/** Reads the store once and queues the writes of one reading session. */
export function openSession(store: ReactionStore): Session {
	let snapshot: StoreSnapshot;
	let failedRead: string | undefined;
	try {
		snapshot = read(store);
	} catch (error) {
		snapshot = {reactions: {}, places: {}};
		failedRead = errorText(error);
	}

	let seen = store.changedAt?.();
	let {places} = snapshot;
	const listeners = new Set<() => void>();
	const show = (next: StoreSnapshot) => {
		snapshot = next;
		for (const listener of listeners) listener();
	};

	const readReactions = () => {
		seen = store.changedAt?.();
		try {
			snapshot = {...snapshot, reactions: store.reactions()};
		} catch {
			// What is shown stays.
		}
	};

	// Never while drawing: a read may set a corrupt file aside, and say so.
	const poll = setInterval(() => {
		session.refresh();
	}, refreshEvery);
	poll.unref();

	// The queue: one write at a time, in order.
	const jobs: Job[] = [];
	let running = false;
	let closing = false;
	// Spent by the first write that finds the lock held, given back by the next that succeeds.
	let mayRetry = true;
	let retryTimer: {timer: ReturnType<typeof setTimeout>; wake(): void} | undefined;
	const unsaved = new Map<string, string>();
	let drained: (() => void) | undefined;

	const pause = async () => new Promise<void>(resolve => {
		const timer = setTimeout(() => {
			retryTimer = undefined;
			resolve();
		}, lockRetryDelay);
		retryTimer = {timer, wake: resolve};
	});

	const attempt = async (job: Job): Promise<void> => {
		try {
			await job.write(job);
			mayRetry = true;
		} catch (error) {
			// Only a lock goes away by itself: a folder in the way or a full disk do not.
			if (!mayRetry || closing || !isBusy(error)) throw error;
			mayRetry = false;
			await pause();
			await job.write(job);
			mayRetry = true;
		}
	};

	const work = async () => {
		if (running) return;
		running = true;
		while (jobs.length > 0) {
			const job = jobs.shift()!;
			try {
				await attempt(job);
				if (job.kind === 'reaction') unsaved.delete(job.id);
				for (const settle of job.settles) settle();
			} catch (error) {
				if (job.kind === 'reaction') unsaved.set(job.id, errorText(error));
				for (const settle of job.settles) settle(error);
			}
		}

		running = false;
		drained?.();
	};

	// Adds a caller to `job` (already queued, or queued now) and settles with it.
	const wait = async (job: Job, queue: boolean): Promise<void> => new Promise((resolve, reject) => {
		job.settles.push(error => {
			if (error === undefined) resolve();
			else reject(error instanceof Error ? error : new Error(String(error)));
		});
		if (queue) {
			jobs.push(job);
			void work();
		}
	});

	const session: Session = {
		snapshot: () => snapshot,
		get readError() {
			// The store words it for stderr, path first; the status line wants the reason first.
			const unreadable = store.readError;
			return failedRead ?? (unreadable === undefined ? undefined : reasonFirst(unreadable));
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		placeOf: id => entryOf(places, id)?.paragraph,
		reactionOf: id => entryOf(snapshot.reactions, id)?.reaction,
		isRead: id => isRead(entryOf(places, id)),
		async setRead(id, read) {
			const place = entryOf(places, id);
			// As the store keeps it: unread flags the place, read clears the flag or starts a place at the top.
			const kept: ReadingPlace = {paragraph: place?.paragraph ?? 0, at: place?.at ?? new Date().toISOString()};
			places = {...places, [id]: read ? kept : {...kept, unread: true}};
			show({...snapshot, places});
			return wait({
				kind: 'read',
				id,
				paragraph: 0,
				settles: [],
				async write() {
					return store.setRead(id, read, undefined, {wait: 'none'});
				},
			}, true);
		},
		async setPlace(id, paragraph, opening = false) {
			// Opening marks read: a place that was flagged unread is shown read at once; a page turn keeps the flag.
			const before = entryOf(places, id);
			const unread = !opening && before?.unread === true;
			places = {...places, [id]: {paragraph, at: new Date().toISOString(), ...(unread ? {unread: true} : {})}};
			if (isRead(before) !== !unread) show({...snapshot, places});
			// A place still waiting in the queue takes the newer paragraph: one write, not one per page turned.
			const waiting = jobs.find(job => job.kind === 'place' && job.id === id);
			if (waiting) {
				waiting.paragraph = paragraph;
				waiting.opening ||= opening;
				return wait(waiting, false);
			}

			return wait({
				kind: 'place',
				id,
				paragraph,
				opening,
				settles: [],
				async write(job) {
					return store.setPlace(id, job.paragraph, undefined, {wait: 'none'}, !job.opening);
				},
			}, true);
		},
		async setReaction(id, reaction) {
			return wait({
				kind: 'reaction',
				id,
				paragraph: 0,
				settles: [],
				async write() {
					await store.setReaction(id, reaction, undefined, {wait: 'none'});
					readReactions();
					show({...snapshot, places});
				},
			}, true);
		},
		refresh() {
			// Picks made elsewhere (`--react`) while the reader is open.
			if (store.changedAt === undefined || store.changedAt() === seen) return;
			readReactions();
			show(snapshot);
		},
		async close() {
			closing = true;
			clearInterval(poll);
			if (retryTimer) {
				clearTimeout(retryTimer.timer);
				retryTimer.wake();
				retryTimer = undefined;
			}

			if (running) {
				await new Promise<void>(resolve => {
					drained = resolve;
				});
			}

			opened.delete(store);
			if (unsaved.size === 0) return undefined;
			const ids = [...unsaved.keys()];
			return `${ids.length === 1 ? 'a reaction was' : `${ids.length} reactions were`} not saved (${ids.join(', ')}): ${[...unsaved.values()].at(-1)!}`;
		},
	};
	opened.set(store, session);
	return session;
}

/**
 * Closes the session the reader opened on `store`, once the reader is gone:
 * the line to say on stderr when a pick was not saved, or undefined.
 */
export async function closeSession(store: ReactionStore): Promise<string | undefined> {
	return opened.get(store)?.close();
}
