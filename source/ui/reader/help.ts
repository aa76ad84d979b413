// Help sits over whichever view is open and takes its keys: while it shows,
// any command closes it and does nothing else, so a key pressed to dismiss
// it never also moves or quits (Ctrl+C aside, handled before any view).
import {type Command} from './commands.js';
import {type ReaderState} from './state.js';

/** The state after `command` if help handles it (it shows, or `command` opens it); undefined if the view underneath does. */
export function helpStep(state: ReaderState, command: Command): ReaderState | undefined {
	if (state.help) return {...state, help: false};
	if (command === 'help') return {...state, help: true};
	return undefined;
}
