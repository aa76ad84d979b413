// A parsed feed as the articles to write: one per titled item, each item once.
// Pure, so what an import would write can be tested without a folder.
import {articleFile, itemTitle} from './article-file.js';
import {type Feed} from './feed.js';
import {type ArticleToWrite} from './write.js';

/** A feed's articles, and how many items gave none (no title, or an item already given by an earlier one with the same key). */
export type PreparedFeed = {articles: ArticleToWrite[]; untitled: number; repeated: number};

/**
 * The articles of `feed`; `fallbackSource` stands in the byline for a feed
 * without a title (the host or file it came from).
 */
export function prepareFeed(feed: Feed, fallbackSource: string): PreparedFeed {
	const articles: ArticleToWrite[] = [];
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

		const {key, text} = articleFile(feed, item, fallbackSource);
		// A feed that lists one item twice (the same guid) gets one file: the first, as readers show the first.
		if (keys.has(key)) {
			repeated++;
			continue;
		}

		keys.add(key);
		articles.push({key, title, text});
	}

	return {articles, untitled, repeated};
}
