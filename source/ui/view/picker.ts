// The picker screen: the article's question, then the window of the
// catalogue's reactions in view, the highlighted one pointed at and the
// current pick ticked. The list of reactions gets its rows first; the
// question, wrapped to the text column, gets what is left.
import {defaultPrompt} from '../../news/article.js';
import type {Reaction} from '../../news/catalogue.js';
import {wrapRuns} from '../../layout/index.js';
import {rememberLast} from '../reader/last-call.js';
import {pickerTop} from '../reader/picker.js';
import {entryOf} from '../reader/session.js';
import type {ReadingState} from '../reader/state.js';
import {displayWidth, truncateEnd} from './fit.js';
import {frameView, type FrameView} from './frame.js';
import type {ViewInput} from './screen.js';

/** One reaction in view. */
type ChoiceView = {id: string; pointer: string; label: string; highlighted: boolean};

/** Everything the picker screen draws. */
export type PickerScreenView = {
	frame: FrameView;
	/** The question's lines that fit; the last ends in `…` when more did not. */
	question: string[];
	/** A blank row between the question and the reactions, when there is room. */
	gap: boolean;
	choices: ChoiceView[];
	/** Every reaction is in view: the picker can be drawn as one whole list (ink-select-input). */
	whole: boolean;
	/** Too short for a row each: the reactions on one line (`1😊 2🤞 ❯3😮 …`), the highlighted one named after them; else null. */
	compact: {cells: Array<{id: string; text: string; highlighted: boolean}>; name: string} | null;
	height: number;
	indent: number;
};

const pointerWidth = 2;

/** Rows for the window over `count` reactions out of the body's `height`: the reactions come first, the question gets what is left. */
export function pickerItemRows(height: number, count: number): number {
	return Math.min(count, height >= 2 ? height - 1 : Math.max(0, height));
}

// The question is wrapped again only when it or the width changes, not on every move of the highlight.
const questionLines = rememberLast((question: string, width: number): readonly string[] => wrapRuns([{text: question, style: 'prompt'}], width).map(runs => runs.map(run => run.text).join('')));

// The reactions on one line, each after its digit, the highlighted one
// pointed at: as many as fit, always the highlighted one among them.
function compactLine(catalogue: readonly Reaction[], cursor: number, current: string | undefined, width: number): NonNullable<PickerScreenView['compact']> {
	const cells = catalogue.map((reaction, index) => ({id: reaction.id, text: `${index === cursor ? '❯' : ' '}${index + 1}${reaction.emoji}${reaction.id === current ? '✓' : ''}`, highlighted: index === cursor}));
	const widthOf = (from: number, to: number) => cells.slice(from, to + 1).reduce((sum, cell) => sum + displayWidth(cell.text) + 1, -1);
	let first = 0;
	while (first < cursor && widthOf(first, cursor) > width) first++;
	let last = cursor;
	while (last + 1 < cells.length && widthOf(first, last + 1) <= width) last++;
	const shown = cells.slice(first, last + 1);
	const highlighted = catalogue[cursor];
	const room = width - widthOf(first, last) - 2;
	const name = highlighted && room >= 3 ? truncateEnd(highlighted.label, room) : '';
	return {cells: shown, name};
}

/** The picker over the open article at this size. */
export function pickerView(input: ViewInput<ReadingState>): PickerScreenView {
	const {state, context, snapshot, size, keys} = input;
	const {article} = state.reading;
	const {catalogue} = context;
	const width = Math.max(1, size.column.width);
	const lines = questionLines(article.prompt ?? defaultPrompt, width);
	// Too short for every reaction on its own row: all of them on one line instead.
	const oneLine = pickerItemRows(size.body, catalogue.length) < catalogue.length;
	const items = oneLine ? Math.min(1, size.body) : catalogue.length;
	const question = lines.slice(0, Math.min(lines.length, size.body - items));
	// Cut short: the last line shown says there was more.
	if (question.length > 0 && question.length < lines.length) question[question.length - 1] = truncateEnd(`${question.at(-1)!} ${lines[question.length]!}`, width);
	const current = entryOf(snapshot.reactions, article.id)?.reaction;
	const top = pickerTop(state, context);
	const labelWidth = Math.max(0, width - pointerWidth);
	return {
		frame: frameView(input, {left: 'React', middle: article.title, hints: keys.hints.picker}),
		question,
		gap: size.body - items - question.length >= 1,
		compact: oneLine ? compactLine(catalogue, state.picker.cursor, current, width) : null,
		choices: oneLine ? [] : catalogue.slice(top, top + items).map((reaction, index) => {
			const highlighted = top + index === state.picker.cursor;
			return {
				id: reaction.id,
				pointer: highlighted ? '❯ ' : '  ',
				// Each row shows the digit that picks it at once (SPEC §6: 1–7).
				label: truncateEnd(`${top + index + 1} ${reaction.emoji} ${reaction.label}${reaction.id === current ? ' ✓' : ''}`, labelWidth),
				highlighted,
			};
		}),
		whole: !oneLine,
		height: size.body,
		indent: size.column.indent,
	};
}
