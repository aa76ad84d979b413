// The reaction picker: the question, then the reactions. Where all of them
// fit, ink-select-input draws them (the design's package), from our state:
// it is never focused and is drawn afresh on each move, so the highlight,
// the digits and the keys stay the reducer's (its own would rotate with a
// limit and move once for two keys read together). Where they do not fit,
// the reducer's window over them.
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {type PickerScreenView} from '../view/picker.js';
import {Frame} from './frame.js';
import {useTheme} from './theme.js';

type ChoiceItem = {key: string; value: string; label: string};

/** Draws the picker screen. */
export function PickerScreen({frame, question, gap, choices, height, indent, whole, compact}: PickerScreenView) {
	const theme = useTheme();
	const highlighted = Math.max(0, choices.findIndex(choice => choice.highlighted));
	const Pointer = ({isSelected = false}: {isSelected?: boolean}) => <Text {...theme.pointer}>{isSelected ? '❯ ' : '  '}</Text>;
	const Choice = ({isSelected = false, label}: {isSelected?: boolean; label: string}) => <Text {...(isSelected ? theme.highlightedChoice : theme.choice)}>{label}</Text>;
	return (
		<Frame frame={frame}>
			<Box flexDirection="column" height={height} paddingLeft={indent} flexShrink={0}>
				{question.map((line, index) => <Text key={`${index}:${line}`} {...theme.question} wrap="truncate">{line}</Text>)}
				{gap ? <Text> </Text> : null}
				{compact
					? (
						<Box>
							{compact.cells.map((cell, index) => <Text key={cell.id} {...(cell.highlighted ? theme.highlightedChoice : theme.choice)}>{index > 0 ? ' ' : ''}{cell.text}</Text>)}
							{compact.name ? <Text {...theme.highlightedChoice}>{`  ${compact.name}`}</Text> : null}
						</Box>
					)
					: whole
					? (
						<SelectInput<string>
							key={highlighted}
							items={choices.map((choice): ChoiceItem => ({key: choice.id, value: choice.id, label: choice.label}))}
							initialIndex={highlighted}
							isFocused={false}
							indicatorComponent={Pointer}
							itemComponent={Choice}
						/>
					)
					: choices.map(choice => (
						<Box key={choice.id}>
							<Text {...theme.pointer}>{choice.pointer}</Text>
							<Text {...(choice.highlighted ? theme.highlightedChoice : theme.choice)}>{choice.label}</Text>
						</Box>
					))}
			</Box>
		</Frame>
	);
}
