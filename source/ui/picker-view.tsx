// The reaction picker: the article's question, then the seven reactions of
// SPEC §5 in ink-select-input, opened on the current pick. The digits 1–7,
// arrows, j/k and Enter are ink-select-input's own; x and Esc belong to the
// reader's input handler.
import {Box, Text} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {useCallback, useMemo, useState} from 'react';
import {wrapRuns} from '../layout/wrap.js';
import {type ReactionId, reactions} from '../reactions/catalogue.js';
import {truncateEnd} from './text-fit.js';

type Props = {
	question: string;
	current: ReactionId | undefined;
	width: number;
	height: number;
	indent: number;
	colour: boolean;
	isFocused: boolean;
	onPick: (reaction: ReactionId) => void;
};

const indicatorWidth = 2;

function PlainIndicator({isSelected = false}: IndicatorProps) {
	return <Text>{isSelected ? '❯ ' : '  '}</Text>;
}

function ColourIndicator({isSelected = false}: IndicatorProps) {
	return <Text color="cyan">{isSelected ? '❯ ' : '  '}</Text>;
}

function PlainItem({isSelected = false, label}: ItemProps) {
	return <Text bold={isSelected}>{label}</Text>;
}

function ColourItem({isSelected = false, label}: ItemProps) {
	return <Text bold={isSelected} color={isSelected ? 'cyan' : undefined}>{label}</Text>;
}

/** Rows for the question and for the list, out of `height`: the list first, the question with what is left. */
export function pickerRows(questionLines: number, height: number): {question: number; gap: number; items: number} {
	const items = Math.min(reactions.length, height >= 2 ? height - 1 : Math.max(0, height));
	const question = Math.min(questionLines, height - items);
	const gap = height - items - question >= 1 ? 1 : 0;
	return {question, gap, items};
}

export function PickerView({question, current, width, height, indent, colour, isFocused, onPick}: Props) {
	const textWidth = Math.max(1, width - indent);
	const questionLines = useMemo(() => wrapRuns([{text: question, style: 'prompt'}], textWidth).map(runs => runs.map(run => run.text).join('')), [question, textWidth]);
	const rows = pickerRows(questionLines.length, height);
	const shownQuestion = questionLines.slice(0, rows.question);
	if (shownQuestion.length > 0 && shownQuestion.length < questionLines.length) {
		shownQuestion[shownQuestion.length - 1] = truncateEnd(`${shownQuestion.at(-1)!} ${questionLines[shownQuestion.length]!}`, textWidth);
	}

	const items = useMemo(() => reactions.map(reaction => ({
		key: reaction.id,
		value: reaction.id as ReactionId,
		label: truncateEnd(`${reaction.emoji} ${reaction.label}${reaction.id === current ? ' ✓' : ''}`, Math.max(0, textWidth - indicatorWidth)),
	})), [current, textWidth]);
	const [highlighted, setHighlighted] = useState(() => Math.max(0, reactions.findIndex(reaction => reaction.id === current)));
	const onHighlight = useCallback((item: {value: ReactionId}) => {
		setHighlighted(reactions.findIndex(reaction => reaction.id === item.value));
	}, []);
	const onSelect = useCallback((item: {value: ReactionId}) => {
		onPick(item.value);
	}, [onPick]);
	const limit = rows.items < reactions.length ? rows.items : undefined;

	return (
		<Box flexDirection="column" height={height} paddingLeft={indent} flexShrink={0}>
			{shownQuestion.map((line, index) => <Text key={`${index}:${line}`} bold wrap="truncate">{line}</Text>)}
			{rows.gap > 0 ? <Text> </Text> : null}
			{rows.items > 0 ? (
				<SelectInput
					// A new window height starts a new list, on the reaction highlighted last.
					key={limit ?? 'all'}
					items={items}
					initialIndex={highlighted}
					limit={limit}
					isFocused={isFocused}
					indicatorComponent={colour ? ColourIndicator : PlainIndicator}
					itemComponent={colour ? ColourItem : PlainItem}
					onHighlight={onHighlight}
					onSelect={onSelect}
				/>
			) : null}
		</Box>
	);
}
