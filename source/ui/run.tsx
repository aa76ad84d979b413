// The reader's way in and out. The terminal is put in the alternate screen
// with the cursor hidden before Ink draws, and given back on every way out:
// q, Ctrl+C, a signal, a crash; and for the while it is suspended (Ctrl+Z,
// SIGTSTP), to be taken again and redrawn on SIGCONT. The CLI imports this
// module lazily, so scripting never loads Ink or React.
import process from 'node:process';
import {Box, type Instance, render} from 'ink';
import {useEffect, useState} from 'react';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {BroadsheetError} from '../errors.js';
import {App} from './app.js';
import {openLink} from './open-link.js';
import supportsHyperlinks from 'supports-hyperlinks';
import {errorText} from './reader/error-text.js';
import {holdEndingSignals} from './terminal-guard.js';
import {closeSession} from './reader/session.js';
import type {Step} from './reader/state.js';
import type {ReloadLibrary, Warnings} from './use-reader.js';
import {useTerminalSize} from './use-terminal-size.js';
import {type FirstFrame, type Loaded, runEarlyEffects} from './paint/start.js';

/**
 * What the CLI hands the reader: the first frame painted (the library read,
 * the session open, the terminal held), the store, colour and measure
 * decided, and the warnings said while the reader is up.
 */
type ReaderOptions = {early: FirstFrame; store: ReactionStore; colour: boolean; measure: number; warnings: Warnings; reload?: ReloadLibrary};

/** What the reader shows: the App on the library, from the state the keys before Ink left. */
type ReaderProps = Omit<ReaderOptions, 'early'> & Loaded & {session: FirstFrame['session']; first: Step};

/** Calls its listener when the screen must be drawn again from nothing (back from a suspension). */
type Redraws = {listen(redraw: () => void): () => void; redraw(): void};

function redraws(): Redraws {
	let listener: (() => void) | undefined;
	return {
		listen(redraw) {
			listener = redraw;
			return () => {
				listener = undefined;
			};
		},
		redraw() {
			listener?.();
		},
	};
}

function Reader({redraw, repaint, suspend, holdSignals, ...options}: ReaderProps & {redraw: Redraws; repaint(): void; suspend(): void; holdSignals(): void}) {
	const {columns, rows} = useTerminalSize();
	// Ink writes only what changed since its last frame; after a suspension the
	// screen is blank, so the frame is drawn empty once and then in full.
	const [blank, setBlank] = useState(false);
	useEffect(() => redraw.listen(() => {
		setBlank(true);
	}), [redraw]);
	useEffect(() => {
		if (blank) setBlank(false);
	}, [blank]);
	return (
		<Box display={blank ? 'none' : 'flex'}>
			<App {...options} columns={columns} rows={rows} suspend={suspend} redraw={repaint} openLink={openLink} hyperlinks={supportsHyperlinks.stdout} holdSignals={holdSignals} />
		</Box>
	);
}

/**
 * Mounts Ink on the first frame the painter drew, and runs the reader until
 * it quits; the terminal is given back however it ends.
 */
export async function runReader({early, ...options}: ReaderOptions): Promise<void> {
	const {stdout, stderr} = process;
	const {screen} = early;
	const eraseScreen = '\u001B[2J\u001B[H';
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		screen.give();
	};

	const redraw = redraws();
	// Ctrl+L: whatever another program wrote over the screen is erased, then the frame drawn whole (as after a suspension).
	const repaint = () => {
		stdout.write(eraseScreen);
		redraw.redraw();
	};

	const suspend = () => {
		screen.stop();
	};

	const resume = () => {
		const resized = screen.resume();
		stdout.write(eraseScreen);
		// Ink and useTerminalSize hear of a new size as of any resize.
		if (resized) stdout.emit('resize');
		redraw.redraw();
	};

	// Ctrl+Z and SIGTSTP are this module's from here (the painter's handlers go with takeOver): a SIGTSTP while
	// Ink mounts is not lost to its default action, which a process in an orphaned group ignores.
	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);
	// The keys read before Ink stop here: what they left is what Ink mounts on.
	const {first, quit, letGo} = early.takeOver();
	if (quit) {
		process.off('SIGTSTP', suspend);
		process.off('SIGCONT', resume);
		runEarlyEffects(first.effects, early.session);
		restore();
	} else {
		let instance: Instance;
		// SIGTERM, SIGHUP, SIGINT and SIGQUIT end the reader by their default action, at once however busy it
		// is, and the guard gives the terminal back; their listeners (Ink's own first) are put back after.
		let signals: ReturnType<typeof holdEndingSignals> | undefined;
		try {
			// Renders follow keys, not animation: a key right after a frame should not wait out a 30 fps throttle.
			// Ctrl+C is the App's own key (its `exit` binding, in every view), so that there is one way to quit, the one tests drive.
			// The first render is the reader itself: Ink writes it at once (its throttle's leading edge), before it
			// reads a key, so that it draws the very cells the painter left, over which later frames erase their lines.
			// Ink installs its signal listeners as it starts; a turn of the loop hands them any signal already caught,
			// and they are put aside before any long layout.
			let hold = () => undefined as void;
			instance = render(<Reader {...options} {...early.loaded} session={early.session} first={first} redraw={redraw} repaint={repaint} suspend={suspend} holdSignals={() => hold()} />, {exitOnCtrlC: false, maxFps: 120});
			await new Promise(resolve => {
				setImmediate(resolve);
			});
			signals = holdEndingSignals();
			hold = signals.hold;
			letGo();
		} catch (error) {
			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', resume);
			signals?.release();
			restore();
			throw error;
		}

		const stopListening = () => {
			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', resume);
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

		function onCrash(error: unknown) {
			stopListening();
			unmount();
			restore();
			stderr.write(`broadsheet: ${errorText(error)}\n`);
			process.exit(1);
		}

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
			signals.release();
		}
	}

	// After the screen is given back: writes still queued are tried once, and a pick not saved is said (exit 1).
	const unsaved = await closeSession(options.store);
	if (unsaved !== undefined) throw new BroadsheetError(unsaved);
}

