// `?`: the keys of the view underneath.
import {Box, Text} from 'ink';
import {type HelpScreenView} from '../view/help.js';
import {Frame} from './frame.js';
import {useTheme} from './theme.js';

/** Draws the help screen. */
export function HelpScreen({frame, lines, height}: HelpScreenView) {
	const theme = useTheme();
	return (
		<Frame frame={frame}>
			<Box flexDirection="column" height={height} flexShrink={0}>
				{lines.map((line, index) => <Text key={`${index}:${line.text}`} {...(line.heading ? theme.heading : {})} wrap="truncate">{line.text || ' '}</Text>)}
			</Box>
		</Frame>
	);
}
