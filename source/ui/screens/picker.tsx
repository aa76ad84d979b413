// The reaction picker, drawn by Ink: where every reaction is in view,
// ink-select-input (the design's package) draws the choice rows, from our
// state: it is never focused and is drawn afresh on each move (key), so the
// highlight, the digits and the keys stay the reducer's (its own would
// rotate with a limit and move once for two keys read together). Its rows
// are the picker's own lines (paint/lines.ts), pointer and label, so the
// cells are those the painter draws before Ink loads. Where the reactions do
// not all fit, the lines alone.
import {Box} from 'ink';
import SelectInput from 'ink-select-input';
import type {PaintLine} from '../paint/lines.js';
import {PaintedLines, PaintedRow} from './lines.js';

type ChoiceItem = {key: string; value: number; label: string};


/**
 * Draws the picker's lines, its choice rows (`first` on, `count` of them)
 * through ink-select-input: each row's first run is the margin, if any, the
 * pointer, and the label; the indicator draws the runs up to the label, and
 * the item (whose label is its row's index) the label.
 */
export function PickerLines({lines, first, count, highlighted}: {lines: readonly PaintLine[]; first: number; count: number; highlighted: number}) {
	const rows = lines.slice(first, first + count);
	// Every row but the highlighted one has the same pointer: the indicator is told only whether its row is selected.
	const pointerOf = (row: PaintLine | undefined): PaintLine => (row ?? []).slice(0, -1);
	const selectedPointer = pointerOf(rows[highlighted]);
	const otherPointer = pointerOf(rows.find((_, index) => index !== highlighted));
	const Pointer = ({isSelected = false}: {isSelected?: boolean}) => <PaintedRow line={isSelected ? selectedPointer : otherPointer} />;
	const Choice = ({label}: {label: string}) => <PaintedRow line={(rows[Number(label)] ?? []).slice(-1)} />;
	return (
		<Box flexDirection="column" flexShrink={0}>
			<PaintedLines lines={lines.slice(0, first)} />
			<SelectInput<number>
				key={highlighted}
				items={rows.map((_, index): ChoiceItem => ({key: String(index), value: index, label: String(index)}))}
				initialIndex={highlighted}
				isFocused={false}
				indicatorComponent={Pointer}
				itemComponent={Choice}
			/>
			<PaintedLines lines={lines.slice(first + count)} />
		</Box>
	);
}
