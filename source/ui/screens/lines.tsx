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
				<Text key={index} wrap="truncate">
					{line.length === 0 ? ' ' : line.map((part, runIndex) => <Text key={runIndex} {...part.props}>{part.text}</Text>)}
				</Text>
			))}
		</Box>
	);
}
