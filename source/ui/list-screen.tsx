// The list as a whole screen: header, the rows in view, and a status line
// that shows the filter as it is typed (like less's prompt).
import {useMemo} from 'react';
import {type Article} from '../news/article.js';
import {type Library} from '../news/library.js';
import {reactionById} from '../news/catalogue.js';
import {Frame} from './frame.js';
import {hints} from './key-bindings.js';
import {type ListEntry, rowLayout} from './list-row.js';
import {headerText, ListView} from './list-view.js';
import {type Message} from './reader-state.js';
import {entryOf, type StoreSnapshot} from './hooks/use-reader-store.js';

type Props = {
	library: Library;
	/** The filtered list. */
	visible: readonly Article[];
	query: string;
	/** The filter is being typed. */
	typing: boolean;
	cursor: number;
	top: number;
	/** Rows for the articles. */
	height: number;
	/** A header line above them. */
	hasHeader: boolean;
	snapshot: StoreSnapshot;
	minutesOf: (article: Article) => number;
	columns: number;
	rows: number;
	message: Message | null;
	colour: boolean;
};

export function ListScreen({library, visible, query, typing, cursor, top, height, hasHeader, snapshot, minutesOf, columns, rows, message, colour}: Props) {
	// Widths come from the whole filtered list, so columns stay put as it scrolls.
	const layout = useMemo(() => rowLayout(visible.map(article => ({article, minutes: minutesOf(article), unread: false, emoji: undefined})), columns), [visible, minutesOf, columns]);
	const entries: ListEntry[] = visible.slice(top, top + height).map(article => ({
		article,
		minutes: minutesOf(article),
		unread: entryOf(snapshot.places, article.id) === undefined,
		emoji: reactionById(entryOf(snapshot.reactions, article.id)?.reaction ?? '')?.emoji,
	}));
	const filtered = query !== '';
	const total = library.articles.length;
	const header = hasHeader ? headerText(library.folder, {shown: visible.length, total, skipped: library.skipped.length, filtered}, columns) : null;
	const status = typing
		? {left: `/${query}_`, middle: `${visible.length} of ${total}`, hints: hints.filter}
		: filtered
			? {left: `Filter: ${query}`, middle: '', hints: ['Esc clear · / edit · ? keys', 'Esc clear']}
			: {left: '', middle: '', hints: hints.list};

	return (
		<Frame columns={columns} rows={rows} message={message} colour={colour} {...status}>
			<ListView
				header={header}
				entries={entries}
				cursorRow={cursor - top}
				layout={layout}
				height={height}
				empty={filtered ? `No article matches “${query}”` : `No articles in ${library.folder}`}
				width={columns}
				colour={colour}
			/>
		</Frame>
	);
}
