// argv → action → its command (`commands[action.kind](context, action)`).
// Parsing is pure, the context is the one place a command reaches the
// process through, and an error says its own exit code; this file only
// catches, once, to end the process with it, after stdout and stderr have
// taken everything written to them (process.exit drops what a pipe has not
// yet taken).
import process from 'node:process';
import {createContext, errorLine} from './commands/context.js';
import {parseFlags} from './commands/flags.js';
import {runAction} from './commands/index.js';
import {drained, isClosedPipe, written} from './commands/output.js';
import {BroadsheetError} from './errors.js';

/** Runs the command line; the exit code, with its one line already on stderr if it failed. */
async function main(): Promise<number> {
	try {
		const {action, ...flags} = parseFlags(process.argv.slice(2));
		await runAction(createContext(flags), action);
		await written(process.stdout);
		return 0;
	} catch (error) {
		if (isClosedPipe(error)) return 0;
		process.stderr.write(errorLine((error as Error | undefined)?.message ?? String(error)));
		return error instanceof BroadsheetError ? error.exitCode : 1;
	}
}

/** Ends the process with this code once stderr has taken what was written to it. */
async function exit(code: number): Promise<never> {
	await drained(process.stderr);
	process.exit(code);
}

// A reader that closes the pipe early (`| head`) is not an error: stop at once.
// Any other failure is remembered by the stream (`errored`) and said by `written`.
process.stdout.on('error', error => {
	if (isClosedPipe(error)) void exit(0);
});
// A stderr that fails leaves nowhere to say so.
process.stderr.on('error', () => undefined);

const code = await main();
// On success the event loop ends by itself, once every write is done.
if (code !== 0) await exit(code);
