// Shared by the reader's tests: articles built by hand, a store in a fresh
// temporary folder, and an App rendered with ink-testing-library at a size
// the test picks, driven one key at a time inside React's act().
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after} from 'node:test';
import {act} from 'react';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {type Article} from '../../source/news/article.js';
import {type Library} from '../../source/news/library.js';
import {openStore, type ReactionStore} from '../../source/store/store.js';
import {App, type AppProps} from '../../source/ui/app.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	ctrlC: '\u0003',
} as const;

export function article(id: string, fields: Partial<Article> = {}): Article {
	return {
		id,
		file: `${id}.txt`,
		date: '2026-02-05',
		title: `Title of ${id}`,
		label: null,
		summary: null,
		byline: null,
		paragraphs: [`The only paragraph of ${id}.`],
		link: null,
		prompt: null,
		...fields,
	};
}

/** `count` paragraphs of distinct, numbered words, long enough to fill many pages. */
export function longParagraphs(count: number, words = 40): string[] {
	return Array.from({length: count}, (_, index) => Array.from({length: words}, (_, word) => `p${index}w${word}`).join(' '));
}

export function library(articles: Article[], folder = '/tmp/articles'): Library {
	return {folder, articles, skipped: []};
}

export type TrackedStore = ReactionStore & {
	/** Settles once every write begun so far has settled. */
	idle(): Promise<void>;
	/** Writes under way. */
	pending(): number;
};

/** The real store, passed through, noting which writes are still under way. */
export function tracked(store: ReactionStore): TrackedStore {
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
		setReaction: async (id, reaction, now) => track(store.setReaction(id, reaction, now)),
		setPlace: async (id, paragraph, now) => track(store.setPlace(id, paragraph, now)),
		async idle() {
			while (pending.size > 0) await Promise.allSettled([...pending]);
		},
		pending: () => pending.size,
	};
}

const tempDirs: string[] = [];

export function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-ui-'));
	tempDirs.push(dir);
	return dir;
}

after(() => {
	for (const dir of tempDirs) rmSync(dir, {recursive: true, force: true});
});

export function tempStore(dir = tempDir()): TrackedStore {
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

/** `count` dated articles, newest first, titled `Article 00`, `Article 01`, … */
export function numbered(count: number): Article[] {
	return Array.from({length: count}, (_, index) => {
		const day = new Date(Date.UTC(2026, 0, 31) - index * 86_400_000).toISOString().slice(0, 10);
		return article(`a${String(index).padStart(2, '0')}`, {title: `Article ${String(index).padStart(2, '0')}`, date: day});
	});
}
