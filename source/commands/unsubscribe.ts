// `unsubscribe <url | title>`: forgets a feed. Its articles stay, with their
// reactions: they are the user's now.
import {BroadsheetError} from '../errors.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';

/** Which subscription the words name: the exact URL, else the one feed with that title (letter case aside). */
export function feedNamed(words: string, subscriptions: Record<string, {title?: string}>): string {
	if (Object.hasOwn(subscriptions, words)) return words;
	const wanted = words.toLocaleLowerCase();
	const titled = Object.keys(subscriptions).filter(url => subscriptions[url]!.title?.toLocaleLowerCase() === wanted);
	if (titled.length === 1) return titled[0]!;
	if (titled.length > 1) throw new BroadsheetError(`"${words}" is the title of ${titled.length} feeds: name one by its URL: ${titled.join(', ')}`);
	throw new BroadsheetError(`no subscription "${words}" (broadsheet feeds lists them)`);
}

/** Forgets the feed and says so. */
export async function run(context: Context, action: ActionOf<'unsubscribe'>): Promise<void> {
	const store = context.store();
	// One read of the store for both: each read goes to the file again.
	const subscriptions = store.subscriptions();
	const url = feedNamed(action.feed, subscriptions);
	const title = subscriptions[url]?.title;
	await store.setSubscription(url, () => undefined);
	context.write(`unsubscribed from ${title ?? url}; its articles stay\n`);
}
