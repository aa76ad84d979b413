// `feeds [--json | --opml]`: the subscriptions, with what each last update
// brought; --opml writes them for another reader to import.
import {opmlText} from '../feeds/opml.js';
import type {Subscription} from '../store/store.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import {libraryFolder} from './folder.js';

/** A subscription as `feeds --json` gives it. */
export type FeedRow = {
	url: string;
	title: string | null;
	/** The folder its articles go to. */
	folder: string;
	added: string;
	/** When it was last imported or updated, or null. */
	updated: string | null;
	/** Articles the feed held at its last successful read, and what that read did. */
	articles: number | null;
	last: {new: number; updated: number; unchanged: number; skipped: number} | null;
	/** Why the last update failed, or null. */
	error: string | null;
};

/** The subscriptions as rows, in the order they were added. */
export function feedRows(subscriptions: Record<string, Subscription>): FeedRow[] {
	return Object.entries(subscriptions)
		.sort(([, a], [, b]) => (a.added < b.added ? -1 : a.added > b.added ? 1 : 0))
		.map(([url, entry]) => {
			const last = entry.last;
			return {
				url,
				title: entry.title ?? null,
				folder: entry.dir ?? libraryFolder(),
				added: entry.added,
				updated: last?.at ?? null,
				articles: last ? last.new + last.updated + last.unchanged : null,
				last: last ? {new: last.new, updated: last.updated, unchanged: last.unchanged, skipped: last.skipped} : null,
				error: last?.error ?? null,
			};
		});
}

function rowText(row: FeedRow): string {
	const when = row.updated === null ? 'never updated' : `updated ${row.updated.slice(0, 16).replace('T', ' ')} UTC`;
	const articles = row.articles === null ? '' : `, ${row.articles} ${row.articles === 1 ? 'article' : 'articles'}`;
	const newOnes = row.last && row.last.new > 0 ? `, ${row.last.new} new` : '';
	const failed = row.error === null ? '' : `; last update failed: ${row.error}`;
	return `${row.title ?? row.url}\n  ${row.url}\n  ${when}${articles}${newOnes}${failed}\n`;
}

/** Lists the subscriptions as text, JSON or OPML. */
export async function run(context: Context, action: ActionOf<'feeds'>): Promise<void> {
	const rows = feedRows(context.store().subscriptions());
	if (action.format === 'json') context.json(rows);
	else if (action.format === 'opml') context.write(opmlText(rows.map(row => ({url: row.url, title: row.title ?? undefined}))));
	else if (rows.length === 0) context.warn('no subscriptions yet: broadsheet import <feed URL> subscribes to one');
	else context.write(rows.map(row => rowText(row)).join(''));
}
