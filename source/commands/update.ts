// `update`: refreshes every subscribed feed into the folder it was imported
// into; a line a feed on stdout, a progress bar on a terminal's stderr, and
// exit 1 when any feed failed (the others are updated all the same).
import {BroadsheetError} from '../errors.js';
import type {Context} from './context.js';
import {updateFeeds} from './feed-updates.js';
import {progressBar} from './progress.js';

/** Updates the feeds and says how each went. */
export async function run(context: Context): Promise<void> {
	const urls = Object.keys(context.store().subscriptions());
	if (urls.length === 0) {
		context.warn('no subscriptions yet: broadsheet import <feed URL> subscribes to one');
		return;
	}

	await reportUpdate(context, urls);
}

/** Updates these feeds with the bar drawn, writes their lines, and fails if any failed. */
export async function reportUpdate(context: Context, urls: readonly string[]): Promise<void> {
	let report;
	try {
		report = await updateFeeds(context, urls, (done, total) => {
			context.progress(progressBar('updating feeds', done, total));
		});
	} finally {
		context.progress(undefined);
	}

	for (const line of report.lines) context.write(`${line}\n`);
	if (report.failed > 0) throw new BroadsheetError(`${report.failed} of ${urls.length} ${urls.length === 1 ? 'feed' : 'feeds'} could not be updated`);
}
