// The reader's one hook: it owns the state machine's state, runs the
// effects each step returns and feeds their outcomes back as events, and
// keeps the store's snapshot current for the views. What any of it means is
// decided in reader/, which knows nothing of React.
import {useApp} from 'ink';
import {useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {reactions} from '../news/catalogue.js';
import type {Library} from '../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {type EffectDeps, runEffect} from './reader/effects.js';
import {openSession, type Session, type StoreSnapshot} from './reader/session.js';
import type {Message, ReaderEvent, ReaderState, Step, StepContext} from './reader/state.js';
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

/** Subscribes to the warnings said while the reader is up (the store found corrupt) until the returned function is called. */
export type Warnings = (listen: (message: string) => void) => () => void;

type Options = {
	library: Library;
	store: ReactionStore;
	/** The session already open on the store (the first frame's); else one is opened. */
	session: Session | undefined;
	/** The state to start from and the effects still to run (the first frame's keys); else `start`. */
	first: Step | undefined;
	openId: string | undefined;
	columns: number;
	rows: number;
	measure: number;
	suspend: (() => void) | undefined;
	/** What Ctrl+L does: run.tsx paints the screen again; left out, nothing. */
	redraw: (() => void) | undefined;
	/** What o does with a link: run.tsx starts the browser; left out, the reader says there is none. */
	openLink: ((url: string) => Promise<void>) | undefined;
	warnings: Warnings | undefined;
	holdSignals: (() => void) | undefined;
	/** What R does: the command's, which can update feeds and read the folder again; left out, R says there is nothing to reload. */
	reload: ReloadLibrary | undefined;
};

/** R's work as the command gives it: the library read again after any feeds are updated, and what to say about it. */
export type ReloadLibrary = (say: (text: string) => void) => Promise<{library: Library; message: Message}>;

const nothing = () => undefined;

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

/** Laying out a huge article takes seconds on the main thread: `holdSignals` first, so that a signal meanwhile still ends the reader at once. */
function killablePages(context: StepContext, holdSignals: () => void): StepContext {
	const {pagesOf} = context;
	return {
		...context,
		pagesOf(article) {
			holdSignals();
			return pagesOf(article);
		},
	};
}

/** The reader for this library, store and size. */
export function useReader({library: given, store, session: opened, first, openId, columns, rows, measure, suspend = nothing, redraw = nothing, openLink, warnings, holdSignals = nothing, reload}: Options): Reader & {library: Library} {
	const {exit} = useApp();
	const [session] = useState(() => opened ?? openSession(store));
	const snapshot = useSyncExternalStore(session.subscribe, session.snapshot);
	// R replaces the library; everything drawn is drawn from this one.
	const [library, setLibrary] = useState(given);
	const {articles} = library;
	const context = useMemo(() => killablePages(stepContext(articles, reactions, screenSize(columns, rows, measure), session), holdSignals), [articles, columns, rows, measure, session, holdSignals]);
	// Events arrive between renders: they read the context through a ref.
	const contextRef = useRef(context);
	useLayoutEffect(() => {
		contextRef.current = context;
	}, [context]);

	const [started] = useState(() => first ?? start(context, openId));
	const [state, setState] = useState(started.state);
	const suspendRef = useRef(suspend);
	const redrawRef = useRef(redraw);
	useLayoutEffect(() => {
		suspendRef.current = suspend;
		redrawRef.current = redraw;
	}, [suspend, redraw]);
	const reloadRef = useRef(reload);
	useLayoutEffect(() => {
		reloadRef.current = reload;
	}, [reload]);
	const [reader] = useState(() => {
		const deps: EffectDeps = {
			session,
			quit: exit,
			suspend: () => suspendRef.current(),
			redraw: () => redrawRef.current(),
			...(openLink === undefined ? {} : {openLink}),
			tell(event) {
				reader.dispatch(() => event);
			},
		};
		const reader = machine(started, () => contextRef.current, deps, setState);
		deps.reload = async say => {
			const reloadLibrary = reloadRef.current;
			if (!reloadLibrary) return {articles: contextRef.current.articles, message: {text: 'Nothing to reload here', error: true}};
			const {library: next, message} = await reloadLibrary(say);
			setLibrary(next);
			return {articles: next.articles, message};
		};
		return reader;
	});
	// Opening an article with --article stores its place, as any opening does.
	useEffect(() => {
		reader.perform(started.effects);
	}, [reader, started]);
	// A warning is said in the status line, as the reader's own messages are, rather than over the frame. It
	// can come from a read in the middle of a step (the picker opening finds the store corrupt): it waits for that step.
	useEffect(() => warnings?.(text => {
		queueMicrotask(() => {
			reader.dispatch(() => ({type: 'warned', text}));
		});
	}), [reader, warnings]);

	return {state, context, snapshot, readError: session.readError, dispatch: reader.dispatch, library};
}
