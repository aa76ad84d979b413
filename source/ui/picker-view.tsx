// The reaction picker: the article's question, then the seven reactions of
// SPEC §5, the highlighted one pointed at and the current pick ticked. It
// only draws: the highlight and the window's top row live in the reader's
// state, and its keys are in the reader's key table.
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {wrapRuns} from '../layout/wrap.js';
import {type ReactionId, reactions} from '../news/catalogue.js';
import {truncateEnd} from './text-fit.js';

type Props = {
	question: string;
	current: ReactionId | undefined;
	/** The highlighted reaction. */
	cursor: number;
	/** The first reaction in view. */
	top: number;
	width: number;
	height: number;
	indent: number;
	colour: boolean;
};

const indicatorWidth = 2;

/** Rows for the list of reactions out of `height`: it comes first, the question gets what is left. */
export function pickerItemRows(height: number): number {
	return Math.min(reactions.length, height >= 2 ? height - 1 : Math.max(0, height));
}

/** Rows for the question and for the list, out of `height`: the list first, the question with what is left. */
export function pickerRows(questionLines: number, height: number): {question: number; gap: number; items: number} {
	const items = pickerItemRows(height);
	const question = Math.min(questionLines, height - items);
	const gap = height - items - question >= 1 ? 1 : 0;
	return {question, gap, items};
}

export function PickerView({question, current, cursor, top, width, height, indent, colour}: Props) {
	const textWidth = Math.max(1, width - indent);
	const questionLines = useMemo(() => wrapRuns([{text: question, style: 'prompt'}], textWidth).map(runs => runs.map(run => run.text).join('')), [question, textWidth]);
	const rows = pickerRows(questionLines.length, height);
	const shownQuestion = questionLines.slice(0, rows.question);
	if (shownQuestion.length > 0 && shownQuestion.length < questionLines.length) {
		shownQuestion[shownQuestion.length - 1] = truncateEnd(`${shownQuestion.at(-1)!} ${questionLines[shownQuestion.length]!}`, textWidth);
	}

	const labelWidth = Math.max(0, textWidth - indicatorWidth);
	const shown = reactions.slice(top, top + rows.items).map((reaction, index) => ({
		id: reaction.id,
		highlighted: top + index === cursor,
		label: truncateEnd(`${reaction.emoji} ${reaction.label}${reaction.id === current ? ' ✓' : ''}`, labelWidth),
	}));

	return (
		<Box flexDirection="column" height={height} paddingLeft={indent} flexShrink={0}>
			{shownQuestion.map((line, index) => <Text key={`${index}:${line}`} bold wrap="truncate">{line}</Text>)}
			{rows.gap > 0 ? <Text> </Text> : null}
			{shown.map(({id, highlighted, label}) => (
				<Box key={id}>
					<Text color={colour ? 'cyan' : undefined}>{highlighted ? '❯ ' : '  '}</Text>
					<Text bold={highlighted} color={colour && highlighted ? 'cyan' : undefined}>{label}</Text>
				</Box>
			))}
		</Box>
	);
}
