// The reader's one input handler, always active (if every input hook turned
// inactive at once, Ink would let go of stdin): Ink's keys become plain
// presses, each press an event read against the state the press before it
// left. Ctrl+C comes through here too (the reader renders with exitOnCtrlC
// off), so there is one way to quit.
import {useInput} from 'ink';
import type {Dispatch} from '../use-reader.js';
import {keyPresses} from './key-press.js';
import {eventFor} from './key-table.js';

/** Feeds every key to `dispatch`; on a screen too small for any view, only the ways out. */
export function useKeys(dispatch: Dispatch, tooSmall: boolean): void {
	useInput((input, key) => {
		for (const press of keyPresses(input, key)) dispatch(state => eventFor(state, press, tooSmall));
	});
}
