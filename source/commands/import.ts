// `import <source>`: a feed file or URL becomes article files in the folder
// (SPEC §7); a URL is remembered as a subscription, and an OPML file
// subscribes to every feed in it and updates them.
import path from 'node:path';
import {refresh, sourceOf, summaryLine} from '../feeds/refresh.js';
import type {Subscription} from '../store/store.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import {userAgent} from './feed-updates.js';
import {reportUpdate} from './update.js';

/** A new subscription's entry, or the one already kept (its validators and results stay). */
function subscribed(current: Subscription | undefined, title: string | undefined, dir: string | undefined): Subscription {
	return current ?? {
		added: new Date().toISOString(),
		...(title === undefined ? {} : {title}),
		...(dir === undefined ? {} : {dir}),
	};
}

/** Imports the source, and says what it did in one line (a line a feed for OPML). */
export async function run(context: Context, action: ActionOf<'import'>): Promise<void> {
	const source = sourceOf(action.source);
	const {folder, given} = context.importFolder();
	const dir = given ? folder : undefined;
	// Imported afresh: no validators, so that the whole feed is read and the folder checked against it.
	const outcome = await refresh(source, {dir: folder, userAgent: userAgent(), onWarning: context.warn});
	if (outcome.kind === 'opml') {
		const store = context.store();
		for (const feed of outcome.feeds) {
			await store.setSubscription(feed.url, current => subscribed(current, feed.title, dir));
		}

		context.warn(`${action.source}: subscribed to ${outcome.feeds.length} ${outcome.feeds.length === 1 ? 'feed' : 'feeds'}; updating them`);
		if (outcome.feeds.length > 0) await reportUpdate(context, outcome.feeds.map(feed => feed.url));
		return;
	}

	if (outcome.kind === 'unchanged') return;
	const name = outcome.title ?? ('url' in source ? source.url : path.basename(source.file));
	if ('url' in source) {
		const at = new Date().toISOString();
		await context.store().setSubscription(source.url, current => {
			const entry = subscribed(current, outcome.title, dir);
			// Imported again into another folder: updates go where the articles now are.
			delete entry.dir;
			return {
				...entry,
				...(dir === undefined ? {} : {dir}),
				...(outcome.title === undefined ? {} : {title: outcome.title}),
				etag: outcome.validators.etag,
				lastModified: outcome.validators.lastModified,
				last: {at, ...outcome.counts, skipped: outcome.skipped},
			};
		});
	}

	context.write(`${summaryLine(name, {...outcome.counts, skipped: outcome.skipped})}\n`);
}
