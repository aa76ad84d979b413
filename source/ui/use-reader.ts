// The reader's one hook: it owns the state machine's state, runs the
// effects each step returns and feeds their outcomes back as events, and
// keeps the store's snapshot current for the views. What any of it means is
// decided in reader/, which knows nothing of React.
import {useApp} from 'ink';
import {useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {reactions} from '../news/catalogue.js';
import {type Library} from '../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {type EffectDeps, runEffect} from './reader/effects.js';
import {openSession, type StoreSnapshot} from './reader/session.js';
import {type ReaderEvent, type ReaderState, type Step, type StepContext} from './reader/state.js';
import {start, step} from './reader/step.js';
import {screenSize, stepContext} from './view/size.js';

/**
 * Hands the reader an event, read against the state it applies to rather
 * than the one last rendered: keys that arrive in one read act one by one.
 */
export type Dispatch = (eventOf: (state: ReaderState) => ReaderEvent | undefined) => void;

/** What the views are drawn from, and the way in for events. */
type Reader = {
	state: ReaderState;
	context: StepContext;
	snapshot: StoreSnapshot;
	readError: string | undefined;
	dispatch: Dispatch;
};

type Options = {library: Library; store: ReactionStore; openId: string | undefined; columns: number; rows: number; measure: number};

// The state lives here between events, so that a step always starts from the
// last one even before React has rendered it; `show` hands each to React.
function machine(first: Step, contextOf: () => StepContext, deps: EffectDeps, show: (state: ReaderState) => void) {
	let state = first.state;
	const perform = (effects: Step['effects']) => {
		for (const effect of effects) {
			void runEffect(effect, deps).then(outcome => {
				if (outcome) dispatch(() => outcome);
			});
		}
	};

	const dispatch: Dispatch = eventOf => {
		const event = eventOf(state);
		if (event === undefined) return;
		const next = step(state, event, contextOf());
		state = next.state;
		show(state);
		perform(next.effects);
	};

	return {dispatch, perform};
}

/** The reader for this library, store and size. */
export function useReader({library, store, openId, columns, rows, measure}: Options): Reader {
	const {exit} = useApp();
	const [session] = useState(() => openSession(store));
	const snapshot = useSyncExternalStore(session.subscribe, session.snapshot);
	const {articles} = library;
	const context = useMemo(() => stepContext(articles, reactions, screenSize(columns, rows, measure), session), [articles, columns, rows, measure, session]);
	// Events arrive between renders: they read the context through a ref.
	const contextRef = useRef(context);
	useLayoutEffect(() => {
		contextRef.current = context;
	}, [context]);

	const [first] = useState(() => start(context, openId));
	const [state, setState] = useState(first.state);
	const [reader] = useState(() => machine(first, () => contextRef.current, {session, quit: exit}, setState));
	// Opening an article with --article stores its place, as any opening does.
	useEffect(() => {
		reader.perform(first.effects);
	}, [reader, first]);

	return {state, context, snapshot, readError: session.readError, dispatch: reader.dispatch};
}
