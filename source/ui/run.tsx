// The reader's way in and out. The terminal is put in the alternate screen
// with the cursor hidden before Ink draws, and given back on every way out:
// q, Ctrl+C, a signal, a crash; and for the while it is suspended (Ctrl+Z,
// SIGTSTP), to be taken again and redrawn on SIGCONT. The CLI imports this
// module lazily, so scripting never loads Ink or React.
import process from 'node:process';
import ansiEscapes from 'ansi-escapes';
import {Box, type Instance, render, useApp, useInput} from 'ink';
import {useEffect, useState} from 'react';
import {type Library, type ScanProgress} from '../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {BroadsheetError} from '../errors.js';
import {App, type TypedAhead} from './app.js';
import {openLink} from './open-link.js';
import supportsHyperlinks from 'supports-hyperlinks';
import {keyPresses} from './input/key-press.js';
import {eventFor} from './input/key-table.js';
import {errorText} from './reader/error-text.js';
import {guardTerminal, holdEndingSignals} from './terminal-guard.js';
import {closeSession} from './reader/session.js';
import {LoadingScreen} from './screens/loading.js';
import {ThemeProvider} from './screens/theme.js';
import {type ReloadLibrary, type Warnings} from './use-reader.js';
import {useTerminalSize} from './use-terminal-size.js';
import {type LoadingProgress, loadingView} from './view/loading.js';
import {screenSize} from './view/size.js';

/** The library read, and the article to open first (`--article`, resolved against it). */
type Loaded = {library: Library; openId?: string};

/**
 * What the CLI hands the reader: the way to read the library (in slices,
 * saying how far it has got; a bad --article rejects), the store opened,
 * colour and measure decided, and the warnings said while the reader is up.
 */
type ReaderOptions = {load(onProgress: ScanProgress): Promise<Loaded>; store: ReactionStore; colour: boolean; measure: number; warnings: Warnings; reload?: ReloadLibrary};

/** What the reader shows: the loading frame until the library is read, then the App. */
type ReaderProps = Omit<ReaderOptions, 'load'> & {progress: LoadingProgress; loaded: Loaded | undefined; typedAhead: TypedAhead};

/** How often, in milliseconds, the loading frame's count is drawn again. */
const progressEvery = 100;

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

/**
 * The keys while the folder is read: q and Ctrl+C quit at once, Ctrl+Z
 * suspends, and any other key waits in `typedAhead` for the App to act on
 * once the list is up (as keys typed before the reader starts do).
 */
function useLoadingKeys(typedAhead: TypedAhead, suspend: () => void): void {
	const {exit} = useApp();
	useInput((input, key) => {
		if (typedAhead.taken) return;
		for (const press of keyPresses(input, key)) {
			const event = eventFor({mode: 'list', help: false}, press, true);
			if (event?.type === 'command' && (event.command === 'quit' || event.command === 'exit')) {
				exit();
				return;
			}

			if (event?.type === 'command' && event.command === 'suspend') suspend();
			else typedAhead.presses.push(press);
		}
	});
}

function Reader({redraw, repaint, suspend, holdSignals, progress, loaded, typedAhead, ...options}: ReaderProps & {redraw: Redraws; repaint(): void; suspend(): void; holdSignals(): void}) {
	const {columns, rows} = useTerminalSize();
	useLoadingKeys(typedAhead, suspend);
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
			{loaded === undefined
				? (
					<ThemeProvider colour={options.colour}>
						<LoadingScreen view={loadingView(screenSize(columns, rows, options.measure), progress)} />
					</ThemeProvider>
				)
				: <App {...options} {...loaded} typedAhead={typedAhead} columns={columns} rows={rows} suspend={suspend} redraw={repaint} openLink={openLink} hyperlinks={supportsHyperlinks.stdout} holdSignals={holdSignals} />}
		</Box>
	);
}

/** What gives the terminal back: the reader writes it on every way out, the guard when the reader cannot. */
const giveBack = ansiEscapes.cursorShow + ansiEscapes.exitAlternativeScreen;

/** Runs the reader in this terminal until it quits; the terminal is given back however it ends. */
export async function runReader(options: ReaderOptions): Promise<void> {
	const {stdin, stdout, stderr} = process;
	const screen = stdout.isTTY;
	const takeScreen = () => {
		if (screen) stdout.write(ansiEscapes.enterAlternativeScreen + ansiEscapes.cursorHide);
	};

	const giveScreen = () => {
		if (screen) stdout.write(giveBack);
	};

	// Should the reader die where it cannot restore the terminal (a signal while it is busy), the guard does.
	const guard = screen ? guardTerminal(giveBack) : undefined;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		giveScreen();
		guard?.release();
	};

	const redraw = redraws();
	// Ctrl+L: whatever another program wrote over the screen is erased, then the frame drawn whole (as after a suspension).
	const repaint = () => {
		if (screen) stdout.write(ansiEscapes.eraseScreen + ansiEscapes.cursorTo(0, 0));
		redraw.redraw();
	};

	const suspend = () => {
		giveScreen();
		if (stdin.isTTY) stdin.setRawMode(false);
		// SIGSTOP, not SIGTSTP: this is SIGTSTP's handler, and a stop the terminal asks for is ignored in an orphaned process group.
		process.kill(process.pid, 'SIGSTOP');
	};

	const resume = () => {
		if (stdin.isTTY) {
			// libuv skips a mode it believes set, and the shell may have cooked the terminal meanwhile: off, then on.
			stdin.setRawMode(false);
			stdin.setRawMode(true);
		}

		takeScreen();
		if (screen) stdout.write(ansiEscapes.eraseScreen + ansiEscapes.cursorTo(0, 0));
		// The terminal may have been resized while the reader was stopped: it was not told (SIGWINCH goes to the foreground).
		refreshSize(stdout);
		redraw.redraw();
	};

	const {load, ...rest} = options;
	const typedAhead: TypedAhead = {presses: [], taken: false};
	let instance: Instance;
	let draw: (progress: LoadingProgress, loaded: Loaded | undefined) => void;
	// SIGTERM, SIGHUP, SIGINT and SIGQUIT end the reader by their default action, at once however busy it
	// is, and the guard gives the terminal back; their listeners (Ink's own first) are put back after.
	let signals: ReturnType<typeof holdEndingSignals> | undefined;
	try {
		// Renders follow keys, not animation: a key right after a frame should not wait out a 30 fps throttle.
		// Ctrl+C is the App's own key (its `exit` binding, in every view), so that there is one way to quit, the one tests drive.
		// Ink installs its signal listeners as it starts: it starts on nothing, a turn of the loop hands them any
		// signal already caught, and they are put aside before the screen is taken and the first layout made.
		instance = render(null, {exitOnCtrlC: false, maxFps: 120});
		await new Promise(resolve => {
			setImmediate(resolve);
		});
		signals = holdEndingSignals();
		takeScreen();
		const {hold} = signals;
		draw = (progress, loaded) => {
			instance.rerender(<Reader {...rest} progress={progress} loaded={loaded} typedAhead={typedAhead} redraw={redraw} repaint={repaint} suspend={suspend} holdSignals={hold} />);
		};

		draw(undefined, undefined);
	} catch (error) {
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

	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	// The last resort, should anything call process.exit() while the reader is up.
	process.on('exit', restore);

	// The folder is read in slices, the loading frame's count redrawn as it goes (at most every tenth of a second: a
	// frame costs a few milliseconds of the reading's own time). A quit meanwhile stops the reading at the next slice
	// (the process would otherwise stay up until it ends); a failure (no folder, a bad --article) ends the reader, to
	// be said once the screen is given back.
	let ended = false;
	let failure: {error: unknown} | undefined;
	let drawnAt = performance.now();
	void load((read, total) => {
		if (ended) throw new Error('the reader has quit');
		if (performance.now() - drawnAt < progressEvery) return;
		drawnAt = performance.now();
		draw({read, total}, undefined);
	}).then(loaded => {
		if (!ended) draw(undefined, loaded);
	}, (error: unknown) => {
		if (ended) return;
		failure = {error};
		unmount();
	});

	try {
		// Rejects when a render throws: the CLI reports it in one line.
		await instance.waitUntilExit();
	} finally {
		ended = true;
		stopListening();
		restore();
		signals.release();
	}

	if (failure) throw failure.error;

	// After the screen is given back: writes still queued are tried once, and a pick not saved is said (exit 1).
	const unsaved = await closeSession(options.store);
	if (unsaved !== undefined) throw new BroadsheetError(unsaved);
}

/** Reads the terminal's size again, and tells the stream's listeners (Ink, useTerminalSize) if it changed. */
function refreshSize(stdout: NodeJS.WriteStream): void {
	if (!stdout.isTTY) return;
	const [columns, rows] = stdout.getWindowSize();
	if (columns === stdout.columns && rows === stdout.rows) return;
	stdout.columns = columns;
	stdout.rows = rows;
	stdout.emit('resize');
}
