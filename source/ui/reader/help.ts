// Help sits over whichever view is open and takes its keys: while it shows,
// the article's scrolling keys scroll it when it is longer than the screen
// (so it can be read to its end) and any other command closes it and does nothing else,
// so a key pressed to dismiss it never also moves or quits (Ctrl+C aside,
// handled before any view).
import type {Command} from './commands.js';
import type {ReaderState, StepContext} from './state.js';

/** The commands that scroll help: what they move its top by, given its height. */
const scrolls: Partial<Record<Extract<Command, string>, (height: number, top: number, maxTop: number) => number>> = {
	up: (_height, top) => top - 1,
	down: (_height, top) => top + 1,
	next: (height, top) => top + height,
	previous: (height, top) => top - height,
	first: () => 0,
	last: (_height, _top, maxTop) => maxTop,
};

/** Whether a command scrolls help rather than closing it. */
export function scrollsHelp(command: Command): boolean {
	return typeof command === 'string' && scrolls[command] !== undefined;
}

/** The state after `command` if help handles it (it shows, or `command` opens it); undefined if the view underneath does. */
export function helpStep(state: ReaderState, command: Command, context: StepContext): ReaderState | undefined {
	if (state.help) {
		const scroll = typeof command === 'string' ? scrolls[command] : undefined;
		const maxTop = context.help.maxTop(state.mode);
		// Help that fits has nothing to scroll: as its status line says, any key closes it.
		if (scroll === undefined || maxTop === 0) return {...state, help: false};
		return {...state, helpTop: Math.max(0, Math.min(maxTop, scroll(context.help.height, state.helpTop, maxTop)))};
	}

	if (command === 'help') return {...state, help: true, helpTop: 0};
	return undefined;
}
