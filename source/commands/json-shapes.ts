// Every JSON shape broadsheet writes (SPEC §4), in one file, so that the
// contract scripts rely on is read in one place: the list's rows, the
// article, the reactions' rows, and the head fields the first two open with.
// Values only: the article's page count is laid out by the caller, so that
// nothing here loads layout.
import type {Article, Byline} from '../news/article.js';
import {quotesOf} from '../news/quotes.js';
import {wordsOf} from '../news/words.js';
import {isRead, type ReadingPlace, type StoredReaction} from '../store/store.js';

/** The fields that open both `--list --json`'s rows and `--article --json`, in SPEC §4's order. */
type HeadFields = Pick<Article, 'id' | 'file' | 'date' | 'title' | 'label' | 'summary'>;

/** One row of `--list --json`: `read` is opened and not marked unread; `page` the stored place as a page at 80×24, or null. */
type ListRow = HeadFields & {words: number; reaction: string | null; read: boolean; page: number | null};

/** What the list knows of each article beyond the file: its reaction, and its place as the reader keeps it. */
export type ListState = {
	reactions: Record<string, StoredReaction>;
	places: Record<string, ReadingPlace>;
	/** The 1-based page at the default size that a stored place reopens on (laid out by the caller). */
	pageOf(article: Article, place: ReadingPlace): number;
};

/** `--article <ref> --json`. */
type ArticleShape = HeadFields & {
	byline: Byline | null;
	paragraphs: string[];
	quotes: string[];
	prompt: string | null;
	link: string | null;
	words: number;
	/** The page count at the size asked for. */
	pages: number;
	reaction: string | null;
};

/** One row of `--reactions --json`; `title` is null for an article no longer in the folder. */
export type ReactionRow = {id: string; title: string | null; reaction: string; at: string};

function headFields(article: Article): HeadFields {
	return {
		id: article.id,
		file: article.file,
		date: article.date,
		title: article.title,
		label: article.label,
		summary: article.summary,
	};
}

/** `--list --json`: the articles in list order, each with its stored reaction, whether it is read, and the page its place reopens on. */
export function listJson(articles: Article[], {reactions, places, pageOf}: ListState): ListRow[] {
	return articles.map(article => {
		const place = places[article.id];
		// Field by field, not a spread of headFields: ten thousand rows are made at once.
		return {
			id: article.id,
			file: article.file,
			date: article.date,
			title: article.title,
			label: article.label,
			summary: article.summary,
			words: wordsOf(article),
			reaction: reactions[article.id]?.reaction ?? null,
			read: isRead(place),
			page: place === undefined ? null : pageOf(article, place),
		};
	});
}

/** `--article <ref> --json`, given the pages it takes at the size asked for and its stored reaction. */
export function articleJson(article: Article, {pages, reaction}: {pages: number; reaction: string | null}): ArticleShape {
	return {
		...headFields(article),
		byline: article.byline,
		paragraphs: article.paragraphs,
		quotes: quotesOf(article.paragraphs),
		prompt: article.prompt,
		link: article.link,
		words: wordsOf(article),
		pages,
		reaction,
	};
}

/** `--reactions --json`: every stored reaction, newest first (ties by id), titled from the folder where it still holds the article. */
export function reactionsJson(reactions: Record<string, StoredReaction>, articles: Article[]): ReactionRow[] {
	const titles = new Map(articles.map(article => [article.id, article.title]));
	return Object.entries(reactions)
		.map(([id, stored]) => ({id, title: titles.get(id) ?? null, reaction: stored.reaction, at: stored.at}))
		.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1));
}

// JSON.stringify escapes C0 but leaves C1 (U+0080–U+009F), the bidi
// controls and the line separators raw: a terminal acts on C1 (U+009B is CSI).
const rawInJson = /[\u0080-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** A value as indented JSON with every character that could act on a terminal written as a `\uXXXX` escape (which JSON reads back as the same string). */
export function jsonText(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(rawInJson, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
