// How a terminal's rows and columns are shared out, the same for the
// reducers (how far a window scrolls, how pages are cut) and for the views
// (what they draw): every frame is the body, then the status line, together
// rows − 1 lines (a frame as tall as the terminal makes Ink 6 clear the
// screen on every render).
import type {Article} from '../../news/article.js';
import type {Reaction} from '../../news/catalogue.js';
import {articlePages, type ArticlePages, minimumHeight, minimumWidth, reservedRows, textColumn, type TextColumn} from '../../layout/index.js';
import type {Session} from '../reader/session.js';
import type {StepContext} from '../reader/state.js';
import {buildKeyTable} from '../input/key-table.js';
import {helpMaxTop} from './help.js';
import {moodTally} from './mood.js';
import {pickerItemRows} from './picker.js';

/** The terminal as the reader lays it out. */
export type ScreenSize = {
	columns: number;
	rows: number;
	/** Under 10×3 no view fits: a one-line notice instead (SPEC §6). */
	tooSmall: boolean;
	/** Rows above the status line (at least one). */
	body: number;
	/** The list's share of the body: a header line once there are two rows, the articles in the rest. */
	list: {hasHeader: boolean; articles: number};
	column: TextColumn;
};

/** The layout for a terminal of `columns`×`rows`, the text kept to `measure` (0: the full width) above 100 columns. */
export function screenSize(columns: number, rows: number, measure: number): ScreenSize {
	const body = Math.max(1, rows - reservedRows);
	const hasHeader = body >= 2;
	return {
		columns,
		rows,
		tooSmall: columns < minimumWidth || rows < minimumHeight,
		body,
		list: {hasHeader, articles: hasHeader ? body - 1 : body},
		column: textColumn(columns, measure),
	};
}

// Each article's pages at one size, kept for as long as the context is.
function pagesAtThisSize(width: number, rows: number): (article: Article) => ArticlePages {
	const laidOut = new WeakMap<Article, ArticlePages>();
	return article => {
		let pages = laidOut.get(article);
		if (pages === undefined) {
			pages = articlePages(article, width, rows);
			laidOut.set(article, pages);
		}

		return pages;
	};
}

/** What the reducers read at this size: the windows' heights, the pages, the catalogue, and the session's places and reactions. */
export function stepContext(articles: readonly Article[], catalogue: readonly Reaction[], size: ScreenSize, session: Pick<Session, 'placeOf' | 'reactionOf' | 'isRead' | 'snapshot'>): StepContext {
	const {width} = size.column;
	const {rows} = size;
	const keys = buildKeyTable(catalogue);
	return {
		articles,
		catalogue,
		listHeight: size.list.articles,
		pageHeight: size.body,
		help: {height: size.body, maxTop: mode => helpMaxTop(keys, mode, size)},
		pickerHeight: pickerItemRows(size.body, catalogue.length),
		// Pages differ between sizes: a page number is only good for the size it was counted in.
		size: `${width}x${rows}`,
		// Asked on every key (the reducer) and every render (the views, the list's rows too): an
		// article's pages are counted once a context, which is once a size, and each is laid out when first shown.
		pagesOf: pagesAtThisSize(width, rows),
		placeOf: session.placeOf,
		reactionOf: session.reactionOf,
		isRead: session.isRead,
		mood: moodTally(articles, session, size.columns, size.body),
	};
}
