// The reader's update function: an event and the state it applies to give
// the next state and the effects to run. Pure, so the whole of navigation,
// picking and the writes it asks for is tested without a terminal.
import {articleStep, searchStep, typeSearch} from './article.js';
import type {Command} from './commands.js';
import {helpStep} from './help.js';
import {listStep, reloaded, typeText} from './list.js';
import {windowTop} from './list-window.js';
import {clearInGroup, inMoodGroup, moodScreenStep, openMoodScreen} from './mood.js';
import {pickerStep, pickSaved, pickUnsaved} from './picker.js';
import {openArticle} from './reading.js';
import {just, type ListingState, type ReaderEvent, type ReaderState, type Step, type StepContext} from './state.js';

/** The reader as it starts: the list, or `openId` open at its place (and that place stored, as any opening does). */
export function start(context: StepContext, openId?: string): Step {
	const state: ListingState = {mode: 'list', help: false, list: {query: '', unreadOnly: null, cursor: 0, top: 0}, reading: null, picker: {cursor: 0, top: 0, from: 'article'}, saving: null, message: null, reloading: false, helpTop: 0, search: {query: '', active: null}, mood: null};
	const index = openId === undefined ? -1 : context.articles.findIndex(article => article.id === openId);
	if (index === -1) return just(state);
	const list = {query: '', unreadOnly: null, cursor: index, top: windowTop(0, index, context.listHeight, context.articles.length)};
	return openArticle({...state, list}, context.articles[index]!, context);
}

/** The next state, and what it asks for, after `event`. */
export function step(state: ReaderState, event: ReaderEvent, context: StepContext): Step {
	switch (event.type) {
		case 'saved': {
			// A warning said while the pick was written (the store found corrupt and set aside) outlasts its "Saved".
			const saved = pickSaved(state, context);
			return just(state.message?.error ? {...saved, message: state.message} : saved);
		}

		case 'unsaved': {
			return just(pickUnsaved(state, event.reason));
		}

		case 'placeFailed': {
			return just({...state, message: {text: `Place not saved: ${event.reason}`, error: true}});
		}

		case 'reloading':
		case 'told': {
			return just({...state, message: {text: event.text, error: false}});
		}

		case 'reloaded': {
			return just(reloaded(state, event, context));
		}

		case 'warned': {
			return just({...state, message: {text: event.text, error: true}});
		}

		case 'text': {
			return just(state.mode === 'search' ? typeSearch(state, event.text) : typeText(state, event.text));
		}

		case 'command': {
			return onCommand(state, event.command, context);
		}
	}
}

function onCommand(state: ReaderState, command: Command, context: StepContext): Step {
	// A key clears the last message; the ways out work whatever is under way.
	const next = {...state, message: null};
	if (command === 'exit' || (command === 'quit' && !inMoodGroup(state))) return {state: next, effects: [{type: 'quit'}]};
	// Suspending leaves everything as it is, help and a pick under way included: `fg` finds it so.
	if (command === 'suspend') return {state, effects: [{type: 'suspend'}]};
	if (command === 'redraw') return {state, effects: [{type: 'redraw'}]};
	// Nothing else until the pick is written: the keys after it would act on a picker about to close.
	if (state.saving) return just(state);
	const helped = helpStep(next, command, context);
	if (helped) return just(helped);
	// m opens the mood screen from the list and an article, and goes back to it from a group's list; q and Esc leave that list for it too.
	if (command === 'mood' && (next.mode === 'list' || next.mode === 'article')) return just(openMoodScreen(next));
	if (inMoodGroup(next) && command === 'quit') return just(openMoodScreen(next));
	if (command === 'clear' && next.mood !== null && (next.mode === 'list' || next.mode === 'filter')) return just(next.mode === 'list' && next.list.query === '' ? openMoodScreen(next) : clearInGroup(next, context));

	switch (next.mode) {
		case 'list':
		case 'filter': {
			return listStep(next, command, context);
		}

		case 'article': {
			return articleStep(next, command, context);
		}

		case 'search': {
			return searchStep(next, command, context);
		}

		case 'picker': {
			return pickerStep(next, command, context);
		}

		case 'mood': {
			return moodScreenStep(next, command, context);
		}
	}
}
