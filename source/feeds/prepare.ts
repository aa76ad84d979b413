// A parsed feed as the articles to write: one per titled item, each item once.
// Pure, so what an import would write can be tested without a folder. Only
// the plan is made here (which items, under which keys and titles); the
// articles' text is made where they are written, one at a time.
import {itemKey, itemTitle} from './article-file.js';
import type {Feed, FeedItem} from './feed.js';

/** An item that becomes an article: its stable key and its title (a new file's name comes from both). */
export type PlannedArticle = {item: FeedItem; key: string; title: string};

/** A feed's articles to be, and how many items give none: no title, or the key of an item before them. */
export type PreparedFeed = {planned: PlannedArticle[]; untitled: number; repeated: number};

/** The items of `feed` that become articles, in the feed's order. */
export function prepareFeed(feed: Feed): PreparedFeed {
	const planned: PlannedArticle[] = [];
	const keys = new Set<string>();
	let untitled = 0;
	let repeated = 0;
	for (const item of feed.items) {
		// A title of nothing but controls and blank space is no title either.
		const title = itemTitle(item);
		if (title === undefined) {
			untitled++;
			continue;
		}

		const key = itemKey(feed, item);
		// A feed that lists one item twice (the same guid) gets one file: the first, as readers show the first.
		if (keys.has(key)) {
			repeated++;
			continue;
		}

		keys.add(key);
		planned.push({item, key, title});
	}

	return {planned, untitled, repeated};
}
