// `--reactions`: every reacted article, newest reaction first.
import {type Article} from '../news/article.js';
import {reactionById} from '../news/catalogue.js';
import {type StoredReaction} from '../store/store.js';

export function reactionsJson(reactions: Record<string, StoredReaction>, articles: Article[]) {
	const titles = new Map(articles.map(article => [article.id, article.title]));
	return Object.entries(reactions)
		.map(([id, stored]) => ({id, title: titles.get(id) ?? null, reaction: stored.reaction, at: stored.at}))
		.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1));
}

export function reactionsText(rows: ReturnType<typeof reactionsJson>): string {
	return rows
		.map(row => {
			const reaction = reactionById(row.reaction);
			const shown = reaction ? `${reaction.emoji} ${reaction.label}` : row.reaction;
			return `${row.at}  ${shown.padEnd(14)}  ${row.id}${row.title ? `  ${row.title}` : ''}\n`;
		})
		.join('');
}
