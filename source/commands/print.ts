// `--article <ref> --print`: the article as the reader lays it out.
import {resolveRef} from '../news/library.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';

/** Writes the article's pages, or the one page asked for, at the size asked for or the terminal's, a page at a time. */
export async function run(context: Context, action: ActionOf<'print'>): Promise<void> {
	const article = resolveRef(context.library(), action.ref);
	// Layout (string-width, Intl.Segmenter, chalk) loads only for the commands that lay out.
	const {printPages} = await import('./article.js');
	printPages(article, {...context.layoutSize(action.size), measure: context.measure, page: action.page, colour: context.colour}, text => {
		context.write(text);
	});
}
