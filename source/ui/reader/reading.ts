// The open article's place, shared by the reducers that open an article
// (the list, the start) and the one that turns its pages.
import type {Article} from '../../news/article.js';
import {type ArticlePages, headerBlock, pageOfBlock, pageOfPlace} from '../../layout/index.js';
import {clampIndex} from './list-window.js';
import {type Position, positionOfWord} from './scroll.js';
import type {Effect, Reading, ReaderState, Step, StepContext} from './state.js';

/** The write that records `reading` as the article's place. The header (block -1) is stored as paragraph 0: a place is never negative. */
export function placeEffect(reading: Reading): Extract<Effect, {type: 'savePlace'}> {
	return {type: 'savePlace', id: reading.article.id, paragraph: Math.max(0, reading.block)};
}

/** Opens an article at its stored place and stores that place: opening is what marks an article opened. */
export function openArticle(state: ReaderState, article: Article, context: StepContext): Step {
	const pages = context.pagesOf(article);
	// Paragraph 0 is stored for "the start" too, so it opens on the first page, header included.
	const place = context.placeOf(article.id);
	const block = place === undefined || place === 0 ? headerBlock : place;
	const reading = {article, page: pageOfPlace(pages, block), offset: 0, block, size: context.size};
	// A search belongs to the article it was made in: J, K, ] and [ open the next without it.
	return {state: {...state, mode: 'article', reading, search: {query: '', active: null}}, effects: [{...placeEffect(reading), opening: true}]};
}

/** The page to show now: the remembered one at the size it was chosen for, else the one holding its top block. */
export function currentPage(reading: Reading, pages: ArticlePages, size: string): number {
	const page = reading.size === size ? reading.page : pageOfBlock(pages, reading.block);
	return clampIndex(page, pages.length);
}

/**
 * Where the top of the screen is now: the remembered page and lines into it
 * at that size; at another, the line holding the word that was at the top
 * (a resize keeps the reader's line, not just the paragraph, in view).
 */
export function currentPosition(reading: Reading, pages: ArticlePages, size: string): Position {
	const page = currentPage(reading, pages, size);
	if (reading.size === size) return {page, offset: page === reading.page ? reading.offset : 0};
	if (reading.word === undefined || reading.word === 0) return {page, offset: 0};
	return positionOfWord(pages, reading.block, reading.word) ?? {page, offset: 0};
}
