// Subscriptions as OPML 2.0, the list every feed reader exchanges (newsboat
// `import`, Thunderbird, NetNewsWire). Reading OPML is read-feed's: this is
// only the writing.
import {escapeUTF8} from 'entities';

/** One feed as OPML writes it. */
export type OpmlFeed = {url: string; title?: string};

/** An OPML 2.0 document with one `rss` outline a feed, created at `now`. */
export function opmlText(feeds: readonly OpmlFeed[], now = new Date()): string {
	const outlines = feeds.map(({url, title}) => {
		const name = escapeUTF8(title ?? url);
		return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeUTF8(url)}"/>\n`;
	});
	return '<?xml version="1.0" encoding="UTF-8"?>\n'
		+ '<opml version="2.0">\n'
		+ '  <head>\n'
		+ '    <title>broadsheet subscriptions</title>\n'
		+ `    <dateCreated>${now.toUTCString()}</dateCreated>\n`
		+ '  </head>\n'
		+ '  <body>\n'
		+ outlines.join('')
		+ '  </body>\n'
		+ '</opml>\n';
}
