// The header's lines as text: what the article file says, said for a reader.
import type {Article, Byline} from '../news/article.js';

/**
 * `Thursday, 5 February 2026 · blog`, either part alone, or null when both
 * are missing: the date as the file writes it, which is how its reader wrote
 * it for people (the ISO date is for sorting and scripts).
 */
export function metaText(article: Pick<Article, 'dateText' | 'label'>): string | null {
	const parts = [article.dateText, article.label].filter((part): part is string => part !== null && part !== '');
	return parts.length > 0 ? parts.join(' · ') : null;
}

/** `A`, `A and B`, `A, B and C`. */
function joinNames(names: string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** `By Kelly Ng and Tessa Wong, BBC News, Jan 5`; `By BBC News`; null when empty. */
export function bylineText(byline: Byline | null): string | null {
	if (byline === null) return null;
	const authors = byline.authors.filter(name => name !== '');
	const parts = [joinNames(authors), byline.source, byline.dateline ?? ''].filter(part => part !== '');
	return parts.length > 0 ? `By ${parts.join(', ')}` : null;
}

/** `Link: <url>`, the header's last line; null when the article has no link. */
export function linkText(link: string | null): string | null {
	return link === null || link === '' ? null : `Link: ${link}`;
}
