// The list's `/` filter: an article matches when every word of the query
// occurs, in any case, somewhere in its id, title, label, summary or byline.
import {type Article} from '../../news/article.js';
import {rememberLast} from './last-call.js';

function haystack(article: Article): string {
	const byline = article.byline ? [...article.byline.authors, article.byline.source] : [];
	return [article.id, article.title, article.label ?? '', article.summary ?? '', ...byline].join('\n').toLocaleLowerCase();
}

// Typing re-filters on every key: each article's text is lowered once.
const haystacks = new WeakMap<Article, string>();

function matchesQuery(article: Article, terms: readonly string[]): boolean {
	let text = haystacks.get(article);
	if (text === undefined) {
		text = haystack(article);
		haystacks.set(article, text);
	}

	return terms.every(term => text.includes(term));
}

/**
 * The articles the query lets through, in list order; a blank query keeps
 * them all (the very same array). The reducer and the list's view ask for
 * the same list key after key: it is the same array until the query changes.
 */
export const filterArticles = rememberLast((articles: readonly Article[], query: string): readonly Article[] => {
	const terms = query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
	return terms.length === 0 ? articles : articles.filter(article => matchesQuery(article, terms));
});
