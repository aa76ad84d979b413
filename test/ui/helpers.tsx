// What the reader's component tests share beyond test/support: an App
// rendered with ink-testing-library at a size the test picks and driven one
// key at a time inside React's act(), the real store tracked so that a key's
// writes can be waited for, and checks on the frames it draws.
import {act} from 'react';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import type {Library} from '../../source/news/library.js';
import {openStore, type ReactionStore} from '../../source/store/store.js';
import {App, type AppProps} from '../../source/ui/app.js';
import {tempDir} from '../support/temp.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

export type TrackedStore = ReactionStore & {
	/** Settles once every write begun so far has settled. */
	idle(): Promise<void>;
	/** Writes under way. */
	pending(): number;
};

/** The real store, passed through, noting which writes are still under way. */
function tracked(store: ReactionStore): TrackedStore {
	const pending = new Set<Promise<void>>();
	const track = (write: Promise<void>) => {
		pending.add(write);
		write.then(() => pending.delete(write), () => pending.delete(write));
		return write;
	};

	return {
		path: store.path,
		reactions: () => store.reactions(),
		reactionOf: id => store.reactionOf(id),
		places: () => store.places(),
		subscriptions: () => store.subscriptions(),
		setSubscription: async (url, change) => store.setSubscription(url, change),
		setReaction: async (id, reaction, now) => track(store.setReaction(id, reaction, now)),
		setPlace: async (id, paragraph, now, lock, keepUnread) => track(store.setPlace(id, paragraph, now, lock, keepUnread)),
		setRead: async (id, read, now) => track(store.setRead(id, read, now)),
		async idle() {
			while (pending.size > 0) await Promise.allSettled([...pending]);
		},
		pending: () => pending.size,
	};
}

/** The real store in a new temporary folder (or in `dir`), tracked. */
export function tempStore(dir = tempDir('broadsheet-ui-')): TrackedStore {
	return tracked(openStore({dir, onWarning() {}}));
}

/** Let Ink's pending escape flush (setImmediate) and React's renders run. */
async function settle(): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

export type Rendered = {
	frame(): string;
	lines(): string[];
	press(...keys: string[]): Promise<void>;
	resize(columns: number, rows: number): Promise<void>;
	/** Whether Ink still reads the keyboard: it lets go when the app exits. */
	listening(): boolean;
};

type Options = Partial<Omit<AppProps, 'store'>> & {library: Library; store?: TrackedStore};

export async function renderApp(options: Options): Promise<Rendered> {
	const store = options.store ?? tempStore();
	let props: AppProps = {colour: false, measure: 80, columns: 80, rows: 24, ...options, store};
	// After a key: Ink's input and React's renders (act flushes them as it
	// ends), then the store writes those renders began, and the renders
	// their results bring.
	const settleAll = async (start: () => void) => {
		await act(async () => {
			start();
			await settle();
		});
		while (store.pending() > 0) {
			await act(async () => {
				await store.idle();
				await settle();
			});
		}
	};

	let instance!: ReturnType<typeof render>;
	await settleAll(() => {
		instance = render(<App {...props} />);
	});
	// ink-testing-library's stdout is 100 columns, and Ink lays out its root
	// at the terminal's width: a wider App needs a wider terminal.
	const setTerminalWidth = () => {
		Object.defineProperty(instance.stdout, 'columns', {value: Math.max(100, props.columns), configurable: true});
	};

	if (props.columns > 100) {
		await settleAll(() => {
			setTerminalWidth();
			instance.rerender(<App {...props} />);
		});
	}

	const frame = () => instance.lastFrame() ?? '';
	return {
		frame,
		lines: () => frame().split('\n'),
		async press(...sequence) {
			for (const key of sequence) {
				await settleAll(() => {
					instance.stdin.write(key);
				});
			}
		},
		async resize(columns, rows) {
			props = {...props, columns, rows};
			await settleAll(() => {
				setTerminalWidth();
				instance.rerender(<App {...props} />);
			});
		},
		listening: () => instance.stdin.listenerCount('readable') > 0,
	};
}

/** Unmounts every App rendered so far (for afterEach). */
export async function resetRenders(): Promise<void> {
	await act(async () => {
		cleanup();
	});
}

/** Every line at most `columns` wide and at most rows − 1 lines. */
export function frameFits(frame: string, columns: number, rows: number): string | undefined {
	const lines = frame.split('\n');
	if (lines.length > rows - 1) return `${lines.length} lines for ${rows} rows`;
	const wide = lines.find(line => stringWidth(line) > columns);
	return wide === undefined ? undefined : `a line of ${stringWidth(wide)} columns for ${columns}: ${JSON.stringify(wide)}`;
}

/** The highlighted row of the list (the line with the pointer). */
export function cursorLine(frame: string): string | undefined {
	return frame.split('\n').find(line => line.startsWith('❯'));
}
