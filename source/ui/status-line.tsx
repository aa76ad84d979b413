// The last line of every frame: where the reader is, the latest message and
// the few keys that matter.
import {Box, Text} from 'ink';
import {statusParts} from './status-text.js';

type Props = {
	left: string;
	middle: string;
	/** Alternatives, longest first. */
	hints: readonly string[];
	width: number;
	/** The middle is an error message. */
	error?: boolean;
	colour: boolean;
};

export function StatusLine({left, middle, hints, width, error = false, colour}: Props) {
	const parts = statusParts(left, middle, hints, width);
	return (
		<Box height={1} flexShrink={0}>
			<Text wrap="truncate">
				<Text bold>{parts.left}</Text>
				<Text bold={error} color={error && colour ? 'red' : undefined}>{parts.middle}</Text>
				{parts.spacer}
				<Text dimColor>{parts.hints}</Text>
			</Text>
		</Box>
	);
}
