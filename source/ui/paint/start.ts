// The reader's first moments, before Ink and React are imported: the
// terminal taken (alternate screen, cursor hidden, the guard beside it), the
// loading frame and then the list painted as plain ANSI from the same lines
// Ink draws, and the keys typed meanwhile read and stepped through the
// reducer, each answer painted the same way. Ink is then mounted on the state
// they left (run.tsx); no byte is handed back to stdin.
import process from 'node:process';
import supportsHyperlinks from 'supports-hyperlinks';
import {reactions} from '../../news/catalogue.js';
import type {Library, ScanProgress} from '../../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../../store/store.js';
import {eventFor, type KeyPress, keyTable} from '../input/key-table.js';
import {rawPresses} from '../input/raw-keys.js';
import {runEffect} from '../reader/effects.js';
import {openSession, type Session} from '../reader/session.js';
import type {Effect, ReaderState, Step, StepContext} from '../reader/state.js';
import {start, step} from '../reader/step.js';
import {guardTerminal} from '../terminal-guard.js';
import {type LoadingProgress, loadingView} from '../view/loading.js';
import {show} from '../view/screen.js';
import {type ScreenSize, screenSize, stepContext} from '../view/size.js';
import {paintedFrame} from './ansi.js';
import {loadingLines, type Look, type PaintLine, screenLines} from './lines.js';
import {themeFor} from './theme.js';

/** The library read, and the article to open first (`--article`, resolved against it). */
export type Loaded = {library: Library; openId?: string};

/**
 * The terminal as the reader holds it: `give` hands it back (once), on every
 * way out; `stop` stops the reader with it given back (Ctrl+Z, SIGTSTP), and
 * `resume` takes it again on SIGCONT, saying whether its size changed.
 */
export type HeldScreen = {take(): void; give(): void; stop(): void; resume(): boolean};

/** What the first frame hands Ink: the library, the session, and the screen. */
export type FirstFrame = {
	loaded: Loaded;
	session: Session;
	screen: HeldScreen;
	/**
	 * Stops reading keys here and gives the state they left and the effects
	 * they asked for, not yet run; `quit` when one of them quit. Keys after it
	 * wait in the stream; `letGo` once Ink reads them.
	 */
	takeOver(): {first: Step; quit: boolean; letGo(): void};
};

/** What the reader starts from: how to read the library, the store, and how to draw. */
export type FirstOptions = {load(onProgress: ScanProgress): Promise<Loaded>; store: ReactionStore; colour: boolean; measure: number};

/** How often, in milliseconds, the loading frame's count is painted again. */
const progressEvery = 100;

/** What gives the terminal back: the cursor shown, the main screen again. */
const giveBack = '\u001B[?25h\u001B[?1049l';
const takeHold = '\u001B[?1049h\u001B[?25l';

/**
 * The terminal's size as it is now. The terminal may have been resized while
 * the reader was stopped, and the SIGWINCH went to the shell in the
 * foreground then; Node's getWindowSize only gives the size it last heard
 * of, so the size is asked of the terminal itself, as Node asks it on a
 * SIGWINCH (its tty handle's getWindowSize, the TIOCGWINSZ ioctl).
 */
function windowSize(stdout: NodeJS.WriteStream): [number, number] | undefined {
	if (!stdout.isTTY) return undefined;
	const handle = (stdout as {_handle?: {getWindowSize?(size: number[]): number}})._handle;
	const size = [0, 0];
	if (handle?.getWindowSize === undefined || handle.getWindowSize(size) !== 0) return stdout.getWindowSize();
	return [size[0]!, size[1]!];
}

function holdScreen(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): HeldScreen {
	// Should the reader die where it cannot restore the terminal (a signal while it is busy), the guard does.
	const guard = guardTerminal(giveBack);
	let given = false;
	return {
		take() {
			stdout.write(takeHold);
		},
		give() {
			stdout.write(giveBack);
			if (given) return;
			given = true;
			guard.release();
		},
		stop() {
			stdout.write(giveBack);
			if (stdin.isTTY) stdin.setRawMode(false);
			// SIGSTOP, not SIGTSTP: this runs for SIGTSTP too, and a stop the terminal asks for is ignored in an orphaned process group.
			process.kill(process.pid, 'SIGSTOP');
		},
		resume() {
			if (stdin.isTTY) {
				// libuv skips a mode it believes set, and the shell may have cooked the terminal meanwhile: off, then on.
				stdin.setRawMode(false);
				stdin.setRawMode(true);
			}

			stdout.write(takeHold);
			const size = windowSize(stdout);
			if (size === undefined) return false;
			const [columns, rows] = size;
			if (columns === stdout.columns && rows === stdout.rows) return false;
			stdout.columns = columns;
			stdout.rows = rows;
			return true;
		},
	};
}

const sizeOf = (stdout: NodeJS.WriteStream, measure: number): ScreenSize => screenSize(stdout.columns || 80, stdout.rows || 24, measure);

/**
 * Takes the terminal and paints the loading frame, then the reader's first
 * screen once the library is read; keys typed meanwhile act on it. Resolves
 * undefined when a key quit before the list was up (the screen given back).
 */
export async function paintFirstFrame({load, store, colour, measure}: FirstOptions): Promise<FirstFrame | undefined> {
	const {stdin, stdout} = process;
	const look: Look = {theme: themeFor(colour), hyperlinks: supportsHyperlinks.stdout};
	const screen = holdScreen(stdin, stdout);
	// From a stop until SIGCONT's handler has taken the screen again nothing is painted: the key that stopped
	// the reader goes on to paint once the process runs again, and would draw on the shell's screen at the old size.
	let stopped = false;
	const paint = (lines: readonly PaintLine[]) => {
		if (!stopped) stdout.write(paintedFrame(lines));
	};
	screen.take();
	let size = sizeOf(stdout, measure);
	let progress: LoadingProgress;
	paint(loadingLines(loadingView(size, progress), look));

	// Keys typed while the folder is read wait for the list; q and Ctrl+C end the reader at once.
	let waiting: KeyPress[] = [];
	let quit = false;
	let onPresses = (presses: KeyPress[]) => {
		for (const press of presses) {
			const event = eventFor({mode: 'list', help: false}, press, true);
			if (event?.type === 'command' && (event.command === 'quit' || event.command === 'exit')) quit = true;
			else if (event?.type === 'command' && event.command === 'suspend') suspend();
			else waiting.push(press);
		}
	};

	const onData = (read: string) => {
		onPresses(rawPresses(read));
	};

	let repaint = () => {
		paint(loadingLines(loadingView(size, progress), look));
	};

	// Ctrl+Z and SIGTSTP stop the reader with the terminal given back, as run.tsx does once Ink is up; SIGCONT takes it again.
	const suspend = () => {
		stopped = true;
		screen.stop();
	};

	const resume = () => {
		screen.resume();
		stopped = false;
		onResize();
	};

	stdin.setEncoding('utf8');
	stdin.on('data', onData);
	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);

	// A new size is drawn on a cleared screen: rows of the old width, cut or wrapped by the terminal, would
	// otherwise stay marked as wrapped under the new frame (as Ink clears when the width shrinks).
	const eraseScreen = '\u001B[2J';
	let onResize = () => {
		size = sizeOf(stdout, measure);
		if (!stopped) stdout.write(eraseScreen);
		repaint();
	};

	stdout.on('resize', onResize);
	const stop = () => {
		stdin.off('data', onData);
		stdin.pause();
		stdout.off('resize', onResize);
		process.off('SIGTSTP', suspend);
		process.off('SIGCONT', resume);
	};

	let loaded: Loaded;
	try {
		let paintedAt = performance.now();
		loaded = await load((read, total) => {
			if (quit) throw new Error('the reader has quit');
			if (performance.now() - paintedAt < progressEvery) return;
			paintedAt = performance.now();
			progress = {read, total};
			repaint();
		});
	} catch (error) {
		stop();
		screen.give();
		if (quit) return undefined;
		throw error;
	}

	if (quit) {
		stop();
		screen.give();
		return undefined;
	}

	const session = openSession(store);
	let context: StepContext = stepContext(loaded.library.articles, reactions, size, session);
	const started = start(context, loaded.openId);
	let state: ReaderState = started.state;
	const effects: Effect[] = [...started.effects];
	repaint = () => {
		paint(screenLines(show({state, context, library: loaded.library, snapshot: session.snapshot(), readError: session.readError, size, keys: keyTable}), look));
	};

	onPresses = presses => {
		for (const press of presses) {
			if (quit) return;
			const event = eventFor(state, press, size.tooSmall);
			if (event === undefined) continue;
			const next = step(state, event, context);
			state = next.state;
			// Stopping and redrawing are the terminal's business, done here and now; the rest wait for Ink to run them.
			for (const effect of next.effects) {
				if (effect.type === 'suspend') suspend();
				else if (effect.type !== 'redraw') effects.push(effect);
			}

			quit = next.effects.some(effect => effect.type === 'quit');
		}
	};

	const onKeys = (read: string) => {
		onPresses(rawPresses(read));
		if (!quit) repaint();
	};

	stdin.off('data', onData);
	stdin.on('data', onKeys);
	stdout.off('resize', onResize);
	onResize = () => {
		size = sizeOf(stdout, measure);
		context = stepContext(loaded.library.articles, reactions, size, session);
		if (!stopped) stdout.write(eraseScreen);
		repaint();
	};

	stdout.on('resize', onResize);
	onPresses(waiting);
	waiting = [];
	if (!quit) repaint();
	return {
		loaded,
		session,
		screen,
		takeOver() {
			stdin.off('data', onKeys);
			stdout.off('resize', onResize);
			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', resume);
			if (quit) {
				stdin.pause();
				return {first: {state, effects}, quit, letGo() {}};
			}

			// What comes in from here is held in the stream for Ink, which reads on 'readable': a listener that
			// reads nothing switches the stream to holding. Not pause(): on a terminal it stops reading a turn
			// later, under Ink's listener, which then never hears of the keys.
			const hold = () => undefined;
			stdin.on('readable', hold);
			return {first: {state, effects}, quit, letGo() {
				stdin.off('readable', hold);
			}};
		},
	};
}

/**
 * Runs what the keys before Ink asked for when one of them quit: the writes
 * are started (the session then tries what is still queued as it closes),
 * and nothing is drawn.
 */
export function runEarlyEffects(effects: readonly Effect[], session: Session): void {
	for (const effect of effects) {
		if (effect.type !== 'quit' && effect.type !== 'suspend' && effect.type !== 'redraw') void runEffect(effect, {session, quit() {}});
	}
}
