// What a command may use of the world, and the one place that reads it: the
// environment, the streams, the folder and the store. The library and the
// store open on first use and at most once, so a command that needs neither
// (--help) reads no file, one that only reads never loads conf, and one that
// needs both opens each once.
import {closeSync, constants, openSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {isatty, WriteStream} from 'node:tty';
import {UsageError} from '../errors.js';
import {minimumHeight, minimumWidth} from '../layout/limits.js';
import type {Library, ScanProgress} from '../news/library.js';
import {spellControls} from '../news/sanitise.js';
import {openStore, type ReactionStore, storeFile} from '../store/store.js';
import {wantsColour} from './colour.js';
import type {Flags, Size} from './flags.js';
import {libraryFolder, namedFolder, openLibrary, openLibraryInSlices, shippedFolder} from './folder.js';
import {jsonText} from './json-shapes.js';

/** Where a context writes: stdout or stderr, or a test's stand-in. */
type Output = {write(text: string): unknown; isTTY?: boolean; columns?: number; rows?: number};

/** Standard input as commands see it: whether it is a terminal, and raw mode where it is one. */
type Input = {isTTY?: boolean; setRawMode?(raw: boolean): unknown};

/** A terminal's size as it reports it: 0 (or nothing) where it does not know. */
type TerminalSize = {columns?: number; rows?: number};

/**
 * What a context is made from: the process's environment and streams, or a
 * test's; `controllingTerminal` gives the size of the terminal the process
 * was started from, asked for only when stdout is not one (none when absent).
 */
export type World = {env: NodeJS.ProcessEnv; stdout: Output; stdin: Input; stderr: Output; controllingTerminal?: () => TerminalSize | undefined};

/**
 * The size of the process's controlling terminal, read from /dev/tty, or
 * undefined when it has none (a cron job, a detached session): with stdout a
 * pipe (`broadsheet --article 4 | less -R`) that is still the screen the
 * text ends up on. Opening /dev/tty reads nothing from it and takes no input.
 */
function readControllingTerminal(): TerminalSize | undefined {
	let fd: number;
	try {
		fd = openSync('/dev/tty', constants.O_RDONLY | constants.O_NOCTTY | constants.O_NONBLOCK);
	} catch {
		return undefined;
	}

	if (!isatty(fd)) {
		closeSync(fd);
		return undefined;
	}

	// The stream owns the descriptor from here: destroying it closes it.
	const stream = new WriteStream(fd);
	try {
		const [columns, rows] = stream.getWindowSize();
		return {columns, rows};
	} catch {
		return undefined;
	} finally {
		stream.destroy();
	}
}

/** The process's own world: its environment, its streams, and the terminal it was started from. */
const processWorld = (): World => ({env: process.env, stdout: process.stdout, stdin: process.stdin, stderr: process.stderr, controllingTerminal: readControllingTerminal});

/** A size from COLUMNS or LINES: a whole number above 0, else none. */
function sizeFromEnv(value: string | undefined): number | undefined {
	return value !== undefined && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** A side a terminal reported: a number above 0, else none (a terminal that says 0×0 does not know). */
function reported(value: number | undefined): number | undefined {
	return value !== undefined && value > 0 ? value : undefined;
}

/** The folders and the file broadsheet uses on this machine, as `--help` names them. */
export type Files = {
	/** `articles` in the user's data folder. */
	library: string;
	/** The articles shipped with broadsheet, shown while the library holds none. */
	shipped: string;
	/** The reactions store's config.json. */
	store: string;
};

/** A size to lay out for, each side at least the layout's minimum. */
type LayoutSize = {width: number; height: number};

/** What every command is given: the flags every action takes, the streams, and the folder and store, opened when first asked for. */
export type Context = {
	readonly stdout: Output;
	readonly stdin: Input;
	/** Whether to colour stdout: the flag, else the environment, else whether it is a terminal (SPEC §3). */
	readonly colour: boolean;
	/** The text column's cap in wide terminals; 0 is full width. */
	readonly measure: number;
	/** One line on stderr, whatever a ref, a folder or a file name put into it. */
	warn(message: string): void;
	/**
	 * Sends warnings to `to` instead of stderr (the reader's status line: a
	 * line on stderr would be drawn over its frame), cleaned of controls all
	 * the same, until the returned function is called.
	 */
	divertWarnings(to: (message: string) => void): () => void;
	/**
	 * Shows how far a long job has got on one line of stderr, redrawn in place,
	 * when stderr is a terminal (undefined clears it); elsewhere it does nothing,
	 * so a log gets no carriage returns.
	 */
	progress(line: string | undefined): void;
	/** Whether progress() draws anything: stderr is a terminal. */
	readonly showsProgress: boolean;
	/** The folder `import` writes to: --dir, else BROADSHEET_DIR, else the library (never the shipped articles); `given` says whether one was named. */
	importFolder(): {folder: string; given: boolean};
	/** The result, on stdout. */
	write(text: string): void;
	/** A value as indented JSON, on stdout. */
	json(value: unknown): void;
	/** The folder to read, scanned once: later calls give the same library. */
	library(): Library;
	/**
	 * The same library, read in slices with the event loop given a turn
	 * between them, saying how far it has got (the reader's loading frame):
	 * it fills the same once-only cache, and gives what is there if it is full.
	 */
	libraryInSlices(onProgress: ScanProgress): Promise<Library>;
	/** The folder read again (R in the reader): what later calls to library() give too. */
	reloadLibrary(): Promise<Library>;
	/** The reactions store, opened once (a corrupt file is set aside with a warning then). */
	store(): ReactionStore;
	/**
	 * --width/--height, else stdout's terminal's size, else (a pipe) COLUMNS and
	 * LINES, else the controlling terminal's size, else 80×24, each side on its
	 * own (a terminal that reports 0 has no size); a UsageError below the minimum.
	 */
	layoutSize(given: Size): LayoutSize;
	/** Where the library, the shipped articles and the store are, touching none of them. */
	files(): Files;
};

/** The line an error or a warning makes on stderr: the program's name, and no control character that could drive the terminal. */
export function errorLine(message: string): string {
	return `broadsheet: ${spellControls(message)}\n`;
}

function once<T>(open: () => T): () => T {
	let opened: {value: T} | undefined;
	return () => (opened ??= {value: open()}).value;
}

/** The context for one run of the command line: its flags, in the process's world unless a test gives another. */
export function createContext(flags: Omit<Flags, 'action'>, world: World = processWorld()): Context {
	const {env, stdout, stdin, stderr} = world;
	// Asked once, and only when neither the flags, stdout nor the environment give a side.
	const controlling = once(() => world.controllingTerminal?.());
	let diverted: ((message: string) => void) | undefined;
	const showsProgress = stderr.isTTY === true;
	let progressShown = false;
	const warn = (message: string) => {
		if (diverted) {
			diverted(spellControls(message));
			return;
		}

		// A warning takes the progress bar's line; the next step draws the bar again below it.
		stderr.write((progressShown ? '\r\u001B[2K' : '') + errorLine(message));
		progressShown = false;
	};

	// An empty BROADSHEET_CONFIG_DIR counts as unset.
	const configDir = env['BROADSHEET_CONFIG_DIR'] || undefined;
	let library: {value: Library} | undefined;
	return {
		stdout,
		stdin,
		colour: wantsColour(flags.color, env, stdout.isTTY === true),
		measure: flags.measure,
		warn,
		divertWarnings(to) {
			diverted = to;
			return () => {
				diverted = undefined;
			};
		},
		showsProgress,
		progress(line) {
			if (!showsProgress || (line === undefined && !progressShown)) return;
			progressShown = line !== undefined;
			// Carriage return and erase-line: the bar is redrawn where it was, and gone when cleared.
			stderr.write(`\r\u001B[2K${line === undefined ? '' : spellControls(line)}`);
		},
		importFolder() {
			const chosen = namedFolder(flags.dir, env);
			return chosen === undefined ? {folder: libraryFolder(), given: false} : {folder: path.resolve(chosen), given: true};
		},
		write(text) {
			stdout.write(text);
		},
		json(value) {
			stdout.write(jsonText(value));
		},
		library: () => (library ??= {value: openLibrary(flags.dir, env)}).value,
		async libraryInSlices(onProgress) {
			if (library === undefined) {
				const value = await openLibraryInSlices(flags.dir, env, onProgress);
				library ??= {value};
			}

			return library.value;
		},
		async reloadLibrary() {
			library = {value: await openLibraryInSlices(flags.dir, env, () => undefined)};
			return library.value;
		},
		store: once(() => openStore({dir: configDir, onWarning: warn})),
		layoutSize(given) {
			const terminal = stdout.isTTY ? {columns: reported(stdout.columns), rows: reported(stdout.rows)} : {};
			const width = given.width ?? terminal.columns ?? sizeFromEnv(env['COLUMNS']) ?? reported(controlling()?.columns) ?? 80;
			const height = given.height ?? terminal.rows ?? sizeFromEnv(env['LINES']) ?? reported(controlling()?.rows) ?? 24;
			if (width < minimumWidth || height < minimumHeight) {
				throw new UsageError(`the terminal is ${width}×${height}; laying out needs at least ${minimumWidth}×${minimumHeight}: give --width and --height`);
			}

			return {width, height};
		},
		files: () => ({library: libraryFolder(), shipped: shippedFolder, store: storeFile(configDir)}),
	};
}
