// Everything the reader asks of the reactions store. Reads happen once and
// again after each write (every read of the store reads its file: too slow
// for every key). Writes go one at a time, in order, so that the last page
// turned is the place that stays, whatever order the file locks are granted in.
import {useCallback, useRef, useState} from 'react';
import {type ReactionId} from '../../news/catalogue.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../../store/store.js';
import {errorText} from '../error-text.js';

export type StoreSnapshot = {
	reactions: ReturnType<ReactionStore['reactions']>;
	places: ReturnType<ReactionStore['places']>;
};

export type ReaderStore = {
	snapshot: StoreSnapshot;
	/** Why the store could not be read at start, if it could not. */
	readError: string | undefined;
	/** Keeps the place at once; settles when it is written, rejects when it could not be. */
	savePlace(id: string, paragraph: number): Promise<void>;
	/** The latest place of an article in this session, written or not yet. */
	placeOf(id: string): number | undefined;
	/** Settles when the reaction is written; rejects when it could not be. */
	saveReaction(id: string, reaction: ReactionId | null): Promise<void>;
};

function read(store: ReactionStore): StoreSnapshot {
	return {reactions: store.reactions(), places: store.places()};
}

export function useReaderStore(store: ReactionStore): ReaderStore {
	const [start] = useState(() => {
		try {
			return {snapshot: read(store), error: undefined};
		} catch (error) {
			return {snapshot: {reactions: {}, places: {}}, error: errorText(error)};
		}
	});
	const [snapshot, setSnapshot] = useState<StoreSnapshot>(start.snapshot);
	// Places change on every page turn but are only read when an article
	// opens: kept in a ref, they cost no render. This session's places win
	// over the file's, which may lag behind writes still queued.
	const places = useRef(start.snapshot.places);
	const queue = useRef<Promise<unknown>>(Promise.resolve());

	const enqueue = useCallback((write: () => Promise<void>, reread: boolean): Promise<void> => {
		const written = queue.current.then(write);
		queue.current = written
			.then(() => {
				if (reread) setSnapshot({reactions: store.reactions(), places: places.current});
			})
			// A failed write or re-read keeps what is shown; the caller reports it.
			.catch(() => undefined);
		return written;
	}, [store]);

	const savePlace = useCallback(async (id: string, paragraph: number) => {
		const opened = entryOf(places.current, id) !== undefined;
		places.current = {...places.current, [id]: {paragraph, at: new Date().toISOString()}};
		// Only a first opening changes what is drawn: the list's unread mark.
		if (!opened) setSnapshot(previous => ({...previous, places: places.current}));
		return enqueue(async () => store.setPlace(id, paragraph), false);
	}, [enqueue, store]);

	const placeOf = useCallback((id: string) => entryOf(places.current, id)?.paragraph, []);

	const saveReaction = useCallback(async (id: string, reaction: ReactionId | null) => enqueue(async () => store.setReaction(id, reaction), true), [enqueue, store]);

	return {snapshot, readError: start.error, savePlace, placeOf, saveReaction};
}

/** The record's entry for an article id; ids such as `constructor` are ids, not inherited properties. */
export function entryOf<T>(record: Record<string, T>, id: string): T | undefined {
	return Object.hasOwn(record, id) ? record[id] : undefined;
}
