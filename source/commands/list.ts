// `--list`: the library as lines for people or as JSON for scripts, with a
// warning for each file that is not an article (the first 20; the rest
// counted in one line).
import type {Article} from '../news/article.js';
import type {Library} from '../news/library.js';
import {reactionById} from '../news/catalogue.js';
import {isRead, type ReadingPlace} from '../store/store.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import {listJson, type ListState} from './json-shapes.js';

/** The size a place is counted in pages at: SPEC §4's default terminal. */
const defaultTerminal = {width: 80, height: 24};

/** Where an article stands: never opened or marked unread (`N`, as mutt and newsboat mark new mail), begun and left before its last page (`~`), or read (`-`). */
type ReadState = 'N' | '~' | '-';

const printableAscii = /^[\u0020-\u007E]*$/;

/** Text as wide as a terminal may draw it, for padding columns. */
type Measure = (text: string) => number;

/**
 * One line an article, in fixed columns two spaces apart: position (a ref),
 * read state, date (`—` when undated), reaction emoji (`-` when none), id
 * (padded to the longest), then title and `[label]`. Every field before the
 * title is one word, so awk's $1…$5 are always the same fields; nothing is
 * truncated, since a pipe has no width and grep wants it all.
 */
function listText(articles: Article[], reactions: ListState['reactions'], readState: (article: Article) => ReadState, width: Measure): string {
	const positionWidth = String(articles.length).length;
	const idWidth = Math.max(0, ...articles.map(article => width(article.id)));
	return articles
		.map((article, index) => {
			const emoji = reactionById(reactions[article.id]?.reaction ?? '')?.emoji;
			// An emoji takes two columns, so the placeholder does too.
			const reaction = emoji ?? '- ';
			const label = article.label ? ` [${article.label}]` : '';
			const date = article.date ?? '—'.padEnd(10);
			const id = article.id + ' '.repeat(idWidth - width(article.id));
			return `${String(index + 1).padStart(positionWidth)}  ${readState(article)}  ${date}  ${reaction}  ${id}  ${article.title}${label}\n`;
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

/**
 * Writes the list, newest first. Layout loads only when a place needs
 * counting in pages (a place at paragraph 0 is page 1), and for the text's
 * display widths; a list of unopened articles in JSON lays out nothing.
 */
export async function run(context: Context, action: ActionOf<'list'>): Promise<void> {
	const library = context.library();
	for (const warning of skipWarnings(library.skipped)) context.warn(warning);
	const store = context.store();
	const reactions = store.reactions();
	const places = store.places();
	const opened = library.articles.some(article => (places[article.id]?.paragraph ?? 0) > 0);
	const {placePage} = opened ? await import('./article.js') : {placePage: undefined};
	const terminal = {...defaultTerminal, measure: context.measure};
	// Counting an article's pages needs its body: the library index keeps each count, so a list of thousands of
	// opened articles reads the bodies of those opened or changed since the last list only.
	const {placePages} = library;
	const where = (article: Article, place: ReadingPlace): {page: number; pages: number | undefined} => {
		if (place.paragraph === 0 || placePage === undefined) return {page: 1, pages: undefined};
		const known = placePages?.known(article, place.paragraph);
		if (known) return known;
		const counted = placePage(article, place.paragraph, terminal);
		placePages?.keep(article, place.paragraph, counted);
		return counted;
	};

	const pageOf = (article: Article, place: ReadingPlace) => where(article, place).page;
	if (action.json) {
		context.json(listJson(library.articles, {reactions, places, pageOf}));
		placePages?.save();
		return;
	}

	const readState = (article: Article): ReadState => {
		const place = places[article.id];
		if (place === undefined || !isRead(place)) return 'N';
		const {page, pages} = where(article, place);
		return pages !== undefined && page < pages ? '~' : '-';
	};

	// Most ids are ASCII slugs, one column a character: the width tables load only for the others.
	const plain = library.articles.every(article => printableAscii.test(article.id));
	const width = plain ? (text: string) => text.length : (await import('./text-width.js')).textWidth;
	context.write(listText(library.articles, reactions, readState, width));
	placePages?.save();
}
