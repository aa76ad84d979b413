// `--reactions`: every reacted article, newest reaction first, as text, as
// JSON, or as CSV for a spreadsheet.
import type {Article, Byline} from '../news/article.js';
import {reactionById} from '../news/catalogue.js';
import {StoreError, type StoredReaction} from '../store/store.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';
import {type ReactionRow, reactionsJson} from './json-shapes.js';

/** Two digits, as a clock writes them. */
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A stored time as people read it and `sort` orders it: `2026-12-01 10:15`,
 * in local time (as ls and git log show times), always 16 columns. The store
 * keeps the exact ISO time; --json gives that.
 */
function shownTime(iso: string): string {
	const time = new Date(iso);
	return `${time.getFullYear()}-${twoDigits(time.getMonth() + 1)}-${twoDigits(time.getDate())} ${twoDigits(time.getHours())}:${twoDigits(time.getMinutes())}`;
}

/** One line a reaction, in columns two spaces apart: time, reaction, id (padded to the longest) and the title when the folder holds it. */
function reactionsText(rows: ReactionRow[], width: (text: string) => number): string {
	const shown = rows.map(row => {
		const reaction = reactionById(row.reaction);
		return reaction ? `${reaction.emoji} ${reaction.label}` : row.reaction;
	});
	const reactionWidth = Math.max(0, ...shown.map(text => width(text)));
	// Without a title the id ends the line: no padding trails it.
	const idWidth = Math.max(0, ...rows.filter(row => row.title).map(row => width(row.id)));
	return rows
		.map((row, index) => {
			const reaction = shown[index]! + ' '.repeat(reactionWidth - width(shown[index]!));
			const title = row.title ? `${' '.repeat(Math.max(0, idWidth - width(row.id)))}  ${row.title}` : '';
			return `${shownTime(row.at)}  ${reaction}  ${row.id}${title}\n`;
		})
		.join('');
}

/** What the CSV reads of an article in the folder: the head's fields, never the body. */
type CsvArticle = Pick<Article, 'id' | 'title' | 'label' | 'date'> & {byline: Pick<Byline, 'source'> | null};

/** The CSV's columns, its first line. */
const csvColumns = ['id', 'title', 'source', 'label', 'date', 'reaction', 'time'];

// A spreadsheet runs a cell that starts with one of these as a formula
// (`=HYPERLINK(…)`, `@SUM(…)`; tab and CR are read past to one): see
// docs/decisions.md, "Mood and CSV".
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field as RFC 4180 writes it: quoted, its quotes doubled, when it
 * holds a quote, a comma or a line break. Text from outside (`outside`: an
 * id, a title, a source, a label) that a spreadsheet would run as a
 * formula is written after a `'`, which spreadsheets read as "text".
 */
export function csvField(value: string, outside = true): string {
	const text = outside && formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * `--reactions --csv`: a header line, then one line an article, newest
 * reaction first (as --reactions), CRLF-ended as RFC 4180 says; the title,
 * source, label and date of an article no longer in the folder are empty,
 * and `time` is the stored ISO time.
 */
export function reactionsCsv(reactions: Record<string, StoredReaction>, articles: readonly CsvArticle[]): string {
	const byId = new Map(articles.map(article => [article.id, article]));
	const lines = reactionsJson(reactions, []).map(row => {
		const article = byId.get(row.id);
		const outside = [row.id, article?.title ?? '', article?.byline?.source ?? '', article?.label ?? ''].map(value => csvField(value));
		return [...outside, ...[article?.date ?? '', row.reaction, row.at].map(value => csvField(value, false))].join(',');
	});
	return [csvColumns.join(','), ...lines].map(line => `${line}\r\n`).join('');
}

/**
 * Writes the stored reactions, titled from the folder. The store is read as
 * every command reads it: entries whose id or time this version cannot trust
 * are skipped, so nothing from the file can drive the terminal. A store that
 * cannot be read fails: the reactions are all this command shows.
 */
export async function run(context: Context, action: ActionOf<'reactions'>): Promise<void> {
	const store = context.store();
	if (store.readError !== undefined) throw new StoreError(store.readError);
	if (action.csv) {
		context.write(reactionsCsv(store.reactions(), context.library().articles));
		return;
	}

	const rows = reactionsJson(store.reactions(), context.library().articles);
	if (action.json) {
		context.json(rows);
		return;
	}

	const {textWidth} = await import('./text-width.js');
	context.write(reactionsText(rows, textWidth));
}
