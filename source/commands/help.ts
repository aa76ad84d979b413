// `--help`: what broadsheet takes, and where it keeps things on this machine.
import type {Context} from './context.js';

/** Writes the help; it names the store's file without opening it. */
export async function run(context: Context): Promise<void> {
	// The text reads the reader's key table: it loads for --help alone.
	const {helpText} = await import('./help-text.js');
	context.write(helpText(context.files()));
}
