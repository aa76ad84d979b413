// The open article: paging, the picker after the last page, and back to
// the list. A turn that moves the block at the top of the page asks for it
// to be stored as the place.
import {topBlock} from '../../layout/index.js';
import {type Command} from './commands.js';
import {clampIndex, windowTop} from './list-window.js';
import {showInList, toggleRead, visibleArticles} from './list.js';
import {openPicker} from './picker.js';
import {currentPosition, openArticle, placeEffect} from './reading.js';
import {linesFrom, type Position, scrollBy} from './scroll.js';
import {just, type ReadingState, type Step, type StepContext} from './state.js';

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

/** A command while an article is open. */
export function articleStep(state: ReadingState, command: Command, context: StepContext): Step {
	const {reading} = state;
	const {article} = reading;
	const pages = context.pagesOf(article);
	const here = currentPosition(reading, pages, context.size);
	const {page} = here;
	const height = context.pageHeight;
	const moveTo = (to: Position): Step => {
		// Staying put keeps the remembered block: re-deriving it from the page
		// would move the stored place back to where that page starts.
		if (to.page === here.page && to.offset === here.offset) return just(state);
		const block = to.offset === 0 ? topBlock(pages[to.page]!) : linesFrom(pages, to, 1)[0]?.block ?? topBlock(pages[to.page]!);
		const moved = {article, page: to.page, offset: to.offset, block, size: context.size};
		// Two pages can start inside the same paragraph: the place stays.
		return {state: {...state, reading: moved}, effects: block === reading.block ? [] : [placeEffect(moved)]};
	};

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

		case 'toggleRead': {
			return toggleRead(state, article, context);
		}

		case 'openLink': {
			if (article.link === null) return just({...state, message: {text: 'This article has no link', error: false}});
			return {state: {...state, message: {text: `Opening ${article.link}…`, error: false}}, effects: [{type: 'openLink', url: article.link}]};
		}

		case 'back': {
			return just(showInList(state, context));
		}

		default: {
			return just(state);
		}
	}
}
