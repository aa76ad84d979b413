// `--list`: the library as lines for people or as JSON for scripts.
import {type Article} from '../news/article.js';
import {countWords} from '../news/words.js';
import {headFields} from './fields.js';
import {reactionById} from '../news/catalogue.js';
import {type StoredReaction} from '../store/store.js';

type Reactions = Record<string, StoredReaction>;

export function listJson(articles: Article[], reactions: Reactions) {
	return articles.map(article => ({
		...headFields(article),
		words: countWords(article.paragraphs),
		reaction: reactions[article.id]?.reaction ?? null,
	}));
}

/**
 * One line an article: position (a ref), date, reaction emoji, id, title
 * and label. Nothing is truncated: a pipe has no width, and grep wants it all.
 */
export function listText(articles: Article[], reactions: Reactions): string {
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
