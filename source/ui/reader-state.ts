// What the reader shows and where, as plain data, and how each command moves
// it: a pure function in the manner of @inkjs/ui's use-select-state, so the
// whole of navigation can be tested without a terminal. The article's page
// is remembered together with the block at its top and the size it was laid
// out for: at another size the page is found again from that block, and
// coming back to the first size finds the very same page.
import {type Key} from 'ink';
import {type Article} from '../news/article.js';
import {pageOfBlock, pageOfPlace, topBlock} from '../layout/paginate.js';
import {type Page} from '../layout/types.js';
import {type Command, commandFor, type Mode, typedText} from './key-bindings.js';
import {filterArticles} from './list-filter.js';
import {clampIndex, windowTop} from './list-window.js';

export type Reading = {
	id: string;
	page: number;
	/** The block at the top of the page: what a resize keeps in view, and what is stored as the place. */
	block: number;
	/** The layout `page` counts in (see StepContext.size). */
	size: string;
};

export type Message = {text: string; error: boolean};

export type ReaderState = {
	mode: Mode;
	help: boolean;
	query: string;
	/** Index into the filtered list. */
	cursor: number;
	/** First row of the list window. */
	top: number;
	reading: Reading | null;
	message: Message | null;
	quit: boolean;
};

export type StepContext = {
	/** Every article, in list order. */
	articles: readonly Article[];
	/** Rows of the list window. */
	listHeight: number;
	/** Names the current layout (text width and rows): pages differ between sizes. */
	size: string;
	pagesOf(article: Article): Page[];
	/** The stored place: the paragraph the reader stopped at, if the article was ever opened. */
	placeOf(id: string): number | undefined;
};

export type ReaderEvent =
	| {type: 'command'; command: Command}
	| {type: 'text'; text: string}
	/** The picker saved (or cleared) a reaction. */
	| {type: 'saved'; text: string}
	| {type: 'failed'; text: string};

export function initialState(context: StepContext, openId?: string): ReaderState {
	const state: ReaderState = {mode: 'list', help: false, query: '', cursor: 0, top: 0, reading: null, message: null, quit: false};
	const index = openId === undefined ? -1 : context.articles.findIndex(article => article.id === openId);
	if (index === -1) return state;
	return open({...state, cursor: index, top: windowTop(0, index, context.listHeight, context.articles.length)}, context.articles[index]!, context);
}

export function visibleArticles(state: ReaderState, context: StepContext): readonly Article[] {
	return filterArticles(context.articles, state.query);
}

export function readingArticle(state: ReaderState, context: StepContext): Article | undefined {
	const id = state.reading?.id;
	return id === undefined ? undefined : context.articles.find(article => article.id === id);
}

/** The page to show now: the remembered one at the size it was chosen for, else the one holding its top block. */
export function currentPage(reading: Reading, pages: Page[], size: string): number {
	const page = reading.size === size ? reading.page : pageOfBlock(pages, reading.block);
	return clampIndex(page, pages.length);
}

/** The list window's top row, kept valid for the current height and filter. */
export function listTop(state: ReaderState, context: StepContext): number {
	const count = visibleArticles(state, context).length;
	return windowTop(state.top, clampIndex(state.cursor, count), context.listHeight, count);
}

/** What a key means in this state: in help every key closes it, in the filter text is typed. */
export function eventFor(state: ReaderState, input: string, key: Key): ReaderEvent | undefined {
	const command = commandFor(state.mode, input, key);
	if (state.help) return {type: 'command', command: command === 'exit' ? 'exit' : 'help'};
	if (command) return {type: 'command', command};
	const text = state.mode === 'filter' ? typedText(input, key) : '';
	return text === '' ? undefined : {type: 'text', text};
}

export function step(state: ReaderState, event: ReaderEvent, context: StepContext): ReaderState {
	switch (event.type) {
		case 'saved': {
			return {...state, mode: 'article', message: {text: event.text, error: false}};
		}

		case 'failed': {
			return {...state, message: {text: event.text, error: true}};
		}

		case 'text': {
			if (state.mode !== 'filter' || event.text === '') return state;
			return {...state, query: state.query + event.text, cursor: 0, top: 0, message: null};
		}

		case 'command': {
			const next = {...state, message: null};
			if (event.command === 'exit') return {...next, quit: true};
			if (state.help) return {...next, help: false};
			if (event.command === 'help') return {...next, help: true};
			return onCommand(next, event.command, context);
		}
	}
}

function onCommand(state: ReaderState, command: Command, context: StepContext): ReaderState {
	switch (state.mode) {
		case 'list':
		case 'filter': {
			return onListCommand(state, command, context);
		}

		case 'article': {
			return onArticleCommand(state, command, context);
		}

		case 'picker': {
			return command === 'cancel' ? {...state, mode: 'article'} : state;
		}
	}
}

function onListCommand(state: ReaderState, command: Command, context: StepContext): ReaderState {
	const visible = visibleArticles(state, context);
	const cursor = clampIndex(state.cursor, visible.length);
	const moveTo = (index: number) => {
		const to = clampIndex(index, visible.length);
		return {...state, cursor: to, top: windowTop(listTop(state, context), to, context.listHeight, visible.length)};
	};

	switch (command) {
		case 'up': {
			return moveTo(cursor - 1);
		}

		case 'down': {
			return moveTo(cursor + 1);
		}

		case 'first': {
			return moveTo(0);
		}

		case 'last': {
			return moveTo(visible.length - 1);
		}

		case 'open': {
			const article = visible[cursor];
			return article ? open({...state, cursor}, article, context) : state;
		}

		case 'filter': {
			return {...state, mode: 'filter'};
		}

		case 'erase': {
			return {...state, query: [...new Intl.Segmenter().segment(state.query)].slice(0, -1).map(part => part.segment).join(''), cursor: 0, top: 0};
		}

		case 'clear': {
			// The highlighted article stays highlighted in the whole list.
			const index = visible[cursor] ? context.articles.indexOf(visible[cursor]) : 0;
			const cleared = {...state, mode: 'list' as const, query: ''};
			return {...cleared, cursor: index, top: windowTop(0, index, context.listHeight, context.articles.length)};
		}

		case 'quit': {
			return {...state, quit: true};
		}

		default: {
			return state;
		}
	}
}

function open(state: ReaderState, article: Article, context: StepContext): ReaderState {
	const pages = context.pagesOf(article);
	// Paragraph 0 is stored for "the start" too (a place is never negative),
	// so it opens on the first page, header included.
	const place = context.placeOf(article.id);
	const block = place === undefined || place === 0 ? -1 : place;
	const page = pageOfPlace(pages, block);
	return {...state, mode: 'article', reading: {id: article.id, page, block, size: context.size}};
}

function onArticleCommand(state: ReaderState, command: Command, context: StepContext): ReaderState {
	const article = readingArticle(state, context);
	if (!article || !state.reading) return {...state, mode: 'list', reading: null};
	const pages = context.pagesOf(article);
	const page = currentPage(state.reading, pages, context.size);
	const turnTo = (index: number): ReaderState => {
		const to = clampIndex(index, pages.length);
		// Staying put keeps the remembered block: re-deriving it from the page
		// would move the stored place back to where that page starts.
		if (to === page) return state;
		return {...state, reading: {id: article.id, page: to, block: topBlock(pages[to]!), size: context.size}};
	};

	switch (command) {
		case 'next': {
			return page >= pages.length - 1 ? {...state, mode: 'picker'} : turnTo(page + 1);
		}

		case 'previous': {
			return turnTo(page - 1);
		}

		case 'first': {
			return turnTo(0);
		}

		case 'last': {
			return turnTo(pages.length - 1);
		}

		case 'react': {
			return {...state, mode: 'picker'};
		}

		case 'back': {
			const visible = visibleArticles(state, context);
			const shown = visible.indexOf(article);
			// Opened from outside the filter (--article): show it in the whole list.
			const query = shown === -1 ? '' : state.query;
			const index = shown === -1 ? context.articles.indexOf(article) : shown;
			const count = shown === -1 ? context.articles.length : visible.length;
			return {...state, mode: 'list', query, reading: null, cursor: index, top: windowTop(listTop(state, context), index, context.listHeight, count)};
		}

		default: {
			return state;
		}
	}
}
