// The reader's way in and out. The terminal is put in the alternate screen
// with the cursor hidden before Ink draws, and given back on every way out:
// q, Ctrl+C, a signal, a crash. The CLI imports this module lazily, so
// scripting never loads Ink or React.
import process from 'node:process';
import ansiEscapes from 'ansi-escapes';
import {type Instance, render} from 'ink';
import {type Library} from '../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {App} from './app.js';
import {errorText} from './reader/error-text.js';
import {useTerminalSize} from './use-terminal-size.js';

/** What the CLI hands the reader: it opens the library and the store, and decides colour and measure. */
type ReaderOptions = {library: Library; store: ReactionStore; openId?: string; colour: boolean; measure: number};

function Reader(options: ReaderOptions) {
	const {columns, rows} = useTerminalSize();
	return <App {...options} columns={columns} rows={rows} />;
}

// Signals that end the process: the terminal is restored, then the signal
// is raised again so the parent sees how the reader ended.
const endingSignals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** Runs the reader in this terminal until it quits; the terminal is given back however it ends. */
export async function runReader(options: ReaderOptions): Promise<void> {
	const {stdout, stderr} = process;
	const screen = stdout.isTTY;
	let restored = false;
	const restore = () => {
		if (restored || !screen) return;
		restored = true;
		stdout.write(ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen);
	};

	if (screen) stdout.write(ansiEscapes.enterAlternativeScreen + ansiEscapes.cursorHide);
	let instance: Instance;
	try {
		// Renders follow keys, not animation: a key right after a frame should not wait out a 30 fps throttle.
		// Ctrl+C is the App's own key (its `exit` binding, in every view), so that there is one way to quit, the one tests drive.
		instance = render(<Reader {...options} />, {exitOnCtrlC: false, maxFps: 120});
	} catch (error) {
		restore();
		throw error;
	}

	const stopListening = () => {
		for (const signal of endingSignals) process.off(signal, onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('exit', restore);
	};

	const unmount = () => {
		try {
			instance.unmount();
		} catch {
			// Already gone or broken: the terminal is restored regardless.
		}
	};

	function onSignal(signal: NodeJS.Signals) {
		stopListening();
		unmount();
		restore();
		process.kill(process.pid, signal);
	}

	function onCrash(error: unknown) {
		stopListening();
		unmount();
		restore();
		stderr.write(`broadsheet: ${errorText(error)}\n`);
		process.exit(1);
	}

	for (const signal of endingSignals) process.on(signal, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	// The last resort, should anything call process.exit() while the reader is up.
	process.on('exit', restore);

	try {
		// Rejects when a render throws: the CLI reports it in one line.
		await instance.waitUntilExit();
	} finally {
		stopListening();
		restore();
	}
}
