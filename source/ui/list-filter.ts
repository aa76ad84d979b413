// The list's `/` filter: an article matches when every word of the query
// occurs, in any case, somewhere in its title, label, summary or byline.
import {type Article} from '../news/article.js';

function haystack(article: Article): string {
	const byline = article.byline ? [...article.byline.authors, article.byline.source] : [];
	return [article.title, article.label ?? '', article.summary ?? '', ...byline].join('\n').toLocaleLowerCase();
}

const haystacks = new WeakMap<Article, string>();

export function matchesQuery(article: Article, query: string): boolean {
	const terms = query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
	if (terms.length === 0) return true;
	let text = haystacks.get(article);
	if (text === undefined) {
		text = haystack(article);
		haystacks.set(article, text);
	}

	return terms.every(term => text.includes(term));
}

export function filterArticles(articles: readonly Article[], query: string): readonly Article[] {
	return query.trim() === '' ? articles : articles.filter(article => matchesQuery(article, query));
}
