// No flags, or `--article <ref>` alone: the Ink reader, on the list or on that
// article. Like git with its pager, a stdout that is not a terminal gets what
// the view would show, as text: the list, or the article printed.
import {UsageError} from '../errors.js';
import {resolveRef} from '../news/library.js';
import {type Context} from './context.js';
import {type ActionOf} from './flags.js';
import * as list from './list.js';
import * as print from './print.js';

/** Runs the reader until it quits, or prints what it would show when stdout is a pipe. */
export async function run(context: Context, {ref}: ActionOf<'reader'>): Promise<void> {
	if (!context.stdout.isTTY) {
		return ref === undefined ? list.run(context, {kind: 'list', json: false}) : print.run(context, {kind: 'print', ref, size: {}});
	}

	if (!context.stdin.isTTY) {
		throw new UsageError('the reader needs a terminal on stdin; to script it use --list, --print or --json');
	}

	const library = context.library();
	const openId = ref === undefined ? undefined : resolveRef(library, ref).id;
	// Ink and React load here, and only here.
	const {runReader} = await import('../ui/run.js');
	await runReader({library, store: context.store(), openId, colour: context.colour, measure: context.measure});
}
