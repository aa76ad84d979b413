// The open article: paging, the picker after the last page, and back to
// the list. A turn that moves the block at the top of the page asks for it
// to be stored as the place.
import {topBlock} from '../../layout/index.js';
import {type Command} from './commands.js';
import {clampIndex} from './list-window.js';
import {showInList} from './list.js';
import {openPicker} from './picker.js';
import {currentPage, placeEffect} from './reading.js';
import {just, type ReadingState, type Step, type StepContext} from './state.js';

/** A command while an article is open. */
export function articleStep(state: ReadingState, command: Command, context: StepContext): Step {
	const {reading} = state;
	const {article} = reading;
	const pages = context.pagesOf(article);
	const page = currentPage(reading, pages, context.size);
	const turnTo = (index: number): Step => {
		const to = clampIndex(index, pages.length);
		// Staying put keeps the remembered block: re-deriving it from the page
		// would move the stored place back to where that page starts.
		if (to === page) return just(state);
		const turned = {article, page: to, block: topBlock(pages[to]!), size: context.size};
		// Two pages can start inside the same paragraph: the place stays.
		return {state: {...state, reading: turned}, effects: turned.block === reading.block ? [] : [placeEffect(turned)]};
	};

	switch (command) {
		case 'next': {
			return page >= pages.length - 1 ? just(openPicker(state, context)) : turnTo(page + 1);
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
			return just(openPicker(state, context));
		}

		case 'back': {
			return just(showInList(state, context));
		}

		default: {
			return just(state);
		}
	}
}
