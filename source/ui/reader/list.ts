// The list and its filter: moving through the articles, typing a filter
// (like less's `/`), opening the highlighted one, and where the cursor lands
// when an article is closed.
import {graphemes, headerBlock} from '../../layout/index.js';
import type {Article} from '../../news/article.js';
import type {Command} from './commands.js';
import {filterArticles} from './filter.js';
import {rememberLast} from './last-call.js';
import {clampIndex, windowTop} from './list-window.js';
import {openPicker} from './picker.js';
import {openArticle} from './reading.js';
import {type Effect, just, type ListingState, type ReaderEvent, type ReaderState, type ReadingState, type Step, type StepContext} from './state.js';

// The same list, key after key, until the filter or the unread set changes (the view's column widths hang on it).
const amongUnread = rememberLast((articles: readonly Article[], unread: ReadonlySet<string>): readonly Article[] => articles.filter(article => unread.has(article.id)));
// A mood group's articles in list order, the same array while the group is shown (the filter keeps its answers per array).
const amongGroup = rememberLast((articles: readonly Article[], ids: readonly string[]): readonly Article[] => {
	const wanted = new Set(ids);
	return articles.filter(article => wanted.has(article.id));
});

/** The articles the filter (and `u`, and a mood group's list) let through: what the cursor indexes. */
export function visibleArticles(state: ReaderState, context: StepContext): readonly Article[] {
	const group = state.mood?.screen.group;
	const matched = filterArticles(group ? amongGroup(context.articles, group.articles) : context.articles, state.list.query);
	return state.list.unreadOnly === null ? matched : amongUnread(matched, state.list.unreadOnly);
}

/** The list window's top row, kept valid for the current height and for `visible`, the filtered list. */
export function listTop(state: ReaderState, context: StepContext, visible: readonly Article[]): number {
	return windowTop(state.list.top, clampIndex(state.list.cursor, visible.length), context.listHeight, visible.length);
}

/** The list with the cursor on `index` of a list of `count`, the window moved only as far as it must. */
function moveTo<State extends ReaderState>(state: State, context: StepContext, visible: readonly Article[], index: number, count = visible.length): State {
	const cursor = clampIndex(index, count);
	return {...state, list: {...state.list, cursor, top: windowTop(listTop(state, context, visible), cursor, context.listHeight, count)}};
}

/** Text typed into the filter narrows the list and starts it again from the top. */
export function typeText(state: ReaderState, text: string): ReaderState {
	if (state.mode !== 'filter' || text === '' || state.saving) return state;
	return {...state, list: {...state.list, query: state.list.query + text, cursor: 0, top: 0}, message: null};
}

/** Back from the open article to the list, the cursor on it; opened from outside the filter (`--article`), it is shown in the whole list. */
export function showInList(state: ReadingState, context: StepContext): ListingState {
	const {article} = state.reading;
	const visible = visibleArticles(state, context);
	const shown = visible.indexOf(article);
	const back: ListingState = {...state, mode: 'list', reading: null};
	if (shown !== -1) return moveTo(back, context, visible, shown);
	return moveTo({...back, list: {...back.list, query: '', unreadOnly: null}}, context, visible, context.articles.indexOf(article), context.articles.length);
}

/**
 * The folder as read again: the cursor finds the article it was on by id
 * (its position may have moved as new ones came in), and an open article is
 * swapped for its new reading, on the same page.
 */
export function reloaded(state: ReaderState, event: Extract<ReaderEvent, {type: 'reloaded'}>, context: StepContext): ReaderState {
	if (event.articles === undefined) return {...state, reloading: false, message: event.message};
	const {articles} = event;
	// The list as it will show: the filter and `u` applied to the new articles.
	const visible = visibleArticles(state, {...context, articles});
	const found = event.keep === undefined ? -1 : visible.findIndex(article => article.id === event.keep);
	const cursor = found === -1 ? clampIndex(state.list.cursor, visible.length) : found;
	const list = {...state.list, cursor, top: windowTop(state.list.top, cursor, context.listHeight, visible.length)};
	const base = {...state, list, reloading: false, message: event.message};
	if (base.reading === null) return base;
	const article = articles.find(candidate => candidate.id === base.reading.article.id);
	return article ? {...base, reading: {...base.reading, article}} : base;
}

/** N: the article marked read if it is unread, else unread; the status line says which. */
export function toggleRead<State extends ReaderState>(state: State, article: Article, context: StepContext): Step {
	const read = !context.isRead(article.id);
	return {state: {...state, message: {text: read ? 'Marked read' : 'Marked unread', error: false}}, effects: [{type: 'setRead', id: article.id, read}]};
}

/** A command in the list, or in the list while its filter is typed. */
export function listStep(state: ListingState, command: Command, context: StepContext): Step {
	const visible = visibleArticles(state, context);
	const cursor = clampIndex(state.list.cursor, visible.length);

	switch (command) {
		case 'up': {
			return just(moveTo(state, context, visible, cursor - 1));
		}

		case 'down': {
			return just(moveTo(state, context, visible, cursor + 1));
		}

		case 'first': {
			return just(moveTo(state, context, visible, 0));
		}

		case 'next': {
			return just(moveTo(state, context, visible, cursor + context.listHeight));
		}

		case 'previous': {
			return just(moveTo(state, context, visible, cursor - context.listHeight));
		}

		case 'last': {
			return just(moveTo(state, context, visible, visible.length - 1));
		}

		case 'open': {
			const article = visible[cursor];
			return article ? openArticle({...state, list: {...state.list, cursor}}, article, context) : just(state);
		}

		case 'filter': {
			return just({...state, mode: 'filter'});
		}

		case 'erase': {
			const query = graphemes(state.list.query).slice(0, -1).join('');
			return just({...state, list: {...state.list, query, cursor: 0, top: 0}});
		}

		// Ctrl-W and Ctrl-U, as in a shell's line editing: the last word (and the spaces after it), or all of it.
		case 'eraseWord': {
			return just({...state, list: {...state.list, query: state.list.query.replace(/\S*\s*$/u, ''), cursor: 0, top: 0}});
		}

		case 'eraseAll': {
			return just({...state, list: {...state.list, query: '', cursor: 0, top: 0}});
		}

		case 'react': {
			// The reaction of the highlighted article, without opening it (so it stays unread).
			const article = visible[cursor];
			if (!article) return just(state);
			const reading = {article, page: 0, offset: 0, block: headerBlock, size: context.size};
			return just(openPicker({...state, mode: 'picker', reading, list: {...state.list, cursor}}, context, 'list'));
		}

		case 'toggleRead': {
			const article = visible[cursor];
			return article ? toggleRead(state, article, context) : just(state);
		}

		case 'markAllRead': {
			const unread = visible.filter(article => !context.isRead(article.id));
			const text = unread.length === 0 ? 'All shown are read already' : `Marked ${unread.length} read`;
			return {state: {...state, message: {text, error: false}}, effects: unread.map((article): Effect => ({type: 'setRead', id: article.id, read: true}))};
		}

		case 'unreadOnly': {
			const highlighted = visible[cursor];
			const unreadOnly = state.list.unreadOnly === null ? new Set(context.articles.filter(article => !context.isRead(article.id)).map(article => article.id)) : null;
			const next = {...state, list: {...state.list, unreadOnly}};
			const shown = visibleArticles(next, context);
			const index = highlighted ? Math.max(0, shown.indexOf(highlighted)) : 0;
			const message = unreadOnly?.size === 0 ? {text: 'No unread articles', error: false} : null;
			return just(moveTo({...next, message}, context, shown, index));
		}

		case 'reload': {
			if (state.reloading) return just({...state, message: {text: 'Already reloading…', error: false}});
			return {state: {...state, reloading: true, message: {text: 'Reloading…', error: false}}, effects: [{type: 'reload', keep: visible[cursor]?.id}]};
		}

		case 'clear': {
			// The highlighted article stays highlighted in the whole list.
			const index = visible[cursor] ? context.articles.indexOf(visible[cursor]) : 0;
			return just(moveTo({...state, mode: 'list', list: {...state.list, query: ''}}, context, visible, index, context.articles.length));
		}

		default: {
			return just(state);
		}
	}
}
