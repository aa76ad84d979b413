// What every framed screen shares: its size (rows − 1 lines, the width of
// the terminal) and its status line, whose middle says the latest news in
// this order: a pick being saved, the last message, a store that could not
// be read.
import type {Message} from '../reader/state.js';
import type {ViewInput} from './screen.js';
import {type StatusText, statusLine, type StatusView} from './status.js';

/** The outline of a screen, drawn around its body by paint/lines.ts. */
export type FrameView = {width: number; height: number; status: StatusView};

function messageOf({state, readError}: ViewInput): Message | null {
	if (state.saving) return {text: 'Saving…', error: false};
	return state.message ?? (readError ? {text: readError, error: true} : null);
}

/** The frame of a screen whose status line says `text`. */
export function frameView(input: ViewInput, text: StatusText): FrameView {
	const {columns, rows} = input.size;
	return {width: columns, height: rows - 1, status: statusLine(text, messageOf(input), columns)};
}
