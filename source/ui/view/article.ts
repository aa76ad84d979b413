// The article screen: one page of the article as the layout cut it (only
// this page's lines are ever handed to Ink), in the text column, and the
// page number on the status line.
import {type Line} from '../../layout/index.js';
import {currentPosition} from '../reader/reading.js';
import {linesFrom, percentRead} from '../reader/scroll.js';
import {type ReadingState} from '../reader/state.js';
import {frameView, type FrameView} from './frame.js';
import {type ViewInput} from './screen.js';

/** Everything the article screen draws. */
export type ArticleScreenView = {
	frame: FrameView;
	/** The page's lines, styled by name; the theme turns names into colours. */
	lines: readonly Line[];
	/** Rows the page may take (its lines, then blank rows). */
	height: number;
	/** Columns left blank before the text (centring on a wide terminal). */
	indent: number;
};

/** The page of the open article in view at this size. */
export function articleView(input: ViewInput<ReadingState>): ArticleScreenView {
	const {state: {reading}, context, size, keys} = input;
	const pages = context.pagesOf(reading.article);
	const position = currentPosition(reading, pages, context.size);
	const {page} = position;
	// The page holding the top line, and how much is above the bottom of the screen, as less shows it.
	const where = `Page ${page + 1}/${pages.length} ${percentRead(pages, position, size.body)}%`;
	return {
		frame: frameView(input, {left: where, middle: reading.article.title, hints: page === pages.length - 1 ? keys.hints.lastPage : keys.hints.article}),
		lines: linesFrom(pages, position, size.body),
		height: size.body,
		indent: size.column.indent,
	};
}
