// The command line as a table: each kind of action, the command that runs it.
// Typed over Action's kinds, so a new kind does not compile until it has a
// command here, and each command is given its own kind of action.
import type {Context} from './context.js';
import type {Action, ActionOf} from './flags.js';
import * as help from './help.js';
import * as json from './json.js';
import * as list from './list.js';
import * as print from './print.js';
import * as react from './react.js';
import * as reactions from './reactions.js';
import * as reader from './reader.js';
import * as version from './version.js';

/** A command: does what an action of its kind asks, through the context. */
type Command<K extends Action['kind']> = (context: Context, action: ActionOf<K>) => Promise<void>;

/**
 * A command whose module loads only when it runs: the feed commands bring the
 * XML and HTML parsers, which no other command's start-up should pay for.
 */
function later<K extends Action['kind']>(load: () => Promise<{run: Command<K>}>): Command<K> {
	return async (context, action) => (await load()).run(context, action);
}

/** Every kind of action's command. */
const commands: {[K in Action['kind']]: Command<K>} = {
	help: help.run,
	version: version.run,
	list: list.run,
	reactions: reactions.run,
	// The bars bring the layout's width tables and chalk: only --mood loads them.
	mood: later(async () => import('./mood.js')),
	reader: reader.run,
	print: print.run,
	json: json.run,
	react: react.run,
	import: later(async () => import('./import.js')),
	update: later(async () => import('./update.js')),
	feeds: later(async () => import('./feeds.js')),
	unsubscribe: later(async () => import('./unsubscribe.js')),
};

/** Runs the command of the action's kind on it; generic, so that TypeScript knows the command and the action match. */
export function runAction<K extends Action['kind']>(context: Context, action: ActionOf<K>): Promise<void> {
	return commands[action.kind](context, action);
}
