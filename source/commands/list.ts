// `--list`: the library as lines for people or as JSON for scripts, with a
// warning for each file that is not an article.
import {type Article} from '../news/article.js';
import {reactionById} from '../news/catalogue.js';
import {type StoredReaction} from '../store/store.js';
import {type Context} from './context.js';
import {type ActionOf} from './flags.js';
import {listJson} from './json-shapes.js';

/**
 * One line an article: position (a ref), date, reaction emoji, id, title
 * and label. Nothing is truncated: a pipe has no width, and grep wants it all.
 */
function listText(articles: Article[], reactions: Record<string, StoredReaction>): string {
	const positionWidth = String(articles.length).length;
	return articles
		.map((article, index) => {
			const emoji = reactionById(reactions[article.id]?.reaction ?? '')?.emoji ?? '  ';
			const label = article.label ? ` [${article.label}]` : '';
			const date = article.date ?? '—'.padEnd(10);
			return `${String(index + 1).padStart(positionWidth)}  ${date}  ${emoji}  ${article.id}  ${article.title}${label}\n`;
		})
		.join('');
}

/** Writes the list, newest first. */
export async function run(context: Context, action: ActionOf<'list'>): Promise<void> {
	const library = context.library();
	for (const {file, reason} of library.skipped) context.warn(`skipping ${file}: ${reason}`);
	const reactions = context.store().reactions();
	if (action.json) context.json(listJson(library.articles, reactions));
	else context.write(listText(library.articles, reactions));
}
