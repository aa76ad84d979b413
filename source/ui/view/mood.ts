// The mood view as styled runs: one stacked bar a group, the legend, the
// summary packed into lines, the sparkline of the last weeks, and the mood
// screen's whole view. `--mood` draws its text from the same functions (the
// runs turned into ANSI or plain text), so the command and the screen show
// the same bars. Widths are fit.ts's: a source name in CJK or with an emoji
// is padded by the columns it takes, so every bar starts in one column.
import type {Article} from '../../news/article.js';
import {type ReactionId, reactionIds, reactions} from '../../news/catalogue.js';
import {dayOfTime, groupMood, isoWeekOfDay, type MoodEntry, moodArticle, moodEntries, type MoodGroup, type MoodKey, moodSummary, shareOf} from '../../news/mood.js';
import {rememberLast} from '../reader/last-call.js';
import {windowTop} from '../reader/list-window.js';
import type {Session} from '../reader/session.js';
import type {MoodState, MoodTally} from '../reader/state.js';
import {displayWidth, padEnd, padStart, truncateEnd} from './fit.js';
import {frameView, type FrameView} from './frame.js';
import type {ViewInput} from './screen.js';

/** One stretch of a mood line: a bar's cells carry the reaction they stand for, to be coloured as it. */
export type MoodRun = {text: string; reaction?: ReactionId};

/** Each reaction's colour (Ink's and chalk's names, of the 16 every colour terminal has): a bar's cells are drawn on it. */
export const moodColours: Readonly<Record<ReactionId, string>> = {
	happy: 'green',
	hopeful: 'cyan',
	surprised: 'yellow',
	indifferent: 'white',
	worried: 'magenta',
	sad: 'blue',
	angry: 'red',
};

/**
 * Each reaction's cell without colour: seven ASCII characters, so the bar
 * reads in monochrome and takes one column in every terminal (the block
 * characters are ambiguous-width, two columns in some CJK set-ups).
 */
export const moodFills: Readonly<Record<ReactionId, string>> = {
	happy: '@',
	hopeful: '+',
	surprised: '*',
	indifferent: '-',
	worried: '~',
	sad: '.',
	angry: '!',
};

/** A cell of the bar: a coloured space in colour (the colour is the reaction), the reaction's fill character without. */
const cell = (reaction: ReactionId, colour: boolean) => (colour ? ' ' : moodFills[reaction]);

/**
 * How many of `width` cells each reaction gets, in the catalogue's order:
 * its share of the total, rounded so that the cells add up to `width`
 * exactly (largest remainders), and at least one for a reaction given at
 * all, while the bar has a cell for each such.
 */
export function barCells(counts: Readonly<Record<ReactionId, number>>, total: number, width: number): number[] {
	if (total <= 0 || width <= 0) return reactionIds.map(() => 0);
	const exact = reactionIds.map(id => (counts[id] * width) / total);
	const cells = exact.map(value => Math.floor(value));
	let left = width - cells.reduce((sum, value) => sum + value, 0);
	const byRemainder = reactionIds.map((_, index) => index).sort((a, b) => (exact[b]! - cells[b]!) - (exact[a]! - cells[a]!) || a - b);
	for (const index of byRemainder) {
		if (left === 0) break;
		cells[index]!++;
		left--;
	}

	for (const [index, id] of reactionIds.entries()) {
		if (counts[id] === 0 || cells[index]! > 0) continue;
		const widest = cells.indexOf(Math.max(...cells));
		if (cells[widest]! <= 1) break;
		cells[widest]!--;
		cells[index] = 1;
	}

	return cells;
}

/** One group's stacked bar, `width` cells, a run a reaction given. */
export function moodBar(group: Pick<MoodGroup, 'counts' | 'total'>, width: number, colour: boolean): MoodRun[] {
	const cells = barCells(group.counts, group.total, width);
	return reactionIds.flatMap((reaction, index) => (cells[index]! > 0 ? [{text: cell(reaction, colour).repeat(cells[index]!), reaction}] : []));
}

/** Where a row's parts go at a width: the key's columns, the bar's, the count's. */
type RowColumns = {key: number; bar: number; count: number};

/** The fewest cells a bar is drawn with while the width allows: one for each reaction. */
const leastBar = reactionIds.length;

/**
 * The key column: as wide as the widest key, but at most two fifths of the
 * width and never so wide that the bar gets fewer than one cell a reaction;
 * the count column as wide as the largest count.
 */
function rowColumns(groups: readonly MoodGroup[], width: number): RowColumns {
	const count = Math.max(1, ...groups.map(group => String(group.total).length));
	const widest = Math.max(1, ...groups.map(group => displayWidth(group.key, width)));
	const key = Math.max(1, Math.min(widest, Math.max(8, Math.floor(width * 0.4)), width - 3 - count - leastBar));
	return {key, count, bar: Math.max(1, width - key - 3 - count)};
}

/** A group as one line of exactly `width` columns: the key (cut with `…` if it must be), two spaces, the bar, a space, the count. */
function groupRow(group: MoodGroup, columns: RowColumns, colour: boolean): MoodRun[] {
	return [
		{text: `${padEnd(group.key, columns.key)}  `},
		...moodBar(group, columns.bar, colour),
		{text: ` ${padStart(String(group.total), columns.count)}`},
	];
}

/** Every group's line, each exactly `width` columns, the bars all starting in the same column. */
export function moodRows(groups: readonly MoodGroup[], width: number, colour: boolean): MoodRun[][] {
	const columns = rowColumns(groups, width);
	return groups.map(group => groupRow(group, columns, colour));
}

/** The runs' columns. */
export function runsWidth(runs: readonly MoodRun[]): number {
	return runs.reduce((sum, run) => sum + displayWidth(run.text), 0);
}

/**
 * The legend: each reaction's cells, emoji and name (`@@ 😊 happy`), packed
 * into lines no wider than `width`; where a name does not fit on a line of
 * its own, the cells and the emoji alone.
 */
export function moodLegend(width: number, colour: boolean): MoodRun[][] {
	const lines: MoodRun[][] = [];
	let line: MoodRun[] = [];
	let used = 0;
	for (const reaction of reactions) {
		const named = ` ${reaction.emoji} ${reaction.label.toLowerCase()}`;
		const name = 2 + displayWidth(named) <= width ? named : ` ${reaction.emoji}`;
		const item: MoodRun[] = [{text: cell(reaction.id, colour).repeat(2), reaction: reaction.id}, {text: name}];
		const itemWidth = 2 + displayWidth(name);
		if (used > 0 && used + 2 + itemWidth > width) {
			lines.push(line);
			line = [];
			used = 0;
		}

		if (used > 0) line.push({text: '  '});
		line.push(...item);
		used += (used > 0 ? 2 : 0) + itemWidth;
	}

	lines.push(line);
	return lines;
}

/** The summary's phrases on as few lines of at most `width` columns as they fill, ` · ` between them; a phrase wider than a line is cut. */
export function summaryLines(phrases: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const phrase of phrases) {
		const last = lines.at(-1);
		const joined = last === undefined ? undefined : `${last} · ${phrase}`;
		if (joined !== undefined && displayWidth(joined, width) <= width) lines[lines.length - 1] = joined;
		else lines.push(truncateEnd(phrase, width));
	}

	return lines;
}

/** The sparkline's eight heights, lowest first. */
const sparks = '▁▂▃▄▅▆▇█';

/** How many weeks the sparkline shows, the week of `now` last. */
export const sparklineWeeks = 12;

/**
 * The totals of the last `sparklineWeeks` ISO weeks up to the week of `now`,
 * oldest first, as one character each: `▁` for a week without reactions,
 * `▂` to `█` for the rest, scaled to the busiest week.
 */
export function sparkline(entries: readonly MoodEntry[], now: Date, timeZone?: string): string {
	const today = dayOfTime(now, timeZone);
	const weeks = Array.from({length: sparklineWeeks}, (_, index) => isoWeekOfDay(today - (7 * (sparklineWeeks - 1 - index))));
	const totals = new Map(groupMood(entries, 'week').map(group => [group.key, group.total]));
	const counts = weeks.map(week => totals.get(week) ?? 0);
	const most = Math.max(0, ...counts);
	return counts.map(count => (count === 0 ? sparks[0]! : sparks[1 + Math.round(((count / most) * (sparks.length - 2)))]!)).join('');
}

/** One group's counts and shares on one line, for the group the cursor is on: `😊 3 25% · 🤞 1 8% …` (reactions not given left out). */
function groupDetail(group: MoodGroup, width: number): string {
	const parts = reactions.filter(reaction => group.counts[reaction.id] > 0).map(reaction => `${reaction.emoji} ${group.counts[reaction.id]} ${Math.round(shareOf(group, reaction.id) * 100)}%`);
	return truncateEnd(parts.join(' · '), width);
}

/** What the mood screen is drawn from: the entries counted, the grouping, the cursor, the size and the time now. */
export type MoodViewInput = {
	entries: readonly MoodEntry[];
	by: MoodKey;
	cursor: number;
	/** The first group in view, as the screen last showed it. */
	top: number;
	width: number;
	/** Rows for the whole view (sparkline, summary, legend, groups, detail). */
	height: number;
	colour: boolean;
	now: Date;
	timeZone?: string;
	/** Columns before each group's line (the screen's pointer): the bars are this much narrower. */
	gutter?: number;
};

/** One group's line on the mood screen. */
type MoodRowView = {key: string; runs: MoodRun[]; selected: boolean};

/** Everything the mood screen draws above its status line, top to bottom. */
type MoodView = {
	/** `▁▂▃…` of the last 12 weeks' totals, and what it is; empty when the height has no row for it. */
	sparkline: string;
	summary: string[];
	legend: MoodRun[][];
	/** A blank line between the legend and the bars, when every bar fits with it. */
	gap: boolean;
	by: MoodKey;
	/** The groups in view. */
	rows: MoodRowView[];
	/** The first group in view, for the state to keep. */
	top: number;
	/** The counts and shares of the group under the cursor; empty when there are no groups (or no row for it). */
	detail: string;
	/** How many groups there are in all. */
	groups: number;
	/** What shows instead of bars when nothing is counted. */
	empty: string | null;
};

/** Which parts of the mood screen a height holds, and the rows left for the groups. */
type MoodParts = {sparkline: boolean; summary: number; legend: boolean; gap: boolean; detail: boolean; rows: number};

/**
 * What fits in `height` rows: everything while at least two groups (or the
 * one there is) keep a row; when they would not, the legend goes first (the
 * detail line names the selected group's reactions), then the summary's
 * lines from the last, then the detail, then the sparkline. The gap under
 * the legend is only drawn when every group fits beside it.
 */
function moodParts(summary: number, legend: number, groups: number, height: number): MoodParts {
	const least = Math.min(Math.max(groups, 1), 2);
	const parts = {sparkline: true, summary, legend: legend > 0, detail: true};
	const fixed = () => (parts.sparkline ? 1 : 0) + parts.summary + (parts.legend ? legend : 0) + (parts.detail ? 1 : 0);
	if (height - fixed() < least) parts.legend = false;
	while (height - fixed() < least && parts.summary > 0) parts.summary--;
	if (height - fixed() < least) parts.detail = false;
	if (height - fixed() < least) parts.sparkline = false;
	const room = Math.max(1, height - fixed());
	const gap = parts.legend && room > groups && groups > 0;
	return {...parts, gap, rows: gap ? room - 1 : room};
}

/** How many rows the mood screen gives `groups` groups of these entries at this size: what the reducer scrolls its window by. */
function moodGroupRows(entries: readonly MoodEntry[], groups: number, width: number, height: number, now: Date, timeZone?: string): number {
	const summary = summaryLines(moodSummary(entries, now, timeZone), width);
	return moodParts(summary.length, moodLegend(width, false).length, groups, height).rows;
}

/** Runs cut to `width` columns: a row of the screen is never wider than it, however narrow. */
function fitRuns(runs: readonly MoodRun[], width: number): MoodRun[] {
	const fitted: MoodRun[] = [];
	let left = width;
	for (const run of runs) {
		if (left <= 0) break;
		const text = displayWidth(run.text, left) <= left ? run.text : truncateEnd(run.text, left);
		fitted.push({...run, text});
		left -= displayWidth(text);
	}

	return fitted;
}

/**
 * The mood screen at this size: the sparkline row, the summary, the legend,
 * then the window of group lines that fits (the cursor's marked selected),
 * then the selected group's counts and shares; on a short screen the parts
 * moodParts names give way to the bars.
 */
export function moodView(input: MoodViewInput): MoodView {
	const {entries, by, width, height, colour, now, timeZone, gutter = 0} = input;
	const groups = groupMood(entries, by);
	const cursor = Math.max(0, Math.min(input.cursor, groups.length - 1));
	const spark = sparkline(entries, now, timeZone);
	const summary = summaryLines(moodSummary(entries, now, timeZone), width);
	const legend = moodLegend(width, colour);
	const parts = moodParts(summary.length, legend.length, groups.length, height);
	const top = windowTop(input.top, cursor, parts.rows, groups.length);
	const rowWidth = Math.max(1, width - gutter);
	const lines = moodRows(groups, rowWidth, colour);
	return {
		sparkline: parts.sparkline ? truncateEnd(`${spark} last ${sparklineWeeks} weeks`, width) : '',
		summary: summary.slice(0, parts.summary),
		legend: parts.legend ? legend : [],
		gap: parts.gap,
		by,
		rows: groups.slice(top, top + parts.rows).map((group, index) => ({key: group.key, runs: fitRuns(lines[top + index]!, rowWidth), selected: top + index === cursor})),
		top,
		detail: parts.detail && groups[cursor] !== undefined ? groupDetail(groups[cursor], width) : '',
		groups: groups.length,
		empty: groups.length === 0 ? truncateEnd('No reactions yet: r reacts to an article, and it is counted here', width) : null,
	};
}

/** The screen's pointer column before each group's line. */
const moodGutter = 2;

/**
 * The mood screen's tally over these articles and the session's reactions,
 * at a screen of `width` columns and `height` rows of body: the entries are
 * `--mood`'s (the byline's source, the label, the process's time zone),
 * counted again only when the store's reactions change.
 */
export function moodTally(articles: readonly Article[], session: Pick<Session, 'snapshot'>, width: number, height: number): MoodTally {
	const count = rememberLast((given: Parameters<typeof moodEntries>[0]) => moodEntries(given, articles.map(article => moodArticle(article))));
	const grouped = new WeakMap<readonly MoodEntry[], Map<MoodKey, MoodGroup[]>>();
	const entries = () => count(session.snapshot().reactions);
	const groups = (by: MoodKey) => {
		const counted = entries();
		let byKey = grouped.get(counted);
		if (byKey === undefined) {
			byKey = new Map();
			grouped.set(counted, byKey);
		}

		let found = byKey.get(by);
		if (found === undefined) {
			found = groupMood(counted, by);
			byKey.set(by, found);
		}

		return found;
	};

	const now = () => new Date();
	return {entries, groups, now, rows: by => moodGroupRows(entries(), groups(by).length, width, height, now())};
}

/** The mood screen as the reader draws it: its view, the width of the pointer column, and the status line. */
export type MoodScreenView = MoodView & {frame: FrameView; gutter: number};

/**
 * The mood screen for this state: the tally the reducer moves over
 * (context.mood, the numbers `--mood` prints), at the terminal's whole width
 * and body, with the grouping and the number of groups in the status line.
 */
export function moodScreenView(input: ViewInput<MoodState>): MoodScreenView {
	const {state, context, size, keys} = input;
	const {screen} = state.mood;
	const entries = context.mood.entries();
	const view = moodView({entries, by: screen.by, cursor: screen.cursor, top: screen.top, width: size.columns, height: size.body, colour: false, now: context.mood.now(), gutter: moodGutter});
	const count = `${entries.length} reacted`;
	return {...view, gutter: moodGutter, frame: frameView(input, {left: `Mood by ${screen.by}`, middle: count, hints: keys.hints.mood})};
}
