// Every screen drawn by Ink: its lines (paint/lines.ts), one <Text> a row,
// one nested <Text> a run. The lines are never wider than the screen, so
// Ink cuts nothing and the cells are those the painter drew before Ink loaded.
import {Box, Text} from 'ink';
import type {PaintLine} from '../paint/lines.js';

/** Draws the lines, a row each. */
export function PaintedLines({lines}: {lines: readonly PaintLine[]}) {
	return (
		<Box flexDirection="column" height={lines.length} flexShrink={0}>
			{lines.map((line, index) => (
				// Rows have no identity beyond their place on the screen.
				<PaintedRow key={index} line={line} />
			))}
		</Box>
	);
}

/** Draws one line: a <Text> of its runs (a blank row when it has none, which would otherwise take no row). */
export function PaintedRow({line}: {line: PaintLine}) {
	return (
		<Text wrap="truncate">
			{line.length === 0 ? ' ' : line.map((part, runIndex) => <Text key={runIndex} {...part.props}>{part.text}</Text>)}
		</Text>
	);
}
