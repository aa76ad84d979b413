// The mood screen's own model and its reducer: which grouping it shows (Tab
// goes week → source → label → week), which group the cursor is on, and,
// after Enter, the group whose articles the list shows filtered. Pure, over
// the tally of the grouping in view (StepContext.mood); the reader's state
// holds it with the place it was opened from, which q goes back to.
import {type MoodGroup, type MoodKey, moodKeys} from '../../news/mood.js';
import type {Command} from './commands.js';
import {visibleArticles} from './list.js';
import {clampIndex, windowTop} from './list-window.js';
import {just, type ListingState, type MoodOpen, type MoodState, type ReaderState, type Step, type StepContext} from './state.js';

/** The mood screen as the reader keeps it while it is open. */
export type MoodScreen = {
	by: MoodKey;
	cursor: number;
	/** The first group row in view. */
	top: number;
	/** Enter on a group: the list shows these articles (Esc comes back here); null on the bars. */
	group: {key: string; articles: readonly string[]} | null;
};

/** What the mood screen answers to: the list's moves, Enter, Esc and q, and Tab's next grouping. */
export type MoodCommand = Extract<Command, 'up' | 'down' | 'first' | 'last' | 'open' | 'back' | 'cancel' | 'quit' | 'nextGrouping'>;

const moodCommands: ReadonlySet<Command> = new Set<MoodCommand>(['up', 'down', 'first', 'last', 'open', 'back', 'cancel', 'quit', 'nextGrouping']);

function isMoodCommand(command: Command): command is MoodCommand {
	return moodCommands.has(command);
}

/** `m`: the mood screen opens by week, on the newest week. */
export function openMood(): MoodScreen {
	return {by: 'week', cursor: 0, top: 0, group: null};
}

/** The grouping after this one, round again after the last. */
export function nextGrouping(by: MoodKey): MoodKey {
	return moodKeys[(moodKeys.indexOf(by) + 1) % moodKeys.length]!;
}

/**
 * One command on the mood screen, given the groups of the grouping in view
 * (`groupsBy`, so that Tab can count the next one's) and how many group rows
 * fit: the screen after it, or `leave` for q (back to where it was opened).
 * While a group's articles are listed, only Esc (back, cancel) is the mood
 * screen's: it comes back to the bars, the cursor where it was.
 */
export function moodStep(screen: MoodScreen, command: MoodCommand, groupsBy: (by: MoodKey) => readonly MoodGroup[], rows: number): MoodScreen | 'leave' {
	if (screen.group !== null) return command === 'back' || command === 'cancel' ? {...screen, group: null} : screen;
	const groups = groupsBy(screen.by);
	const moveTo = (index: number): MoodScreen => {
		const cursor = clampIndex(index, groups.length);
		return {...screen, cursor, top: windowTop(screen.top, cursor, rows, groups.length)};
	};

	switch (command) {
		case 'up': {
			return moveTo(screen.cursor - 1);
		}

		case 'down': {
			return moveTo(screen.cursor + 1);
		}

		case 'first': {
			return moveTo(0);
		}

		case 'last': {
			return moveTo(groups.length - 1);
		}

		case 'nextGrouping': {
			return {...screen, by: nextGrouping(screen.by), cursor: 0, top: 0};
		}

		case 'open': {
			const group = groups[clampIndex(screen.cursor, groups.length)];
			return group === undefined ? screen : {...screen, group: {key: group.key, articles: group.articles}};
		}

		case 'back':
		case 'cancel':
		case 'quit': {
			return 'leave';
		}
	}
}

/** The list while it shows a group of the mood screen: Esc (with no filter typed), q and m go back to the bars. */
export function inMoodGroup(state: ReaderState): state is ListingState & {mood: MoodOpen} {
	return state.mode === 'list' && state.mood !== null;
}

/**
 * `m`: the mood screen. From the list or an article it opens by week, and
 * keeps that place (the list as it is, the article at its page) for q; from
 * a group's list, or an article opened from it, it goes back to the bars,
 * on that group.
 */
export function openMoodScreen(state: ReaderState): MoodState {
	if (state.mood !== null) return {...state, mode: 'mood', reading: null, mood: {...state.mood, screen: {...state.mood.screen, group: null}}};
	return {...state, mode: 'mood', reading: null, mood: {screen: openMood(), from: {list: state.list, reading: state.reading}}};
}

/**
 * Esc in a group's list with a filter typed: the filter is cleared, the
 * highlighted article still highlighted among the group's.
 */
export function clearInGroup(state: ListingState, context: StepContext): ListingState {
	const visible = visibleArticles(state, context);
	const highlighted = visible[clampIndex(state.list.cursor, visible.length)];
	const cleared: ListingState = {...state, mode: 'list', list: {...state.list, query: ''}};
	const shown = visibleArticles(cleared, context);
	const cursor = highlighted === undefined ? 0 : Math.max(0, shown.indexOf(highlighted));
	return {...cleared, list: {...cleared.list, cursor, top: windowTop(state.list.top, cursor, context.listHeight, shown.length)}};
}

/**
 * A command on the mood screen: moodStep over the context's tally. Enter
 * shows the group's articles in the list (a list of its own, from the top);
 * q and Esc go back to where `m` was pressed, as it was.
 */
export function moodScreenStep(state: MoodState, command: Command, context: StepContext): Step {
	if (!isMoodCommand(command)) return just(state);
	const {screen, from} = state.mood;
	const next = moodStep(screen, command, context.mood.groups, context.mood.rows(screen.by));
	if (next === 'leave') {
		const back = {...state, list: from.list, mood: null};
		return just(from.reading === null ? {...back, mode: 'list', reading: null} : {...back, mode: 'article', reading: from.reading});
	}

	if (next.group !== null) return just({...state, mode: 'list', reading: null, list: {query: '', unreadOnly: null, cursor: 0, top: 0}, mood: {...state.mood, screen: next}});
	return just({...state, mood: {...state.mood, screen: next}});
}
