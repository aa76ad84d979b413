// The list screen as text: a header naming the folder and the count, the
// rows of the window in view (however long the list, only those), and a
// status line that shows the filter as it is typed, like less's prompt.
import {pageOfPlace} from '../../layout/index.js';
import type {Article} from '../../news/article.js';
import {wordsOf} from '../../news/words.js';
import {rememberLast} from '../reader/last-call.js';
import {listTop, visibleArticles} from '../reader/list.js';
import {clampIndex} from '../reader/list-window.js';
import {entryOf} from '../reader/session.js';
import {displayWidth, truncateEnd, truncateStart} from './fit.js';
import {frameView, type FrameView} from './frame.js';
import {type ListEntry, readingMinutes, rowLayout, type RowLayout, type RowParts, rowParts} from './list-row.js';
import type {ViewInput} from './screen.js';
import type {StepContext} from '../reader/state.js';
import type {StatusText} from './status.js';

/** One row in view, in parts, with what its styles depend on. */
type ListRowView = RowParts & {id: string; selected: boolean; unread: boolean};

/** Everything the list screen draws. */
export type ListScreenView = {
	frame: FrameView;
	/** Null when the terminal is too short for one. */
	header: string | null;
	/** The rows in view, top first. */
	rows: ListRowView[];
	/** What shows instead of rows when there are none. */
	empty: string | null;
	/** Rows of the window, below the header. */
	height: number;
};

// A scanned article's words were counted when its file was read (or come from
// the library index): a row asks for no body. An article made otherwise is counted once.
const minutesOf = new WeakMap<Article, number>();
function minutes(article: Article): number {
	let known = minutesOf.get(article);
	if (known === undefined) {
		known = readingMinutes(wordsOf(article));
		minutesOf.set(article, known);
	}

	return known;
}

// Widths come from the whole list, so that columns stay put as it scrolls
// and as the filter narrows it (issue 9); the same array comes back until the
// folder is read again.
const layoutOf = rememberLast((visible: readonly Article[], width: number): RowLayout => rowLayout(visible.map(article => ({article, minutes: minutes(article), unread: false, emoji: undefined})), width));

type Counts = {shown: number; total: number; skipped: number; filtered: boolean; unreadOnly: boolean};

function headerText(folder: string, {shown, total, skipped, filtered, unreadOnly}: Counts, width: number): string {
	const noun = total === 1 ? 'article' : 'articles';
	const count = (filtered || unreadOnly ? `${shown}${unreadOnly ? ' unread' : ''} of ${total} ${noun}` : `${total} ${noun}`) + (skipped > 0 ? ` · ${skipped} skipped` : '');
	const name = 'broadsheet';
	const folderRoom = width - displayWidth(name) - displayWidth(count) - 4;
	if (folderRoom < 8) return truncateEnd(count, width);
	return `${name}  ${truncateStart(folder, folderRoom)}  ${count}`;
}

// Begun: a place past the first paragraph whose page is not the last (as
// `--list` counts it), at this size; the context lays the pages out once.
function isBegun(article: Article, paragraph: number | undefined, context: StepContext): boolean {
	if (paragraph === undefined || paragraph === 0) return false;
	const pages = context.pagesOf(article);
	return pageOfPlace(pages, paragraph) < pages.length - 1;
}

/** The header over a mood group's articles: which group of which grouping, how many of its articles are listed, and any whose file is gone. */
function groupHeader(by: string, group: {key: string; articles: readonly string[]}, shown: number, inFolder: number, width: number): string {
	const noun = group.articles.length === 1 ? 'article' : 'articles';
	const count = shown === inFolder ? `${inFolder} ${noun}` : `${shown} of ${inFolder} ${noun}`;
	const gone = group.articles.length - inFolder;
	return truncateEnd(`Mood by ${by}: ${group.key} · ${count}${gone > 0 ? ` · ${gone} no longer in the folder` : ''}`, width);
}

/** The list screen for this state. */
export function listView(input: ViewInput): ListScreenView {
	const {state, context, library, snapshot, size, keys} = input;
	const {query} = state.list;
	const visible = visibleArticles(state, context);
	const cursor = clampIndex(state.list.cursor, visible.length);
	const top = listTop(state, context, visible);
	const layout = layoutOf(context.articles, size.columns);
	const rows = visible.slice(top, top + size.list.articles).map((article, index): ListRowView => {
		const stored = entryOf(snapshot.reactions, article.id)?.reaction;
		const entry: ListEntry = {
			article,
			minutes: minutes(article),
			unread: !context.isRead(article.id),
			begun: context.isRead(article.id) && isBegun(article, context.placeOf(article.id), context),
			emoji: stored === undefined ? undefined : context.catalogue.find(reaction => reaction.id === stored)?.emoji,
		};
		const selected = top + index === cursor;
		return {...rowParts(entry, layout, selected), id: article.id, selected, unread: entry.unread};
	});
	const filtered = query !== '';
	const total = library.articles.length;
	const group = state.mood?.screen.group ?? null;
	const status: StatusText = state.mode === 'filter'
		? {left: `/${query}_`, middle: `${visible.length} of ${total}`, hints: keys.hints.filter}
		: filtered
			? {left: `Filter: ${query}`, middle: '', hints: keys.hints.filtered}
			: group === null ? {left: '', middle: '', hints: keys.hints.list} : {left: `Mood: ${group.key}`, middle: '', hints: keys.hints.group};
	const counts = {shown: visible.length, total, skipped: library.skipped.length, filtered, unreadOnly: state.list.unreadOnly !== null};
	// A group's articles still in the folder: the list of the whole group, before any filter.
	const inGroup = group === null ? 0 : visibleArticles({...state, list: {...state.list, query: '', unreadOnly: null}}, context).length;
	const header = group === null ? headerText(library.folder, counts, size.columns) : groupHeader(state.mood!.screen.by, group, visible.length, inGroup, size.columns);
	const emptyText = filtered ? `No article matches “${query}”` : state.list.unreadOnly ? 'No unread articles (u shows them all)' : group === null ? `No articles in ${library.folder}` : 'None of this group\'s articles is in the folder now (Esc goes back)';
	return {
		frame: frameView(input, status),
		header: size.list.hasHeader ? header : null,
		rows,
		empty: rows.length === 0 ? truncateEnd(emptyText, size.columns) : null,
		height: size.list.articles,
	};
}
