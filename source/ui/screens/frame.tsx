// Every framed screen's outline: its body, then the status line, together
// exactly rows − 1 lines and never wider than the terminal.
import {Box, Text} from 'ink';
import {type ReactNode} from 'react';
import {type FrameView} from '../view/frame.js';
import {type StatusView} from '../view/status.js';
import {useTheme} from './theme.js';

function StatusLine({status}: {status: StatusView}) {
	const theme = useTheme();
	return (
		<Box height={1} flexShrink={0}>
			<Text wrap="truncate" {...theme.statusLine}>
				<Text {...theme.place}>{status.left}</Text>
				<Text {...(status.error ? theme.error : theme.message)}>{status.middle}</Text>
				{status.spacer}
				<Text {...theme.hints}>{status.hints}</Text>
				{status.fill}
			</Text>
		</Box>
	);
}

/** A screen's body above its status line. */
export function Frame({frame, children}: {frame: FrameView; children: ReactNode}) {
	return (
		<Box flexDirection="column" width={frame.width} height={frame.height} overflow="hidden">
			{children}
			<StatusLine status={frame.status} />
		</Box>
	);
}
