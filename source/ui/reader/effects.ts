// Runs the effects the reducers return, against the session's store, and
// turns their outcomes into the events that report them. Knows nothing of
// Ink or React: tested with an in-memory store.
import {errorText} from './error-text.js';
import {type Session} from './session.js';
import {type Effect, type ReaderEvent} from './state.js';

/** What effects act on: the session's store, the way to end the reader and, in a terminal, to suspend it. */
export type EffectDeps = {session: Session; quit(): void; suspend?(): void};

/**
 * Starts `effect` at once (a place is kept before the next key is read) and
 * settles with the event that reports its outcome, if it has one to report.
 */
export async function runEffect(effect: Effect, deps: EffectDeps): Promise<ReaderEvent | undefined> {
	switch (effect.type) {
		case 'saveReaction': {
			return deps.session.setReaction(effect.id, effect.reaction).then(
				(): ReaderEvent => ({type: 'saved'}),
				(error: unknown): ReaderEvent => ({type: 'unsaved', reason: errorText(error)}),
			);
		}

		case 'savePlace': {
			return deps.session.setPlace(effect.id, effect.paragraph).then(
				() => undefined,
				(error: unknown): ReaderEvent => ({type: 'placeFailed', reason: errorText(error)}),
			);
		}

		case 'quit': {
			deps.quit();
			return undefined;
		}

		case 'suspend': {
			deps.suspend?.();
			return undefined;
		}

		default: {
			return unreachable(effect);
		}
	}
}

/** A new kind of effect that is not run here fails to compile. */
function unreachable(effect: never): never {
	throw new Error(`no runner for effect ${JSON.stringify(effect)}`);
}
