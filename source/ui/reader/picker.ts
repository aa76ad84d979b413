// The reaction picker over the open article: the highlight moves within the
// catalogue and stops at its ends, a digit picks its own reaction wherever
// the highlight is, and a pick is asked of the store as an effect. Until
// its answer comes back the pick is pending (keys wait); the answer closes
// the picker with a confirmation, or keeps it open and says why not.
import type {ReactionId} from '../../news/catalogue.js';
import {choiceIndex, type Command} from './commands.js';
import {clampIndex, windowTop} from './list-window.js';
import {just, type ReaderState, type ReadingState, type Step, type StepContext} from './state.js';

/** The picker window's top row, kept valid for the current height. */
export function pickerTop(state: ReaderState, context: StepContext): number {
	return windowTop(state.picker.top, state.picker.cursor, context.pickerHeight, context.catalogue.length);
}

/** The picker over the article opens on its stored reaction, else on the first; it goes back to the view it came `from`. */
export function openPicker(state: ReadingState, context: StepContext, from: 'article' | 'list' = 'article'): ReadingState {
	const stored = context.reactionOf(state.reading.article.id);
	const cursor = Math.max(0, context.catalogue.findIndex(reaction => reaction.id === stored));
	return {...state, mode: 'picker', picker: {cursor, top: windowTop(0, cursor, context.pickerHeight, context.catalogue.length), from}};
}

/** The picker closed: back to the article, or to the list it was opened from (the article was never opened). */
function closePicker(state: ReaderState): ReaderState {
	if (state.reading === null) return state;
	return state.picker.from === 'list' ? {...state, mode: 'list', reading: null} : {...state, mode: 'article', reading: state.reading};
}

/** A command in the picker. */
export function pickerStep(state: ReadingState, command: Command, context: StepContext): Step {
	const {id} = state.reading.article;
	const {catalogue} = context;
	const moveTo = (index: number): ReadingState => {
		const cursor = clampIndex(index, catalogue.length);
		return {...state, picker: {...state.picker, cursor, top: windowTop(pickerTop(state, context), cursor, context.pickerHeight, catalogue.length)}};
	};

	const save = (from: ReadingState, reaction: ReactionId | null): Step => ({
		state: {...from, saving: {id, reaction}},
		effects: [{type: 'saveReaction', id, reaction}],
	});
	const choice = choiceIndex(command);
	// A digit highlights its reaction too: that is what shows while it is saved.
	if (choice !== -1) return choice < catalogue.length ? save(moveTo(choice), catalogue[choice]!.id) : just(state);

	switch (command) {
		case 'up': {
			return just(moveTo(state.picker.cursor - 1));
		}

		case 'down': {
			return just(moveTo(state.picker.cursor + 1));
		}

		case 'pick': {
			return save(state, catalogue[clampIndex(state.picker.cursor, catalogue.length)]!.id);
		}

		case 'unreact': {
			return save(state, null);
		}

		case 'cancel': {
			return just(closePicker(state));
		}

		default: {
			return just(state);
		}
	}
}

/** The pick is written: back to the article, saying what was kept. */
export function pickSaved(state: ReaderState, context: StepContext): ReaderState {
	if (!state.saving || state.reading === null) return state;
	const {reaction} = state.saving;
	const chosen = reaction === null ? undefined : context.catalogue.find(item => item.id === reaction);
	const text = chosen ? `Saved: ${chosen.emoji} ${chosen.label}` : 'Reaction cleared';
	return {...closePicker(state), saving: null, message: {text, error: false}};
}

/** The pick could not be written: the picker stays, with the reason. */
export function pickUnsaved(state: ReaderState, reason: string): ReaderState {
	return {...state, saving: null, message: {text: `Not saved: ${reason}`, error: true}};
}
