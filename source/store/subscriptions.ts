// The `feeds` section of config.json: one entry a subscribed feed, keyed by
// its URL, holding what `update` needs next time (title, folder, validators)
// and what `feeds` shows (the last result). Read as every section is read:
// an entry this version cannot use is skipped, not an error, and kept.
import {isRecord, isTime, validEntries} from './file.js';

/** How the last import or update of a feed went, and when. */
export type FeedResult = {
	at: string;
	/** Articles written for the first time, rewritten, and found as they were; items skipped (no title). */
	new: number;
	updated: number;
	unchanged: number;
	skipped: number;
	/** Why the feed could not be updated, when it could not; the counts are then those of the last success. */
	error?: string;
};

/** A subscribed feed as kept in the store. */
export type Subscription = {
	/** The feed's own title when it had one. */
	title?: string;
	/** The absolute folder its articles go to; absent: the library. */
	dir?: string;
	/** The validators the server last sent, for a conditional request. */
	etag?: string;
	lastModified?: string;
	/** When it was subscribed. */
	added: string;
	last?: FeedResult;
};

/** The fields of an entry this broadsheet reads and writes; any other is a newer version's, and kept. */
export const subscriptionFields: ReadonlySet<string> = new Set(['title', 'dir', 'etag', 'lastModified', 'added', 'last']);

const counts = ['new', 'updated', 'unchanged', 'skipped'] as const;

function optionalText(value: unknown): value is string | undefined {
	return value === undefined || typeof value === 'string';
}

function feedResult(value: unknown): FeedResult | undefined {
	if (!isRecord(value) || !isTime(value['at']) || !optionalText(value['error'])) return undefined;
	const result: FeedResult = {at: value['at'], new: 0, updated: 0, unchanged: 0, skipped: 0};
	for (const count of counts) {
		const n = value[count];
		if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return undefined;
		result[count] = n;
	}

	if (typeof value['error'] === 'string') result.error = value['error'];
	return result;
}

/** The entries of the `feeds` section that this broadsheet understands, by URL. */
export function storedSubscriptions(section: unknown): Record<string, Subscription> {
	return validEntries(section, entry => {
		const {title, dir, etag, lastModified, added, last} = entry;
		if (!isTime(added) || ![title, dir, etag, lastModified].every(optionalText)) return undefined;
		const result = feedResult(last);
		if (last !== undefined && result === undefined) return undefined;
		return Object.fromEntries(Object.entries({title, dir, etag, lastModified, added, last: result}).filter(([, value]) => value !== undefined)) as Subscription;
	});
}
