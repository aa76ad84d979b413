// The mood view as styled runs: one stacked bar a group, the legend, the
// summary packed into lines, the sparkline of the last weeks, and the mood
// screen's whole view. `--mood` draws its text from the same functions (the
// runs turned into ANSI or plain text), so the command and the screen show
// the same bars. Widths are fit.ts's: a source name in CJK or with an emoji
// is padded by the columns it takes, so every bar starts in one column.
import {type ReactionId, reactionIds, reactions} from '../../news/catalogue.js';
import {dayOfTime, groupMood, isoWeekOfDay, type MoodEntry, type MoodGroup, type MoodKey, moodSummary, shareOf} from '../../news/mood.js';
import {windowTop} from '../reader/list-window.js';
import {displayWidth, padEnd, padStart, truncateEnd} from './fit.js';

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
};

/** One group's line on the mood screen. */
type MoodRowView = {key: string; runs: MoodRun[]; selected: boolean};

/** Everything the mood screen draws, top to bottom. */
export type MoodScreenView = {
	/** `▁▂▃…` of the last 12 weeks' totals, and what it is. */
	sparkline: string;
	summary: string[];
	legend: MoodRun[][];
	by: MoodKey;
	/** The groups in view. */
	rows: MoodRowView[];
	/** The first group in view, for the state to keep. */
	top: number;
	/** The counts and shares of the group under the cursor; empty when there are no groups. */
	detail: string;
	/** How many groups there are in all. */
	groups: number;
};

/**
 * The mood screen at this size: the sparkline row, the summary, the legend,
 * then the window of group lines that fits (the cursor's marked selected),
 * then the selected group's counts and shares.
 */
export function moodView(input: MoodViewInput): MoodScreenView {
	const {entries, by, width, height, colour, now, timeZone} = input;
	const groups = groupMood(entries, by);
	const cursor = Math.max(0, Math.min(input.cursor, groups.length - 1));
	const spark = sparkline(entries, now, timeZone);
	const summary = summaryLines(moodSummary(entries, now, timeZone), width);
	const legend = moodLegend(width, colour);
	// The sparkline, the summary, the legend and the detail line keep their rows; the groups get the rest.
	const rowsRoom = Math.max(1, height - 1 - summary.length - legend.length - 1);
	const top = windowTop(input.top, cursor, rowsRoom, groups.length);
	const lines = moodRows(groups, width, colour);
	return {
		sparkline: truncateEnd(`${spark} last ${sparklineWeeks} weeks`, width),
		summary,
		legend,
		by,
		rows: groups.slice(top, top + rowsRoom).map((group, index) => ({key: group.key, runs: lines[top + index]!, selected: top + index === cursor})),
		top,
		detail: groups[cursor] === undefined ? '' : groupDetail(groups[cursor], width),
		groups: groups.length,
	};
}
