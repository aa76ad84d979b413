// The article screen: one page of the article as the layout cut it (only
// this page's lines are ever handed to Ink), in the text column, and the
// page number on the status line.
import {type Line, lineText, type Run} from '../../layout/index.js';
import {currentPosition} from '../reader/reading.js';
import {linesFrom, percentRead} from '../reader/scroll.js';
import {matchRanges} from '../reader/search.js';
import {entryOf} from '../reader/session.js';
import type {ReadingState} from '../reader/state.js';
import {frameView, type FrameView} from './frame.js';
import type {ViewInput} from './screen.js';

/** Everything the article screen draws. */
export type ArticleScreenView = {
	frame: FrameView;
	/** The page's lines, styled by name; the theme turns names into colours. */
	lines: readonly Line[];
	/** Rows the page may take (its lines, then blank rows). */
	height: number;
	/** Columns left blank before the text (centring on a wide terminal). */
	indent: number;
	/** The article's link, which the Link line points at where the terminal follows hyperlinks. */
	link: string | null;
};

// A line with the search's matches set in their own style, over whatever
// style they had (a match inside a quote shows as a match).
function highlighted(line: Line, pattern: string): Line {
	const text = lineText(line);
	const ranges = matchRanges(text, pattern).filter(([start, end]) => end > start);
	if (ranges.length === 0) return line;
	const runs: Run[] = [];
	let at = 0;
	for (const run of line.runs) {
		const end = at + run.text.length;
		let from = at;
		for (const [start, stop] of ranges) {
			if (stop <= from || start >= end) continue;
			if (start > from) runs.push({text: text.slice(from, start), style: run.style});
			runs.push({text: text.slice(Math.max(start, from), Math.min(stop, end)), style: 'match'});
			from = Math.min(stop, end);
		}

		if (from < end) runs.push({text: text.slice(from, end), style: run.style});
		at = end;
	}

	return {...line, runs};
}

/** The page of the open article in view at this size; while a search is typed, its prompt in the status line. */
export function articleView(input: ViewInput<ReadingState>): ArticleScreenView {
	const {state, context, size, keys, snapshot} = input;
	const {reading, search} = state;
	const pages = context.pagesOf(reading.article);
	const position = currentPosition(reading, pages, context.size);
	const {page} = position;
	// The page holding the top line, and how much is above the bottom of the screen, as less shows it.
	const where = `Page ${page + 1}/${pages.length} ${percentRead(pages, position, size.body)}%`;
	// The reaction kept for the article, beside its title, so that reading it again shows how it made you feel.
	const stored = entryOf(snapshot.reactions, reading.article.id)?.reaction;
	const emoji = stored === undefined ? undefined : context.catalogue.find(reaction => reaction.id === stored)?.emoji;
	const reactionShown = emoji === undefined ? '' : `${emoji} `;
	const status = state.mode === 'search'
		? {left: `/${search.query}_`, middle: '', hints: keys.hints.search}
		: {left: where, middle: reactionShown + reading.article.title, hints: page === pages.length - 1 ? keys.hints.lastPage : keys.hints.article};
	const lines = linesFrom(pages, position, size.body);
	return {
		frame: frameView(input, status),
		lines: search.active === null ? lines : lines.map(line => highlighted(line, search.active!)),
		height: size.body,
		indent: size.column.indent,
		link: reading.article.link,
	};
}
