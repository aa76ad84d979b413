// `--article <ref> --react <reaction|none>`: keeps how the article made you
// feel. The reactions it takes are the catalogue's, as --help lists them.
import {UsageError} from '../errors.js';
import {type Reaction, reactionById, type ReactionId, reactions} from '../news/catalogue.js';
import {resolveRef} from '../news/library.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import {OutputError, written} from './output.js';

/** The reaction a word names, or null for `none`; any other word is a UsageError that lists the words. */
export function reactionNamed(word: string, catalogue: readonly Reaction[] = reactions): ReactionId | null {
	if (word === 'none') return null;
	const found = catalogue.find(reaction => reaction.id === word);
	if (!found) throw new UsageError(`unknown reaction "${word}"; use one of: ${[...catalogue.map(reaction => reaction.id), 'none'].join(', ')}`);
	return found.id;
}

/** Stores the reaction (or clears it) and says what the article now holds. */
export async function run(context: Context, action: ActionOf<'react'>): Promise<void> {
	// A bad reaction is a usage error, found before any file is read.
	const reaction = reactionNamed(action.reaction);
	const article = resolveRef(context.library(), action.ref);
	// The lock may be held for as long as about 20 s: say so after a second rather than wait in silence.
	await context.store().setReaction(article.id, reaction, undefined, {
		onWait(lockPath) {
			context.warn(`waiting for the lock on ${lockPath}…`);
		},
	});
	const shown = reaction ? `${reactionById(reaction)!.emoji} ${reaction}` : 'no reaction';
	context.write(`${article.id}: ${shown}\n`);
	// The reaction is stored whether or not this line could be written: say
	// so, so that a script seeing exit 1 knows the store already holds it.
	await written(context.stdout).catch((error: unknown) => {
		throw error instanceof OutputError ? new OutputError(`${article.id}: ${shown} is stored, but ${error.message}`) : error;
	});
}
