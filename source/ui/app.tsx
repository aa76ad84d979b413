// The interactive reader: list, article, picker and help, sized by the
// `columns` and `rows` it is given (the caller follows the terminal, tests
// pick sizes). One input handler, always active, routes every key; the
// picker's list adds its own while it has focus.
import {type Key, Text, useApp, useInput} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {type Article, defaultPrompt} from '../news/article.js';
import {type Library} from '../news/library.js';
import {countWords} from '../news/words.js';
import {layoutPages} from '../layout/article-lines.js';
import {type ReactionId, reactionById} from '../reactions/catalogue.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../reactions/store.js';
import {ArticleView} from './article-view.js';
import {Frame} from './frame.js';
import {HelpView} from './help-view.js';
import {entryOf, errorText, useReaderStore} from './hooks/use-reader-store.js';
import {hints} from './key-bindings.js';
import {readingMinutes} from './list-row.js';
import {ListScreen} from './list-screen.js';
import {PickerView} from './picker-view.js';
import {filterArticles} from './list-filter.js';
import {currentPage, eventFor, initialState, listTop, readingArticle, type ReaderEvent, type ReaderState, step, type StepContext} from './reader-state.js';
import {textColumn} from './text-column.js';
import {truncateEnd} from './text-fit.js';

export type AppProps = {
	library: Library;
	store: ReactionStore;
	/** Open this article first (`--article`). */
	openId?: string;
	colour: boolean;
	/** Text width on a terminal wider than 100 columns; 0 for the full width. */
	measure: number;
	columns: number;
	rows: number;
};

export const minimumColumns = 10;
export const minimumRows = 3;

function useMinutes(articles: readonly Article[]): (article: Article) => number {
	const minutes = useMemo(() => new Map(articles.map(article => [article, readingMinutes(countWords(article.paragraphs))])), [articles]);
	return useCallback((article: Article) => minutes.get(article) ?? 1, [minutes]);
}

/**
 * Fast typing, a held key or tmux's send-keys can arrive as one string
 * (`jj\r`): each character is a key, and Ink only flags Enter or Backspace
 * when they arrive alone.
 */
export function splitPresses(input: string, key: Key): Array<[string, Key]> {
	if (input.length <= 1 || key.ctrl || key.meta) return [[input, key]];
	return Array.from(input, (character): [string, Key] => {
		if (character === '\r' || character === '\n') return [character, {...key, return: true}];
		if (character === '\u007F' || character === '\b') return [character, {...key, delete: true}];
		return [character, key];
	});
}

/** Said whole where it fits: `too small` fits a 9-column terminal, the longer notice does not. */
export function tooSmallNotice(columns: number): string {
	return truncateEnd(columns >= 18 ? 'terminal too small' : 'too small', columns).replace(' …', '…');
}

export function App({library, store, openId, colour, measure, columns, rows}: AppProps) {
	const {exit} = useApp();
	const tooSmall = columns < minimumColumns || rows < minimumRows;
	const column = textColumn(columns, measure);
	// The body takes what the status line and the one free row leave.
	const bodyHeight = Math.max(1, rows - 2);
	const listHeight = bodyHeight >= 2 ? bodyHeight - 1 : bodyHeight;

	const {snapshot, readError, savePlace, placeOf, saveReaction} = useReaderStore(store);
	const minutesOf = useMinutes(library.articles);
	const context = useMemo<StepContext>(() => ({
		articles: library.articles,
		listHeight,
		size: `${column.width}x${rows}`,
		pagesOf: article => layoutPages(article, column.width, rows),
		placeOf,
	}), [library.articles, listHeight, column.width, rows, placeOf]);
	const [current, setState] = useState(() => initialState(context, openId));
	// `apply` stays the same function for the whole session (effects depend
	// on it), so it reads the context through a ref.
	const contextRef = useRef(context);
	useLayoutEffect(() => {
		contextRef.current = context;
	}, [context]);
	// Events are read against the state they apply to, not the one last
	// rendered: two keys can arrive before React renders in between.
	const apply = useCallback((eventOf: (state: ReaderState) => ReaderEvent | undefined) => {
		setState(state => {
			const event = eventOf(state);
			return event ? step(state, event, contextRef.current) : state;
		});
	}, []);

	const [saving, setSaving] = useState(false);
	const readingId = current.reading?.id;
	const readingBlock = current.reading?.block;
	useEffect(() => {
		// Opening marks the article opened; every page turn moves its place.
		// The header (block -1) is stored as paragraph 0: places are never negative.
		if (readingId === undefined || readingBlock === undefined) return;
		savePlace(readingId, Math.max(0, readingBlock)).catch((error: unknown) => {
			apply(() => ({type: 'failed', text: `Place not saved: ${errorText(error)}`}));
		});
	}, [readingId, readingBlock, savePlace, apply]);
	useEffect(() => {
		if (current.quit) exit();
	}, [current.quit, exit]);

	const pick = useCallback(async (reaction: ReactionId | null) => {
		if (readingId === undefined) return;
		setSaving(true);
		try {
			await saveReaction(readingId, reaction);
			const chosen = reaction === null ? undefined : reactionById(reaction);
			const text = chosen ? `Saved: ${chosen.emoji} ${chosen.label}` : 'Reaction cleared';
			apply(() => ({type: 'saved', text}));
		} catch (error) {
			apply(() => ({type: 'failed', text: `Not saved: ${errorText(error)}`}));
		} finally {
			setSaving(false);
		}
	}, [readingId, saveReaction, apply]);
	const onPick = useCallback((reaction: ReactionId) => {
		void pick(reaction);
	}, [pick]);

	const onKey = (input: string, key: Key) => {
		const event = eventFor(current, input, key);
		const command = event?.type === 'command' ? event.command : undefined;
		if (command === 'exit') {
			apply(() => event);
		} else if (tooSmall || saving) {
			// Nothing to act on while the terminal is too small or a pick is being saved.
		} else if (command === 'unreact') {
			void pick(null);
		} else {
			apply(state => eventFor(state, input, key));
		}
	};

	useInput((input, key) => {
		for (const [press, pressKey] of splitPresses(input, key)) onKey(press, pressKey);
	});

	const visible = useMemo(() => filterArticles(library.articles, current.query), [library.articles, current.query]);
	if (tooSmall) return <Text>{tooSmallNotice(columns)}</Text>;

	const article = readingArticle(current, context);
	const message = saving ? {text: 'Saving…', error: false} : current.message ?? (readError ? {text: readError, error: true} : null);
	const frame = {columns, rows, colour, message};

	if (current.help) {
		return (
			<Frame {...frame} left="" middle="Any key closes this help" hints={[]}>
				<HelpView mode={current.mode} width={columns} height={bodyHeight} />
			</Frame>
		);
	}

	if (article && current.mode === 'article') {
		const pages = context.pagesOf(article);
		const page = currentPage(current.reading!, pages, context.size);
		return (
			<Frame {...frame} left={`Page ${page + 1}/${pages.length}`} middle={article.title} hints={hints.article}>
				<ArticleView page={pages[page]!} height={bodyHeight} indent={column.indent} colour={colour} />
			</Frame>
		);
	}

	if (article && current.mode === 'picker') {
		return (
			<Frame {...frame} left="React" middle={article.title} hints={hints.picker}>
				<PickerView
					key={article.id}
					question={article.prompt ?? defaultPrompt}
					current={entryOf(snapshot.reactions, article.id)?.reaction}
					width={column.indent + column.width}
					height={bodyHeight}
					indent={column.indent}
					colour={colour}
					isFocused={!saving}
					onPick={onPick}
				/>
			</Frame>
		);
	}

	return (
		<ListScreen
			{...frame}
			library={library}
			visible={visible}
			query={current.query}
			typing={current.mode === 'filter'}
			cursor={Math.max(0, Math.min(current.cursor, visible.length - 1))}
			top={listTop(current, context)}
			snapshot={snapshot}
			minutesOf={minutesOf}
		/>
	);
}
