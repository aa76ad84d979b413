// How the news made the reader feel (SPEC §8): the stored reactions counted
// by ISO week of when they were given, by source or by label. One counting
// function for `--mood`, its JSON and the reader's mood screen, so that the
// three cannot disagree; and the summary line, which only says what a number
// it was computed from says.
import type {Article} from './article.js';
import {reactionById, reactionIds, type ReactionId} from './catalogue.js';

/** What a mood view groups by. */
export type MoodKey = 'week' | 'source' | 'label';

/** The groupings, in the order the mood screen's Tab goes through them. */
export const moodKeys: readonly MoodKey[] = ['week', 'source', 'label'];

/** What the tally needs of an article in the folder: its id, the byline's source and the label (null when it has none). */
export type MoodArticle = {id: string; source: string | null; label: string | null};

/** What the tally keeps of an article: its id, its byline's source and its label. */
export function moodArticle({id, byline, label}: Pick<Article, 'id' | 'byline' | 'label'>): MoodArticle {
	return {id, source: byline?.source ?? null, label};
}

/** A stored reaction as the store gives it: the reaction, and when it was given (ISO-8601). */
type Given = {reaction: ReactionId; at: string};

/** The group of an article that has no byline, or no label. */
const noSource = '(no source)';
/** The group of an article that has no label. */
const noLabel = '(no label)';
/**
 * The source and label group of a reacted article whose file is no longer in
 * the folder: what it was is not known, and `(no source)` would say it had
 * none. It still counts, under its id, in every grouping.
 */
const notInFolder = '(not in the folder)';

/** One reacted article, as every grouping sees it: the week, source and label it falls under. */
export type MoodEntry = {id: string; reaction: ReactionId; at: string; week: string; day: number; source: string; label: string};

/** A local calendar day: what a time is turned into before its week is found. */
type Day = {year: number; month: number; day: number};

const dayMs = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day a time falls on in `timeZone` (an IANA name), or in the process's own zone when none is given. */
function localDay(time: Date, timeZone: string | undefined): Day {
	if (timeZone === undefined) return {year: time.getFullYear(), month: time.getMonth() + 1, day: time.getDate()};
	let format = formatters.get(timeZone);
	if (format === undefined) {
		format = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: 'numeric', day: 'numeric'});
		formatters.set(timeZone, format);
	}

	const parts = Object.fromEntries(format.formatToParts(time).map(part => [part.type, part.value]));
	return {year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day'])};
}

/** Days since 1970-01-01 of a calendar day: what periods of weeks are counted in. */
function dayNumber({year, month, day}: Day): number {
	return Math.floor(Date.UTC(year, month - 1, day) / dayMs);
}

/** The Monday that starts the ISO week of a day number (1970-01-01 was a Thursday). */
function mondayOf(day: number): number {
	return day - ((((day + 3) % 7) + 7) % 7);
}

/** The ISO week (`2026-W47`) of a day number: the week's Thursday says which year it belongs to. */
export function isoWeekOfDay(day: number): string {
	const thursday = new Date((mondayOf(day) + 3) * dayMs);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((mondayOf(day) + 3 - dayNumber({year, month: 1, day: 1})) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** When tallying: reactions given before `since` (a `YYYY-MM-DD` day, local) are left out; weeks are in `timeZone` (default: the process's). */
export type MoodOptions = {since?: string; timeZone?: string};

/** The day number of a `YYYY-MM-DD` that names a real day, else undefined. */
export function dayOfDate(text: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return dayNumber({year, month, day});
}

/** The day number a time falls on, in the zone the tally is in. */
export function dayOfTime(at: string | Date, timeZone?: string): number {
	return dayNumber(localDay(typeof at === 'string' ? new Date(at) : at, timeZone));
}

/** Newest reaction first, ties by id: the order of every list of articles here, as --reactions orders them. */
function newestFirst(a: MoodEntry, b: MoodEntry): number {
	if (a.at !== b.at) return Date.parse(b.at) - Date.parse(a.at) || (a.at < b.at ? 1 : -1);
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every stored reaction as an entry of the tally, newest first: its week (in
 * the zone asked for), its source and label from the folder's article, or
 * notInFolder for both when the file is gone. A reaction the catalogue does
 * not know, or a time that does not read as one, is not counted.
 */
export function moodEntries(reactions: Readonly<Record<string, Given>>, articles: Iterable<MoodArticle>, options: MoodOptions = {}): MoodEntry[] {
	const byId = new Map<string, MoodArticle>();
	for (const article of articles) byId.set(article.id, article);
	const since = options.since === undefined ? undefined : dayOfDate(options.since);
	const entries: MoodEntry[] = [];
	for (const [id, {reaction, at}] of Object.entries(reactions)) {
		if (reactionById(reaction) === undefined || !Number.isFinite(Date.parse(at))) continue;
		const day = dayOfTime(at, options.timeZone);
		if (since !== undefined && day < since) continue;
		const article = byId.get(id);
		entries.push({
			id,
			reaction,
			at,
			day,
			week: isoWeekOfDay(day),
			source: article === undefined ? notInFolder : (article.source ?? noSource),
			label: article === undefined ? notInFolder : (article.label ?? noLabel),
		});
	}

	return entries.sort(newestFirst);
}

/** One group of the tally: how many articles, how many of each reaction (every id, in the catalogue's order), and the articles, newest reaction first. */
export type MoodGroup = {key: string; total: number; counts: Record<ReactionId, number>; articles: string[]};

/** Every reaction at 0, in the catalogue's order (the order JSON writes the keys in). */
function noCounts(): Record<ReactionId, number> {
	return Object.fromEntries(reactionIds.map(id => [id, 0])) as Record<ReactionId, number>;
}

/**
 * The tally: the entries grouped by `by`, weeks newest first, sources and
 * labels largest first (ties by name), each with its counts in the
 * catalogue's order and its articles. Every entry is in exactly one group, so
 * the totals of any grouping add up to the number of reacted articles.
 */
export function groupMood(entries: readonly MoodEntry[], by: MoodKey): MoodGroup[] {
	const groups = new Map<string, MoodGroup>();
	for (const entry of entries) {
		const key = entry[by];
		let group = groups.get(key);
		if (group === undefined) {
			group = {key, total: 0, counts: noCounts(), articles: []};
			groups.set(key, group);
		}

		group.total++;
		group.counts[entry.reaction]++;
		group.articles.push(entry.id);
	}

	const byKey = (a: MoodGroup, b: MoodGroup) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	return [...groups.values()].sort(by === 'week' ? (a, b) => byKey(b, a) : (a, b) => b.total - a.total || byKey(a, b));
}

/** A reaction's share of a group, 0 to 1 (0 for an empty group). */
export function shareOf(group: Pick<MoodGroup, 'total' | 'counts'>, reaction: ReactionId): number {
	return group.total === 0 ? 0 : group.counts[reaction] / group.total;
}

/** The reactions the summary weighs against each other: the troubled ones and the glad ones. */
const troubled: readonly ReactionId[] = ['worried', 'sad', 'angry'];
/** The glad reactions, set against `troubled` in the summary. */
const glad: readonly ReactionId[] = ['happy', 'hopeful'];

/** How many weeks the summary's trend compares: these, against as many before them. */
export const trendWeeks = 4;

/** A share as a whole percentage. */
const percent = (share: number) => `${Math.round(share * 100)}%`;

function troubledShare(entries: readonly MoodEntry[]): number {
	return entries.filter(entry => troubled.includes(entry.reaction)).length / entries.length;
}

/**
 * The summary above the bars, as phrases (`·` between them when drawn), each
 * said only when the numbers behind it exist: the reaction given most (all
 * of them on a tie), the share of worried/sad/angry against happy/hopeful,
 * the change of that share over the last `trendWeeks` weeks up to `now`
 * against the weeks before (when both hold reactions), and the source given
 * the most 😠 (when one was, and no other source matches it in count and share).
 */
export function moodSummary(entries: readonly MoodEntry[], now: Date, timeZone?: string): string[] {
	if (entries.length === 0) return [];
	// Every entry is one reacted article, counted under its reaction.
	const all = {total: entries.length, counts: noCounts()};
	for (const entry of entries) all.counts[entry.reaction]++;
	const phrases: string[] = [];
	const most = Math.max(...reactionIds.map(id => all.counts[id]));
	const top = reactionIds.filter(id => all.counts[id] === most).map(id => reactionById(id)!);
	phrases.push(top.length === 1
		? `most given: ${top[0]!.emoji} ${top[0]!.label} (${percent(most / all.total)})`
		: `most given: ${top.map(reaction => `${reaction.emoji} ${reaction.label}`).join(' and ')} (${most} each)`);
	const sum = (ids: readonly ReactionId[]) => ids.reduce((total, id) => total + all.counts[id], 0) / all.total;
	phrases.push(`worried/sad/angry ${percent(sum(troubled))} vs happy/hopeful ${percent(sum(glad))}`);

	const start = mondayOf(dayOfTime(now, timeZone)) - (7 * (trendWeeks - 1));
	const recent = entries.filter(entry => entry.day >= start);
	const before = entries.filter(entry => entry.day >= start - (7 * trendWeeks) && entry.day < start);
	if (recent.length > 0 && before.length > 0) {
		const points = Math.round((troubledShare(recent) - troubledShare(before)) * 100);
		const than = `than the ${trendWeeks} weeks before`;
		phrases.push(points === 0
			? `as worried/sad/angry as the ${trendWeeks} weeks before`
			: `${points > 0 ? '↑' : '↓'} ${Math.abs(points)} points ${points > 0 ? 'more' : 'less'} worried/sad/angry ${than}`);
	}

	const sources = groupMood(entries.filter(entry => entry.source !== noSource && entry.source !== notInFolder), 'source');
	// The most 😠, then the largest share of them; a source tied with another on both is not the angriest.
	const angrier = (a: MoodGroup, b: MoodGroup) => b.counts.angry - a.counts.angry || shareOf(b, 'angry') - shareOf(a, 'angry');
	const [angriest, next] = sources.filter(group => group.counts.angry > 0).sort(angrier);
	if (angriest && (next === undefined || angrier(angriest, next) !== 0)) phrases.push(`angriest: ${angriest.key} (${angriest.counts.angry} of ${angriest.total} 😠)`);
	return phrases;
}
