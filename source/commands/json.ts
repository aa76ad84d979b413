// `--article <ref> --json`: the article as data (SPEC §4).
import {resolveRef} from '../news/library.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import {articleJson} from './json-shapes.js';

/** Writes the article as JSON, with its page count at the size asked for and its stored reaction. */
export async function run(context: Context, action: ActionOf<'json'>): Promise<void> {
	const article = resolveRef(context.library(), action.ref);
	const {pageCount} = await import('./article.js');
	const pages = pageCount(article, {...context.layoutSize(action.size), measure: context.measure});
	const reaction = context.store().reactionOf(article.id)?.reaction ?? null;
	context.json(articleJson(article, {pages, reaction}));
}
