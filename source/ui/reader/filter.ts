// The list's `/` filter: an article matches when every word of the query
// occurs, in any case, somewhere in its id, title, label, summary or byline.
//
// Typing re-filters on every key, and the reducer and the view each ask for
// the list too: at 10,000 articles every answer is kept for its query (a
// backspace finds the shorter query's answer), and a query that only adds to
// one already answered looks only among that one's matches.
import type {Article} from '../../news/article.js';

function haystack(article: Article): string {
	const byline = article.byline ? [...article.byline.authors, article.byline.source] : [];
	return [article.id, article.title, article.label ?? '', article.summary ?? '', ...byline].join('\n').toLocaleLowerCase();
}

// Each article's text is lowered once.
const haystacks = new WeakMap<Article, string>();

function matchesQuery(article: Article, terms: readonly string[]): boolean {
	let text = haystacks.get(article);
	if (text === undefined) {
		text = haystack(article);
		haystacks.set(article, text);
	}

	return terms.every(term => text.includes(term));
}

/** A query's terms: its words, lowered. */
function termsOf(query: string): string[] {
	return query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
}

/** Whether every article matching `terms` matches `wider` too: each of wider's terms lies inside one of these. */
function narrows(terms: readonly string[], wider: readonly string[]): boolean {
	return wider.every(term => terms.some(narrower => narrower.includes(term)));
}

type Answer = {terms: readonly string[]; matches: readonly Article[]};

/** How many queries a list keeps answers for: a session's typing, with room to spare. */
const keptQueries = 64;

// Per list of articles (a reload brings a new one, and the old answers go with it).
const answers = new WeakMap<readonly Article[], Map<string, Answer>>();

/**
 * The articles the query lets through, in list order; a blank query keeps
 * them all (the very same array), and the same query the same array.
 */
export function filterArticles(articles: readonly Article[], query: string): readonly Article[] {
	const terms = termsOf(query);
	if (terms.length === 0) return articles;
	let known = answers.get(articles);
	if (known === undefined) {
		known = new Map();
		answers.set(articles, known);
	}

	const key = terms.join(' ');
	const answered = known.get(key);
	if (answered !== undefined) return answered.matches;
	// The fewest candidates an answered query that this one narrows leaves.
	let candidates = articles;
	for (const answer of known.values()) {
		if (answer.matches.length < candidates.length && narrows(terms, answer.terms)) candidates = answer.matches;
	}

	const matches = candidates.filter(article => matchesQuery(article, terms));
	if (known.size >= keptQueries) known.delete(known.keys().next().value!);
	known.set(key, {terms, matches});
	return matches;
}
