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
import {type ReactionId, reactionById, reactions} from '../news/catalogue.js';
import {choiceIndex, type Command, commandFor, type Mode, typedText} from './key-bindings.js';
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

/** A pick (or, with `null`, a clear) waiting to be written to the store. */
export type PendingReaction = {id: string; reaction: ReactionId | null};

export type ReaderState = {
	mode: Mode;
	help: boolean;
	query: string;
	/** Index into the filtered list. */
	cursor: number;
	/** First row of the list window. */
	top: number;
	reading: Reading | null;
	/** The highlighted reaction and the first row of the picker's window. */
	picker: {cursor: number; top: number};
	/** Set by a pick; the reader writes it and answers `saved` or `unsaved`. Keys wait meanwhile. */
	saving: PendingReaction | null;
	message: Message | null;
	quit: boolean;
};

export type StepContext = {
	/** Every article, in list order. */
	articles: readonly Article[];
	/** Rows of the list window. */
	listHeight: number;
	/** Rows of the picker's window over the reactions. */
	pickerHeight: number;
	/** Names the current layout (text width and rows): pages differ between sizes. */
	size: string;
	pagesOf(article: Article): Page[];
	/** The stored place: the paragraph the reader stopped at, if the article was ever opened. */
	placeOf(id: string): number | undefined;
	/** The stored reaction: the picker opens on it. */
	reactionOf(id: string): ReactionId | undefined;
};

export type ReaderEvent =
	| {type: 'command'; command: Command}
	| {type: 'text'; text: string}
	/** The pending reaction is written. */
	| {type: 'saved'}
	/** The pending reaction could not be written. */
	| {type: 'unsaved'; error: string}
	/** Anything else that failed (a reading place). */
	| {type: 'failed'; text: string};

export function initialState(context: StepContext, openId?: string): ReaderState {
	const state: ReaderState = {mode: 'list', help: false, query: '', cursor: 0, top: 0, reading: null, picker: {cursor: 0, top: 0}, saving: null, message: null, quit: false};
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

/** The list window's top row, kept valid for the current height and for `visible`, the filtered list. */
export function listTop(state: ReaderState, context: StepContext, visible: readonly Article[]): number {
	return windowTop(state.top, clampIndex(state.cursor, visible.length), context.listHeight, visible.length);
}

/** The picker window's top row, kept valid for the current height. */
export function pickerTop(state: ReaderState, context: StepContext): number {
	return windowTop(state.picker.top, state.picker.cursor, context.pickerHeight, reactions.length);
}

/**
 * What a key means in this state: in help every key closes it, in the
 * filter text is typed, and on a screen too small for any view only the
 * ways out count.
 */
export function eventFor(state: ReaderState, input: string, key: Key, tooSmall = false): ReaderEvent | undefined {
	const command = commandFor(state.mode, input, key, tooSmall);
	if (tooSmall) return command ? {type: 'command', command} : undefined;
	if (state.help) return {type: 'command', command: command === 'exit' ? 'exit' : 'help'};
	if (command) return {type: 'command', command};
	const text = state.mode === 'filter' ? typedText(input, key) : '';
	return text === '' ? undefined : {type: 'text', text};
}

export function step(state: ReaderState, event: ReaderEvent, context: StepContext): ReaderState {
	switch (event.type) {
		case 'saved': {
			if (!state.saving) return state;
			const chosen = state.saving.reaction === null ? undefined : reactionById(state.saving.reaction);
			const text = chosen ? `Saved: ${chosen.emoji} ${chosen.label}` : 'Reaction cleared';
			return {...state, mode: 'article', saving: null, message: {text, error: false}};
		}

		case 'unsaved': {
			return {...state, saving: null, message: {text: `Not saved: ${event.error}`, error: true}};
		}

		case 'failed': {
			return {...state, message: {text: event.text, error: true}};
		}

		case 'text': {
			if (state.mode !== 'filter' || event.text === '' || state.saving) return state;
			return {...state, query: state.query + event.text, cursor: 0, top: 0, message: null};
		}

		case 'command': {
			const next = {...state, message: null};
			if (event.command === 'exit' || event.command === 'quit') return {...next, quit: true};
			// Nothing else until the pick is written: the keys after it would act on a picker about to close.
			if (state.saving) return state;
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
			return onPickerCommand(state, command, context);
		}
	}
}

function onListCommand(state: ReaderState, command: Command, context: StepContext): ReaderState {
	const visible = visibleArticles(state, context);
	const cursor = clampIndex(state.cursor, visible.length);
	const moveTo = (index: number) => {
		const to = clampIndex(index, visible.length);
		return {...state, cursor: to, top: windowTop(listTop(state, context, visible), to, context.listHeight, visible.length)};
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
			return {...cleared, cursor: index, top: windowTop(listTop(state, context, visible), index, context.listHeight, context.articles.length)};
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
			return page >= pages.length - 1 ? openPicker(state, article.id, context) : turnTo(page + 1);
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
			return openPicker(state, article.id, context);
		}

		case 'back': {
			const visible = visibleArticles(state, context);
			const shown = visible.indexOf(article);
			// Opened from outside the filter (--article): show it in the whole list.
			const query = shown === -1 ? '' : state.query;
			const index = shown === -1 ? context.articles.indexOf(article) : shown;
			const count = shown === -1 ? context.articles.length : visible.length;
			return {...state, mode: 'list', query, reading: null, cursor: index, top: windowTop(listTop(state, context, visible), index, context.listHeight, count)};
		}

		default: {
			return state;
		}
	}
}

/** The picker opens on the stored reaction, else on the first. */
function openPicker(state: ReaderState, id: string, context: StepContext): ReaderState {
	const stored = context.reactionOf(id);
	const cursor = Math.max(0, reactions.findIndex(reaction => reaction.id === stored));
	return {...state, mode: 'picker', picker: {cursor, top: windowTop(0, cursor, context.pickerHeight, reactions.length)}};
}

function onPickerCommand(state: ReaderState, command: Command, context: StepContext): ReaderState {
	const id = state.reading?.id;
	if (id === undefined) return {...state, mode: 'list'};
	// The ends stop the highlight, as in the list.
	const moveTo = (index: number): ReaderState => {
		const cursor = clampIndex(index, reactions.length);
		return {...state, picker: {cursor, top: windowTop(pickerTop(state, context), cursor, context.pickerHeight, reactions.length)}};
	};

	const save = (from: ReaderState, reaction: ReactionId | null): ReaderState => ({...from, saving: {id, reaction}});
	const choice = choiceIndex(command);
	// A digit highlights its reaction too: that is what shows while it is saved.
	if (choice !== -1) return save(moveTo(choice), reactions[choice]!.id);

	switch (command) {
		case 'up': {
			return moveTo(state.picker.cursor - 1);
		}

		case 'down': {
			return moveTo(state.picker.cursor + 1);
		}

		case 'pick': {
			return save(state, reactions[clampIndex(state.picker.cursor, reactions.length)]!.id);
		}

		case 'unreact': {
			return save(state, null);
		}

		case 'cancel': {
			return {...state, mode: 'article'};
		}

		default: {
			return state;
		}
	}
}
