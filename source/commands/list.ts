// `--list`: the library as lines for people or as JSON for scripts, with a
// warning for each file that is not an article (the first 20; the rest
// counted in one line).
import {type Article} from '../news/article.js';
import {type Library} from '../news/library.js';
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

/** How many skipped files are named one by one; those past it are counted in one line. */
const namedSkips = 20;

/** A count as people read it: 99,980. */
const counted = (count: number) => count.toLocaleString('en-US');

/**
 * The warnings for the files that are not articles: one line each for the
 * first `namedSkips`, then one line counting the rest by reason, most common
 * first (a folder of 100,000 empty files says so in 21 lines, not 100,000).
 */
export function skipWarnings(skipped: Library['skipped']): string[] {
	const named = skipped.slice(0, namedSkips).map(({file, reason}) => `skipping ${file}: ${reason}`);
	const rest = skipped.slice(namedSkips);
	if (rest.length === 0) return named;
	const byReason = new Map<string, number>();
	for (const {reason} of rest) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
	const reasons = [...byReason].sort(([a, one], [b, other]) => other - one || (a < b ? -1 : 1));
	const shown = reasons.slice(0, 3).map(([reason, count]) => `${reason}: ${counted(count)}`);
	if (reasons.length > 3) shown.push(`${counted(reasons.length - 3)} more reasons`);
	const noun = rest.length === 1 ? 'file' : 'files';
	return [...named, `… and ${counted(rest.length)} more ${noun} skipped (${shown.join('; ')})`];
}

/** Writes the list, newest first. */
export async function run(context: Context, action: ActionOf<'list'>): Promise<void> {
	const library = context.library();
	for (const warning of skipWarnings(library.skipped)) context.warn(warning);
	const reactions = context.store().reactions();
	if (action.json) context.json(listJson(library.articles, reactions));
	else context.write(listText(library.articles, reactions));
}
