// Updating subscribed feeds, as `update`, an OPML `import` and the reader's
// R all do it: four at a time, each with the validators it last got, one
// failing feed never stopping the others, and every result kept in the store.
import {createRequire} from 'node:module';
import pLimit from 'p-limit';
import {refresh, summaryLine} from '../feeds/refresh.js';
import type {FeedResult, Subscription} from '../store/store.js';
import type {Context} from './context.js';
import {libraryFolder} from './folder.js';

/** How many feeds are fetched at once. */
const atOnce = 4;

/** `broadsheet/0.1.0 (+https://…)`: who is asking, as servers like to know. */
export function userAgent(): string {
	// Bundled into dist/cli.js: package.json sits one folder above it.
	const require = createRequire(import.meta.url);
	const {version, homepage} = require('../package.json') as {version: string; homepage: string};
	return `broadsheet/${version} (+${homepage})`;
}

/** What updating some feeds came to: a line for each that worked, in the order given, how many failed, and how many articles are new. */
export type UpdateReport = {lines: string[]; failed: number; added: number};

/** How far an update has got: feeds done of feeds asked for. */
export type UpdateProgress = (done: number, total: number) => void;

/** The name a feed goes by in a line: its title, else its URL. */
export function feedName(url: string, subscription: Subscription | undefined): string {
	return subscription?.title ?? url;
}

function reason(error: unknown): string {
	return (error as Error | undefined)?.message ?? String(error);
}

/**
 * Updates these subscribed feeds into their folders, writing each result to
 * the store as it comes. Failures are said with `context.warn` as they
 * happen; the lines of the others are the report's.
 */
export async function updateFeeds(context: Context, urls: readonly string[], onProgress?: UpdateProgress): Promise<UpdateReport> {
	const store = context.store();
	const subscriptions = store.subscriptions();
	const agent = userAgent();
	const limit = pLimit(atOnce);
	let done = 0;
	let failed = 0;
	let added = 0;
	onProgress?.(0, urls.length);
	const lines = await Promise.all(urls.map(url => limit(async () => {
		const known = subscriptions[url];
		const at = new Date().toISOString();
		let line: string;
		let change: (current: Subscription | undefined) => Subscription | undefined;
		try {
			const outcome = await refresh({url}, {
				dir: known?.dir ?? libraryFolder(),
				userAgent: agent,
				validators: {etag: known?.etag, lastModified: known?.lastModified},
				onWarning: context.warn,
			});
			if (outcome.kind === 'opml') throw new Error('it is an OPML file, not a feed');
			if (outcome.kind === 'unchanged') {
				const before = known?.last;
				const articles = before ? before.new + before.updated + before.unchanged : 0;
				const result: FeedResult = {at, new: 0, updated: 0, unchanged: articles, skipped: before?.skipped ?? 0};
				line = summaryLine(feedName(url, known), result);
				change = current => current && {...current, last: result};
			} else {
				const result: FeedResult = {at, ...outcome.counts, skipped: outcome.skipped};
				added += result.new;
				const title = outcome.title ?? known?.title;
				line = summaryLine(title ?? url, result);
				change = current => current && {
					...current,
					...(title === undefined ? {} : {title}),
					etag: outcome.validators.etag,
					lastModified: outcome.validators.lastModified,
					last: result,
				};
			}
		} catch (error) {
			failed++;
			const message = reason(error);
			const said = message.startsWith(url) ? message : `${url}: ${message}`;
			context.warn(said);
			line = '';
			change = current => current && {...current, last: {...(current.last ?? {at, new: 0, updated: 0, unchanged: 0, skipped: 0}), at, error: message}};
		}

		// A feed unsubscribed while it was fetched stays unsubscribed (`current &&`).
		await store.setSubscription(url, change);
		onProgress?.(++done, urls.length);
		return line;
	})));
	return {lines: lines.filter(line => line !== ''), failed, added};
}
