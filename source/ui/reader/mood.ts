// The mood screen's own model and its reducer: which grouping it shows (Tab
// goes week → source → label → week), which group the cursor is on, and,
// after Enter, the group whose articles the list shows filtered. Pure, over
// the tally of the grouping in view; the reader's state machine holds a
// MoodScreen and hands its commands here (wired in with the screen itself).
import {type MoodGroup, type MoodKey, moodKeys} from '../../news/mood.js';
import {type Command} from './commands.js';
import {clampIndex, windowTop} from './list-window.js';

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
export type MoodCommand = Extract<Command, 'up' | 'down' | 'first' | 'last' | 'open' | 'back' | 'cancel' | 'quit'> | 'nextGrouping';

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
