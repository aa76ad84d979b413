// A parsed feed as the articles to write: one per titled item, each item once.
// Pure, so what an import would write can be tested without a folder. The
// articles are made as they are taken, so that a large feed's first files can
// be written while its later ones are still being made.
import {articleFile, itemTitle} from './article-file.js';
import {type Feed, type FeedItem} from './feed.js';
import {type ArticleToWrite} from './write.js';

/**
 * A feed's articles, made when iterated (once); how many there will be at
 * most; how many items give none for want of a title; and, once iterated, how
 * many were left out for repeating an earlier item's key.
 */
export type PreparedFeed = {articles: Iterable<ArticleToWrite>; count: number; untitled: number; repeated(): number};

/**
 * The articles of `feed`; `fallbackSource` stands in the byline for a feed
 * without a title (the host or file it came from).
 */
export function prepareFeed(feed: Feed, fallbackSource: string): PreparedFeed {
	// A title of nothing but controls and blank space is no title either.
	const titled: Array<{item: FeedItem; title: string}> = [];
	for (const item of feed.items) {
		const title = itemTitle(item);
		if (title !== undefined) titled.push({item, title});
	}

	let repeated = 0;
	function* articles(): Generator<ArticleToWrite> {
		const keys = new Set<string>();
		for (const {item, title} of titled) {
			const {key, text} = articleFile(feed, item, fallbackSource);
			// A feed that lists one item twice (the same guid) gets one file: the first, as readers show the first.
			if (keys.has(key)) {
				repeated++;
				continue;
			}

			keys.add(key);
			yield {key, title, text};
		}
	}

	return {articles: articles(), count: titled.length, untitled: feed.items.length - titled.length, repeated: () => repeated};
}
