// One row of the article list as text cut to the terminal's width: a pointer,
// the unread mark, the title, then date, label, reading time and reaction in
// aligned columns. On a narrow terminal the columns go, least useful first,
// so the title keeps room to be read.
import type {Article} from '../../news/article.js';
import {displayWidth, padEnd, padStart} from './fit.js';

const wordsPerMinute = 200;

/** Minutes to read `words`, at a steady 200 a minute: never 0, which would read as nothing to read. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / wordsPerMinute));
}

/** What one row says about its article. */
export type ListEntry = {
	article: Article;
	minutes: number;
	/** Never opened, or marked unread since. */
	unread: boolean;
	/** Read, but left before its last page (`--list`'s `~`). */
	begun?: boolean;
	/** The reaction's emoji, if the reader reacted. */
	emoji: string | undefined;
};

type Column = 'date' | 'label' | 'minutes' | 'reaction';

/** Where a row's parts fall: the same for every row of the list. */
export type RowLayout = {
	titleWidth: number;
	columns: Array<{column: Column; width: number}>;
};

/** A row's text, cut to its columns. */
export type RowParts = {pointer: string; mark: string; title: string; meta: string};

const pointerWidth = 2;
const markWidth = 2;
const prefixWidth = pointerWidth + markWidth;
const gap = '  ';
const labelLimit = 14;
// Columns go in this order until the title has room.
const fallbacks: Column[][] = [
	['date', 'label', 'minutes', 'reaction'],
	['date', 'minutes', 'reaction'],
	['minutes', 'reaction'],
	['reaction'],
	[],
];

function minutesText(minutes: number): string {
	return `${minutes} min`;
}

/** Column widths shared by every row, so that rows line up as the window scrolls. */
export function rowLayout(entries: readonly ListEntry[], width: number): RowLayout {
	const widths: Record<Column, number> = {
		date: entries.some(entry => entry.article.date) ? 10 : 0,
		label: Math.min(labelLimit, Math.max(0, ...entries.map(entry => displayWidth(entry.article.label ?? '', labelLimit)))),
		minutes: Math.max(0, ...entries.map(entry => minutesText(entry.minutes).length)),
		reaction: 2,
	};
	const titleMinimum = Math.min(20, Math.floor(width / 2));
	for (const set of fallbacks) {
		const columns = set.filter(column => widths[column] > 0).map(column => ({column, width: widths[column]}));
		const metaWidth = columns.reduce((sum, {width}) => sum + gap.length + width, 0);
		const titleWidth = width - prefixWidth - metaWidth;
		if (titleWidth >= titleMinimum || columns.length === 0) return {titleWidth: Math.max(0, titleWidth), columns};
	}

	return {titleWidth: Math.max(0, width - prefixWidth), columns: []};
}

function cell(entry: ListEntry, column: Column, width: number): string {
	switch (column) {
		case 'date': {
			return padEnd(entry.article.date ?? '', width);
		}

		case 'label': {
			return padEnd(entry.article.label ?? '', width);
		}

		case 'minutes': {
			return padStart(minutesText(entry.minutes), width);
		}

		case 'reaction': {
			return padEnd(entry.emoji ?? '', width);
		}
	}
}

/** The row in parts (to be styled apart); together they are exactly the row's width. */
export function rowParts(entry: ListEntry, layout: RowLayout, selected: boolean): RowParts {
	return {
		pointer: selected ? '❯ ' : '  ',
		mark: entry.unread ? 'N ' : entry.begun ? '~ ' : '  ',
		title: padEnd(entry.article.title, layout.titleWidth),
		meta: layout.columns.map(({column, width}) => gap + cell(entry, column, width)).join(''),
	};
}
