// The interactive reader: list, article, picker and help, sized by the
// `columns` and `rows` it is given (the caller follows the terminal, tests
// pick sizes). One input handler, always active, routes every key,
// Ctrl+C included, through the reducer; store writes follow its state.
import {type Key, Text, useApp, useInput} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {type Article, defaultPrompt} from '../news/article.js';
import {type Library} from '../news/library.js';
import {countWords} from '../news/words.js';
import {layoutPages} from '../layout/article-lines.js';
import {minimumHeight, minimumWidth, reservedRows} from '../layout/limits.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {ArticleView} from './article-view.js';
import {Frame} from './frame.js';
import {HelpView} from './help-view.js';
import {errorText} from './error-text.js';
import {entryOf, useReaderStore} from './hooks/use-reader-store.js';
import {hints} from './key-bindings.js';
import {readingMinutes} from './list-row.js';
import {ListScreen} from './list-screen.js';
import {filterArticles} from './list-filter.js';
import {clampIndex, listRows} from './list-window.js';
import {pickerItemRows, PickerView} from './picker-view.js';
import {currentPage, eventFor, initialState, listTop, pickerTop, readingArticle, type ReaderEvent, type ReaderState, step, type StepContext} from './reader-state.js';
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

function useMinutes(articles: readonly Article[]): (article: Article) => number {
	const minutes = useMemo(() => new Map(articles.map(article => [article, readingMinutes(countWords(article.paragraphs))])), [articles]);
	return useCallback((article: Article) => minutes.get(article) ?? 1, [minutes]);
}

/**
 * Fast typing, a held key or tmux's send-keys can arrive as one string
 * (`jj\r`): each character is a key, and Ink only flags Enter, Backspace
 * or Ctrl+C when they arrive alone.
 */
export function splitPresses(input: string, key: Key): Array<[string, Key]> {
	if (input.length <= 1 || key.ctrl || key.meta) return [[input, key]];
	return Array.from(input, (character): [string, Key] => {
		if (character === '\r' || character === '\n') return [character, {...key, return: true}];
		if (character === '\u007F' || character === '\b') return [character, {...key, delete: true}];
		if (character === '\u0003') return ['c', {...key, ctrl: true}];
		return [character, key];
	});
}

/** Said whole where it fits: `too small` fits a 9-column terminal, the longer notice does not. */
export function tooSmallNotice(columns: number): string {
	return truncateEnd(columns >= 18 ? 'terminal too small' : 'too small', columns).replace(' …', '…');
}

export function App({library, store, openId, colour, measure, columns, rows}: AppProps) {
	const {exit} = useApp();
	const tooSmall = columns < minimumWidth || rows < minimumHeight;
	const column = textColumn(columns, measure);
	// The body takes what the status line and the one free row leave.
	const bodyHeight = Math.max(1, rows - reservedRows);
	const list = listRows(bodyHeight);

	const {snapshot, readError, savePlace, placeOf, saveReaction} = useReaderStore(store);
	const storedReactions = snapshot.reactions;
	const minutesOf = useMinutes(library.articles);
	const context = useMemo<StepContext>(() => ({
		articles: library.articles,
		listHeight: list.articles,
		pickerHeight: pickerItemRows(bodyHeight),
		size: `${column.width}x${rows}`,
		pagesOf: article => layoutPages(article, column.width, rows),
		placeOf,
		reactionOf: id => entryOf(storedReactions, id)?.reaction,
	}), [library.articles, list.articles, bodyHeight, column.width, rows, placeOf, storedReactions]);
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

	// The reducer decides what a pick is; the write follows, and its outcome goes back as an event.
	const {saving} = current;
	useEffect(() => {
		if (!saving) return;
		saveReaction(saving.id, saving.reaction).then(() => {
			apply(() => ({type: 'saved'}));
		}, (error: unknown) => {
			apply(() => ({type: 'unsaved', error: errorText(error)}));
		});
	}, [saving, saveReaction, apply]);

	useInput((input, key) => {
		// Each key is read against the state the key before it left, in the updater.
		for (const [press, pressKey] of splitPresses(input, key)) apply(state => eventFor(state, press, pressKey, tooSmall));
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
					question={article.prompt ?? defaultPrompt}
					current={entryOf(storedReactions, article.id)?.reaction}
					cursor={current.picker.cursor}
					top={pickerTop(current, context)}
					width={column.indent + column.width}
					height={bodyHeight}
					indent={column.indent}
					colour={colour}
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
			cursor={clampIndex(current.cursor, visible.length)}
			top={listTop(current, context, visible)}
			height={list.articles}
			hasHeader={list.hasHeader}
			snapshot={snapshot}
			minutesOf={minutesOf}
		/>
	);
}
