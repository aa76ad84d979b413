// No flags, or `--article <ref>` alone: the Ink reader, on the list or on that
// article. Like git with its pager, a stdout that is not a terminal gets what
// the view would show, as text: the list, or the article printed.
import {UsageError} from '../errors.js';
import {type Library, resolveRef, type ScanProgress} from '../news/library.js';
import type {Message} from '../ui/reader/state.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import type {Warnings} from '../ui/use-reader.js';
import * as list from './list.js';
import {progressBar} from './progress.js';
import * as print from './print.js';

/** Runs the reader until it quits, or prints what it would show when stdout is a pipe. */
export async function run(context: Context, {ref}: ActionOf<'reader'>): Promise<void> {
	if (!context.stdout.isTTY) {
		return ref === undefined ? list.run(context, {kind: 'list', json: false}) : print.run(context, {kind: 'print', ref, size: {}});
	}

	if (!context.stdin.isTTY) {
		throw new UsageError('the reader needs a terminal on stdin; to script it use --list, --print or --json');
	}

	// Raw mode from the first moment: keys typed while Ink loads are neither
	// echoed onto the shell's screen nor held for a line (Enter would arrive as
	// a line feed). Ink reads them once it is up.
	context.stdin.setRawMode?.(true);
	try {
		// What the store says on opening is written before the reader's screen, and stays.
		const store = context.store();
		// The folder is read with the reader's frame up, saying how far it has got; the ref is resolved after.
		const load = async (onProgress: ScanProgress) => {
			const library = await context.libraryInSlices(onProgress);
			return {library, openId: ref === undefined ? undefined : resolveRef(library, ref).id};
		};

		await withWarningsHeld(context, async warnings => {
			// The first frame is painted, and keys typed at it act, before Ink and React are loaded.
			const {paintFirstFrame} = await import('../ui/paint/start.js');
			const early = await paintFirstFrame({load, store, colour: context.colour, measure: context.measure});
			if (early === undefined) return;
			// Ink and React load here, and only here.
			const {runReader} = await import('../ui/run.js').catch((error: unknown) => {
				early.screen.give();
				throw error;
			});
			await runReader({early, store, colour: context.colour, measure: context.measure, warnings, reload: say => reload(context, say)});
		});
	} finally {
		context.stdin.setRawMode?.(false);
	}
}

/**
 * R: every subscribed feed updated, saying how far it has got, then the
 * folder read again. A failed feed is said in the status line (its reason
 * goes by as a warning too); the folder is read again all the same.
 */
async function reload(context: Context, say: (text: string) => void): Promise<{library: Library; message: Message}> {
	const urls = Object.keys(context.store().subscriptions());
	// The feed parsers load on the first R that has feeds to update, not with the reader.
	const report = urls.length === 0 ? undefined : await (await import('./feed-updates.js')).updateFeeds(context, urls, (done, total) => say(progressBar('Updating feeds', done, total)));
	const library = await context.reloadLibrary();
	const count = `${library.articles.length} ${library.articles.length === 1 ? 'article' : 'articles'}`;
	if (report === undefined) return {library, message: {text: `Reloaded: ${count}`, error: false}};
	const {failed, added} = report;
	if (failed > 0) return {library, message: {text: `${failed} of ${urls.length} feeds failed (said again on quitting); ${added} new · ${count}`, error: true}};
	return {library, message: {text: `Updated ${urls.length} ${urls.length === 1 ? 'feed' : 'feeds'}: ${added} new · ${count}`, error: false}};
}

/**
 * Runs the reader with the warnings said while it is up going to it (its
 * status line: a line on stderr would be drawn over its frame), and says
 * them again on stderr once the screen is given back.
 */
async function withWarningsHeld(context: Context, reader: (warnings: Warnings) => Promise<void>): Promise<void> {
	const heard: string[] = [];
	let listener: ((message: string) => void) | undefined;
	const undivert = context.divertWarnings(message => {
		heard.push(message);
		listener?.(message);
	});
	try {
		await reader(listen => {
			listener = listen;
			return () => {
				listener = undefined;
			};
		});
	} finally {
		undivert();
		for (const message of heard) context.warn(message);
	}
}
