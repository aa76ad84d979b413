// Everything the reader asks of the reactions store. Reads happen once and
// again after each write (every read of the store reads its file: too slow
// for every key). Writes go one at a time, in order, so that the last page
// turned is the place that stays, whatever order the file locks are granted in.
import {useCallback, useRef, useState} from 'react';
import {type ReactionId} from '../../reactions/catalogue.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../../reactions/store.js';

export type StoreSnapshot = {
	reactions: ReturnType<ReactionStore['reactions']>;
	places: ReturnType<ReactionStore['places']>;
};

export type ReaderStore = {
	snapshot: StoreSnapshot;
	/** Why the store could not be read at start, if it could not. */
	readError: string | undefined;
	/** Shows the place at once; settles when it is written, rejects when it could not be. */
	savePlace(id: string, paragraph: number): Promise<void>;
	/** Settles when the reaction is written; rejects when it could not be. */
	saveReaction(id: string, reaction: ReactionId | null): Promise<void>;
};

export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

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
	const queue = useRef<Promise<unknown>>(Promise.resolve());

	const enqueue = useCallback((write: () => Promise<void>): Promise<void> => {
		const written = queue.current.then(write);
		queue.current = written
			.then(() => {
				const fresh = read(store);
				setSnapshot(fresh);
			})
			// A failed write or re-read keeps what is shown; the caller reports it.
			.catch(() => undefined);
		return written;
	}, [store]);

	const savePlace = useCallback(async (id: string, paragraph: number) => {
		setSnapshot(previous => ({...previous, places: {...previous.places, [id]: {paragraph, at: new Date().toISOString()}}}));
		return enqueue(async () => store.setPlace(id, paragraph));
	}, [enqueue, store]);

	const saveReaction = useCallback(async (id: string, reaction: ReactionId | null) => enqueue(async () => store.setReaction(id, reaction)), [enqueue, store]);

	return {snapshot, readError: start.error, savePlace, saveReaction};
}

/** The record's entry for an article id; ids such as `constructor` are ids, not inherited properties. */
export function entryOf<T>(record: Record<string, T>, id: string): T | undefined {
	return Object.hasOwn(record, id) ? record[id] : undefined;
}
