// The reaction picker: the question, then the reactions in view.
import {Box, Text} from 'ink';
import {type PickerScreenView} from '../view/picker.js';
import {Frame} from './frame.js';
import {useTheme} from './theme.js';

/** Draws the picker screen. */
export function PickerScreen({frame, question, gap, choices, height, indent}: PickerScreenView) {
	const theme = useTheme();
	return (
		<Frame frame={frame}>
			<Box flexDirection="column" height={height} paddingLeft={indent} flexShrink={0}>
				{question.map((line, index) => <Text key={`${index}:${line}`} {...theme.question} wrap="truncate">{line}</Text>)}
				{gap ? <Text> </Text> : null}
				{choices.map(choice => (
					<Box key={choice.id}>
						<Text {...theme.pointer}>{choice.pointer}</Text>
						<Text {...(choice.highlighted ? theme.highlightedChoice : theme.choice)}>{choice.label}</Text>
					</Box>
				))}
			</Box>
		</Frame>
	);
}
