// Runs the effects the reducers return, against the session's store, and
// turns their outcomes into the events that report them. Knows nothing of
// Ink or React: tested with an in-memory store.
import {errorText} from './error-text.js';
import type {Session} from './session.js';
import type {Article} from '../../news/article.js';
import type {Effect, Message, ReaderEvent} from './state.js';

/**
 * R's work, done outside the reader: subscriptions updated (saying how far it
 * has got through `say`), then the folder read again; it resolves with the
 * articles and what to tell the user.
 */
export type Reload = (say: (text: string) => void) => Promise<{articles: readonly Article[]; message: Message}>;

/**
 * What effects act on: the session's store, the way to end the reader and, in
 * a terminal, to suspend it; `reload` where the folder can be read again, and
 * `tell` for what an effect says while it runs.
 */
export type EffectDeps = {session: Session; quit(): void; suspend?(): void; redraw?(): void; reload?: Reload; openLink?(url: string): Promise<void>; tell?(event: ReaderEvent): void};

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
			return deps.session.setPlace(effect.id, effect.paragraph, effect.opening === true).then(
				() => undefined,
				(error: unknown): ReaderEvent => ({type: 'placeFailed', reason: errorText(error)}),
			);
		}

		case 'setRead': {
			return deps.session.setRead(effect.id, effect.read).then(
				() => undefined,
				(error: unknown): ReaderEvent => ({type: 'warned', text: `Not marked ${effect.read ? 'read' : 'unread'}: ${errorText(error)}`}),
			);
		}

		case 'quit': {
			deps.quit();
			return undefined;
		}

		case 'reload': {
			if (!deps.reload) return {type: 'reloaded', keep: effect.keep, message: {text: 'Nothing to reload here', error: true}};
			return deps.reload(text => deps.tell?.({type: 'reloading', text})).then(
				({articles, message}): ReaderEvent => ({type: 'reloaded', articles, keep: effect.keep, message}),
				(error: unknown): ReaderEvent => ({type: 'reloaded', keep: effect.keep, message: {text: `Not reloaded: ${errorText(error)}`, error: true}}),
			);
		}

		case 'suspend': {
			deps.suspend?.();
			return undefined;
		}

		case 'openLink': {
			if (!deps.openLink) return {type: 'warned', text: 'No browser to open links in here'};
			return deps.openLink(effect.url).then(
				(): ReaderEvent => ({type: 'told', text: `Opened ${effect.url}`}),
				(error: unknown): ReaderEvent => ({type: 'warned', text: `Could not open the link: ${errorText(error)}`}),
			);
		}

		case 'redraw': {
			deps.redraw?.();
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
