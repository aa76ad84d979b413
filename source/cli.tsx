// argv → action → its command (`commands[action.kind](context, action)`).
// Parsing is pure, the context is the one place a command reaches the
// process through, and an error says its own exit code; this file only
// catches, once, to end the process with it.
import process from 'node:process';
import {createContext, errorLine} from './commands/context.js';
import {parseFlags} from './commands/flags.js';
import {runAction} from './commands/index.js';
import {BroadsheetError} from './errors.js';

async function main() {
	try {
		const {action, ...flags} = parseFlags(process.argv.slice(2));
		await runAction(createContext(flags), action);
	} catch (error) {
		if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') process.exit(0);
		process.stderr.write(errorLine((error as Error | undefined)?.message ?? String(error)));
		process.exit(error instanceof BroadsheetError ? error.exitCode : 1);
	}
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', error => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	throw error;
});

await main();
