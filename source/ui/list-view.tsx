// The article list: a header line, then the rows of the window that fit.
// Only the rows in view are drawn, however long the list.
import {Box, Text} from 'ink';
import {type ListEntry, type RowLayout, rowParts} from './list-row.js';
import {displayWidth, truncateEnd, truncateStart} from './text-fit.js';

type Props = {
	/** Null when the terminal is too short for one. */
	header: string | null;
	/** The rows in view, top first. */
	entries: readonly ListEntry[];
	/** Index of the highlighted row within `entries`. */
	cursorRow: number;
	layout: RowLayout;
	/** Rows of the window. */
	height: number;
	/** Shown when there is nothing to list. */
	empty: string;
	width: number;
	colour: boolean;
};

export function headerText(folder: string, counts: {shown: number; total: number; skipped: number; filtered: boolean}, width: number): string {
	const {shown, total, skipped, filtered} = counts;
	const noun = total === 1 ? 'article' : 'articles';
	const count = (filtered ? `${shown} of ${total} ${noun}` : `${total} ${noun}`) + (skipped > 0 ? ` · ${skipped} skipped` : '');
	const name = 'broadsheet';
	const folderRoom = width - displayWidth(name) - displayWidth(count) - 4;
	if (folderRoom < 8) return truncateEnd(count, width);
	return `${name}  ${truncateStart(folder, folderRoom)}  ${count}`;
}

export function ListView({header, entries, cursorRow, layout, height, empty, width, colour}: Props) {
	return (
		<Box flexDirection="column" height={(header === null ? 0 : 1) + height} flexShrink={0}>
			{header === null ? null : <Text bold wrap="truncate">{header}</Text>}
			{entries.length === 0 ? <Text dimColor wrap="truncate">{truncateEnd(empty, width)}</Text> : null}
			{entries.map((entry, index) => {
				const selected = index === cursorRow;
				const parts = rowParts(entry, layout, selected);
				return (
					<Text key={entry.article.id} wrap="truncate">
						<Text color={selected && colour ? 'cyan' : undefined}>{parts.pointer}</Text>
						<Text bold color={colour ? 'green' : undefined}>{parts.mark}</Text>
						<Text bold={selected || entry.unread} color={selected && colour ? 'cyan' : undefined}>{parts.title}</Text>
						<Text dimColor={!selected}>{parts.meta}</Text>
					</Text>
				);
			})}
		</Box>
	);
}
