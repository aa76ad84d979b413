// The open article: paging, the picker after the last page, and back to
// the list. A turn that moves the block at the top of the page asks for it
// to be stored as the place.
import {graphemes} from '../../layout/index.js';
import type {Command} from './commands.js';
import {clampIndex, windowTop} from './list-window.js';
import {showInList, toggleRead, visibleArticles} from './list.js';
import {openPicker} from './picker.js';
import {currentPosition, openArticle, placeEffect} from './reading.js';
import {matchingLines, type Position, positionOf, scrollBy, topLine, wordsAbove} from './scroll.js';
import {lineMatches} from './search.js';
import {just, type ReaderState, type ReadingState, type Step, type StepContext} from './state.js';

/**
 * J and K: the article after or before this one in the list as it is shown
 * (within the filter; opened from outside it, in the whole list), opened at
 * its place. At either end the reader says so and stays: the list does not
 * wrap round.
 */
function nextArticle(state: ReadingState, by: 1 | -1, context: StepContext, unreadOnly = false): Step {
	const filtered = visibleArticles(state, context);
	const inFilter = filtered.indexOf(state.reading.article) !== -1;
	const list = inFilter ? filtered : context.articles;
	let index = list.indexOf(state.reading.article) + by;
	// ] and [ pass over what is read.
	while (unreadOnly && list[index] !== undefined && context.isRead(list[index]!.id)) index += by;
	const next = list[index];
	const end = by === 1 ? 'last' : 'first';
	if (next === undefined) return just({...state, message: {text: unreadOnly ? `No unread article after this one towards the ${end}` : `This is the ${end} article`, error: false}});
	const shown = inFilter ? {query: state.list.query, unreadOnly: state.list.unreadOnly} : {query: '', unreadOnly: null};
	return openArticle({...state, list: {...shown, cursor: index, top: windowTop(state.list.top, index, context.listHeight, list.length)}}, next, context);
}

/**
 * The next (or, with -1, the previous) line holding the search's pattern,
 * below (above) the top of the screen, put at the top; none left says so.
 * `from` counts the top line itself, for the search just typed.
 */
function findMatch(state: ReadingState, context: StepContext, by: 1 | -1, includeTop = false): Step {
	const pattern = state.search.active;
	if (pattern === null) return just(state);
	const pages = context.pagesOf(state.reading.article);
	const top = topLine(pages, currentPosition(state.reading, pages, context.size));
	const lines = matchingLines(pages, text => lineMatches(text, pattern));
	const found = by === 1 ? lines.find(line => (includeTop ? line >= top : line > top)) : lines.findLast(line => line < top);
	if (found === undefined) {
		const text = lines.length === 0 ? `Not found: ${pattern}` : `No more matches for “${pattern}” ${by === 1 ? 'below' : 'above'}`;
		return just({...state, mode: 'article', message: {text, error: lines.length === 0}});
	}

	const moved = moveReading(state, context, positionOf(pages, found));
	const count = `match ${lines.indexOf(found) + 1} of ${lines.length}`;
	return {...moved, state: {...moved.state, mode: 'article', message: {text: `/${pattern}: ${count} (n next · N previous)`, error: false}}};
}

/** Text typed into the search prompt. */
export function typeSearch(state: ReaderState, text: string): ReaderState {
	if (state.mode !== 'search' || text === '') return state;
	return {...state, search: {...state.search, query: state.search.query + text}, message: null};
}

/** A command while the search pattern is typed: Enter searches, Esc gives up, Backspace edits. */
export function searchStep(state: ReadingState, command: Command, context: StepContext): Step {
	switch (command) {
		case 'open': {
			const pattern = state.search.query;
			if (pattern === '') return just({...state, mode: 'article'});
			return findMatch({...state, search: {query: '', active: pattern}}, context, 1, true);
		}

		case 'erase': {
			if (state.search.query === '') return just({...state, mode: 'article'});
			const query = graphemes(state.search.query).slice(0, -1).join('');
			return just({...state, search: {...state.search, query}});
		}

		case 'clear': {
			return just({...state, mode: 'article', search: {...state.search, query: ''}});
		}

		default: {
			return just(state);
		}
	}
}

/** The reading moved to `to`, and its place stored when the paragraph at the top changed. */
function moveReading(state: ReadingState, context: StepContext, to: Position): Step & {state: ReadingState} {
	const {reading} = state;
	const pages = context.pagesOf(reading.article);
	// Staying put keeps the remembered block: re-deriving it from the page
	// would move the stored place back to where that page starts.
	const here = currentPosition(reading, pages, context.size);
	if (to.page === here.page && to.offset === here.offset) return {state, effects: []};
	const block = to.offset === 0 ? pages.topBlock(to.page) : pages.blockAt(topLine(pages, to)) ?? pages.topBlock(to.page);
	const moved = {article: reading.article, page: to.page, offset: to.offset, block, word: wordsAbove(pages, to), size: context.size};
	// Two pages can start inside the same paragraph: the place stays.
	return {state: {...state, reading: moved}, effects: block === reading.block ? [] : [placeEffect(moved)]};
}

/** A command while an article is open. */
export function articleStep(state: ReadingState, command: Command, context: StepContext): Step {
	const {reading} = state;
	const {article} = reading;
	const pages = context.pagesOf(article);
	const here = currentPosition(reading, pages, context.size);
	const {page} = here;
	const height = context.pageHeight;
	const moveTo = (to: Position): Step => moveReading(state, context, to);

	const turnTo = (index: number): Step => moveTo({page: clampIndex(index, pages.length), offset: 0});

	switch (command) {
		case 'down':
		case 'up': {
			return moveTo(scrollBy(pages, here, command === 'down' ? 1 : -1, height));
		}

		case 'halfDown':
		case 'halfUp': {
			const half = Math.max(1, Math.ceil(height / 2));
			return moveTo(scrollBy(pages, here, command === 'halfDown' ? half : -half, height));
		}

		case 'next': {
			return page >= pages.length - 1 ? just(openPicker(state, context)) : turnTo(page + 1);
		}

		case 'previous': {
			// Between two pages, the boundary above comes first.
			return here.offset > 0 ? turnTo(page) : turnTo(page - 1);
		}

		case 'first': {
			return turnTo(0);
		}

		case 'last': {
			return turnTo(pages.length - 1);
		}

		case 'react': {
			return just(openPicker(state, context));
		}

		case 'nextArticle':
		case 'previousArticle': {
			return nextArticle(state, command === 'nextArticle' ? 1 : -1, context);
		}

		case 'nextUnread':
		case 'previousUnread': {
			return nextArticle(state, command === 'nextUnread' ? 1 : -1, context, true);
		}

		case 'search': {
			return just({...state, mode: 'search', search: {...state.search, query: ''}});
		}

		case 'nextMatch': {
			return findMatch(state, context, 1);
		}

		case 'toggleRead': {
			// N is the previous match while a search is on (as in less), else it marks read or unread.
			return state.search.active === null ? toggleRead(state, article, context) : findMatch(state, context, -1);
		}

		case 'openLink': {
			if (article.link === null) return just({...state, message: {text: 'This article has no link', error: false}});
			return {state: {...state, message: {text: `Opening ${article.link}…`, error: false}}, effects: [{type: 'openLink', url: article.link}]};
		}

		case 'back': {
			// Leaving the article ends its search (opening another does too: see openArticle).
			return just(showInList({...state, search: {query: '', active: null}}, context));
		}

		default: {
			return just(state);
		}
	}
}
