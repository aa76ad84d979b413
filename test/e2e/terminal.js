// Runs the built program in a real pseudo-terminal (@lydell/node-pty, node-pty with its binaries inside) and reads the
// screen back the way a terminal draws it (@xterm/headless), so tests see
// what a user would see: text in cells, wide characters taking two, the
// alternate screen, the cursor.
import {execFileSync} from 'node:child_process';
import process from 'node:process';
import pty from '@lydell/node-pty';
import {headlessTerminal} from '../support/cells.js';
import {keys} from '../support/keys.js';
import {cleanEnv, cli, root} from './helpers.js';

export const enterAlternateScreen = '\u001B[?1049h';
export const leaveAlternateScreen = '\u001B[?1049l';
export const showCursor = '\u001B[?25h';
export const clearScreen = '\u001B[2J';

const defaultTimeout = 10_000;
const pollEvery = 50;

const sleep = ms => new Promise(resolve => {
	setTimeout(resolve, ms);
});

/** An environment for a child in a terminal: cleanEnv's private folders, no CI (Ink draws only the last frame under CI), a colour terminal. */
export function terminalEnv(extra = {}) {
	const env = cleanEnv();
	delete env.CI;
	return {...env, TERM: 'xterm-256color', ...extra};
}

/**
 * Starts `node dist/cli.js ...args` in a pseudo-terminal of cols×rows.
 * `file`/`argv` run another program instead (a shell, to redirect stdin).
 */
export function startTerminal(args = [], {cols = 80, rows = 24, env = terminalEnv(), file = process.execPath, argv = [cli, ...args]} = {}) {
	const terminal = headlessTerminal(cols, rows);
	const child = pty.spawn(file, argv, {name: 'xterm-256color', cols, rows, cwd: root, env});
	let raw = '';
	// Writes into xterm are parsed asynchronously: this settles once all that arrived so far is on the screen.
	let parsed = Promise.resolve();
	child.onData(data => {
		raw += data;
		parsed = new Promise(resolve => {
			terminal.write(data, resolve);
		});
	});
	let exited = false;
	const running = () => !exited;
	const exit = new Promise(resolve => {
		child.onExit(({exitCode, signal}) => {
			exited = true;
			resolve({code: exitCode, signal});
		});
	}).then(async result => {
		await parsed;
		return result;
	});

	/** The visible rows, right-trimmed. */
	function lines() {
		const buffer = terminal.buffer.active;
		const rowsShown = [];
		for (let row = 0; row < terminal.rows; row++) {
			rowsShown.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return rowsShown;
	}

	function screen() {
		return lines().join('\n');
	}

	/** The terminal cell column where `text` starts on visible row `row` (wide characters take two cells), or -1. */
	function columnOf(row, text) {
		const line = terminal.buffer.active.getLine(terminal.buffer.active.viewportY + row);
		if (!line) return -1;
		let joined = '';
		const cellAt = [];
		for (let x = 0; x < terminal.cols; x++) {
			const cell = line.getCell(x);
			// The second half of a wide character holds nothing of its own.
			if (!cell || cell.getWidth() === 0) continue;
			const chars = cell.getChars() || ' ';
			for (let index = 0; index < chars.length; index++) cellAt.push(x);
			joined += chars;
		}

		const index = joined.indexOf(text);
		return index === -1 ? -1 : cellAt[index];
	}

	/** The cell at (row, column) of the visible screen: colours and attributes. */
	function cell(row, column) {
		return terminal.buffer.active.getLine(terminal.buffer.active.viewportY + row)?.getCell(column);
	}

	/** Rows that continue the row above: a line drawn wider than the terminal wrapped onto them. */
	function wrappedRows() {
		const buffer = terminal.buffer.active;
		const wrapped = [];
		for (let row = 0; row < terminal.rows; row++) {
			if (buffer.getLine(buffer.viewportY + row)?.isWrapped) wrapped.push(row);
		}

		return wrapped;
	}

	/** Polls the screen until `expected` (a RegExp, a string, or a predicate of the screen text) holds; resolves to the screen. */
	async function waitFor(expected, timeout = defaultTimeout) {
		const holds = typeof expected === 'function'
			? expected
			: expected instanceof RegExp
				? text => expected.test(text)
				: text => text.includes(expected);
		const deadline = Date.now() + timeout;
		for (;;) {
			await parsed;
			const text = screen();
			if (holds(text)) return text;
			if (Date.now() > deadline) {
				throw new Error(`timed out after ${timeout} ms waiting for ${expected}; the screen (${terminal.cols}×${terminal.rows}) shows:\n${text}\n${'-'.repeat(terminal.cols)}`);
			}

			await sleep(pollEvery);
		}
	}

	/** Whether the program reads keys one by one now: the terminal is out of line mode (Linux `stty -F`). */
	function rawMode() {
		try {
			return /(^|\s)-icanon(\s|$)/.test(execFileSync('stty', ['-F', child.ptsName, '-a'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}));
		} catch {
			// No stty here, or the terminal is gone: nothing to wait for.
			return true;
		}
	}

	/**
	 * Waits until the program reads keys: the reader turns raw mode on before
	 * it reads the folder, and a key sent before that is echoed and held for a line.
	 */
	async function ready(timeout = defaultTimeout) {
		const deadline = Date.now() + timeout;
		while (!rawMode()) {
			if (!running()) throw new Error(`the program ended before reading keys:\n${screen()}`);
			if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for raw mode`);
			await sleep(pollEvery);
		}
	}

	/**
	 * Sends one key: a name from `keys`, or literal text (one write, so it can
	 * reach the program as one read). Wait for a key's effect before the next:
	 * above all after Escape, which read together with the next key is Alt+key.
	 */
	function press(name) {
		child.write(Object.hasOwn(keys, name) ? keys[name] : name);
	}

	/** The exit, or an error showing the screen when the program is still running after `timeout`. */
	async function waitForExit(timeout = defaultTimeout) {
		let timer;
		const late = new Promise((_, reject) => {
			timer = setTimeout(() => {
				reject(new Error(`still running after ${timeout} ms; the screen shows:\n${screen()}`));
			}, timeout);
		});
		try {
			return await Promise.race([exit, late]);
		} finally {
			clearTimeout(timer);
		}
	}

	function resize(newCols, newRows) {
		child.resize(newCols, newRows);
		terminal.resize(newCols, newRows);
	}

	function kill(signal) {
		if (!exited) child.kill(signal);
	}

	/** Ends the child if it is still running and frees the terminal. */
	async function close() {
		if (!exited) {
			child.kill('SIGKILL');
			await exit;
		}

		terminal.dispose();
	}

	return {
		child,
		terminal,
		exit,
		lines,
		screen,
		columnOf,
		cell,
		wrappedRows,
		waitFor,
		waitForExit,
		ready,
		rawMode,
		press,
		resize,
		kill,
		close,
		/** Everything the child wrote, escape sequences and all. */
		output: () => raw,
		get running() {
			return !exited;
		},
		/** Whether the terminal shows its alternate screen now. */
		get alternateScreen() {
			return terminal.buffer.active.type === 'alternate';
		},
		get cols() {
			return terminal.cols;
		},
		get rows() {
			return terminal.rows;
		},
	};
}
