// A program in a pseudo-terminal whose screen is kept the way a terminal draws
// it (@xterm/headless), so a mark is "on screen" rather than "somewhere in the
// bytes": a painter that moves the cursor between runs, restyles a row or
// redraws only what changed is judged by what a person would see.
//
// Times are taken when the bytes that made the screen right arrived from the
// pseudo-terminal, not when xterm finished parsing them, so the emulator's own
// cost is not charged to the program.
import {readFileSync} from 'node:fs';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import stringWidth from 'string-width';
import {root} from './common.js';

// @xterm/headless is CommonJS: under ESM its classes hang off the default export.
const {Terminal} = xterm;

// xterm.js measures with Unicode 6 unless told otherwise, where most emoji take
// one cell; terminals today give them two, as string-width (and broadsheet) does.
const cellWidths = new Map();
function cellWidth(codePoint) {
	let width = cellWidths.get(codePoint);
	if (width === undefined) {
		width = Math.min(2, stringWidth(String.fromCodePoint(codePoint)));
		cellWidths.set(codePoint, width);
	}

	return width;
}

const modernWidths = {
	version: 'string-width',
	wcwidth: cellWidth,
	// As xterm's own tables do: a zero-width character joins the one before it. The value packs (width << 1) | joins.
	charProperties(codePoint, preceding) {
		let width = cellWidth(codePoint);
		let joins = width === 0 && preceding !== 0;
		if (joins) {
			const before = (preceding >> 1) & 3;
			if (before === 0) joins = false;
			else width = Math.max(width, before);
		}

		return (width << 1) | (joins ? 1 : 0);
	},
};

/**
 * Spawns `command args` in a cols×rows pseudo-terminal. `waitFor(test)`
 * resolves to the milliseconds from spawn (or from `mark()`) until the screen
 * passed `test` (a string it must show, or a predicate of the screen).
 */
export function terminal(command, args, {cols = 100, rows = 30, env}) {
	const screen = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	screen.unicode.register(modernWidths);
	screen.unicode.activeVersion = modernWidths.version;
	const child = pty.spawn(command, args, {name: 'xterm-256color', cols, rows, cwd: root, env});
	let from = process.hrtime.bigint();
	let waiter;
	let exited = false;
	let closed = false;

	const check = arrived => {
		if (waiter && waiter.test(api)) {
			const {resolve} = waiter;
			waiter = undefined;
			resolve(Number(arrived - from) / 1e6);
		}
	};

	child.onData(data => {
		const arrived = process.hrtime.bigint();
		screen.write(data, () => check(arrived));
	});
	child.onExit(({exitCode, signal}) => {
		exited = true;
		if (closed) return;
		// A program that ends while a mark is awaited will never show it: say so now, not at the
		// timeout, once xterm has parsed all it wrote (an empty write's callback comes after the rest).
		screen.write('', () => {
			const failed = waiter?.reject;
			waiter = undefined;
			failed?.(new Error(`${command} ${args.join(' ')} ended (exit ${exitCode}${signal ? `, signal ${signal}` : ''}) before the screen showed what was awaited; it shows:\n${api.text()}`));
		});
	});

	const api = {
		/** The visible rows as text, right-trimmed. */
		lines() {
			const buffer = screen.buffer.active;
			return Array.from({length: rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		},
		text: () => api.lines().join('\n'),
		/**
		 * A row's text with each cell's colours and attributes, so that a row
		 * that only changes style (a cursor drawn as inverse video) changes too.
		 */
		styledRow(row) {
			const line = screen.buffer.active.getLine(screen.buffer.active.viewportY + row);
			if (!line) return '';
			let styled = '';
			for (let x = 0; x < cols; x++) {
				const cell = line.getCell(x);
				if (cell) styled += `${cell.getChars() || ' '}${cell.getFgColor()},${cell.getBgColor()},${cell.isInverse()},${cell.isBold()},${cell.isDim()};`;
			}

			return styled;
		},
		/** The first visible row that shows `text`, or -1. */
		rowOf: text => api.lines().findIndex(line => line.includes(text)),
		/** Times the next wait from now instead of from the spawn. */
		mark() {
			from = process.hrtime.bigint();
		},
		waitFor(test, timeout = 30_000) {
			const holds = typeof test === 'function' ? test : () => api.text().includes(test);
			if (holds(api)) return Promise.resolve(Number(process.hrtime.bigint() - from) / 1e6);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					waiter = undefined;
					reject(new Error(`timed out after ${timeout} ms waiting for ${typeof test === 'function' ? 'the screen' : JSON.stringify(test)} from ${command} ${args.join(' ')}; the screen shows:\n${api.text()}`));
				}, timeout);
				waiter = {test: holds, resolve: value => (clearTimeout(timer), resolve(value)), reject: error => (clearTimeout(timer), reject(error))};
			});
		},
		write: data => child.write(data),
		/** The program's peak resident memory so far, in KB (Linux /proc; NaN elsewhere or once it ended). */
		peakMemory() {
			try {
				return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]);
			} catch {
				return Number.NaN;
			}
		},
		close() {
			closed = true;
			if (!exited) child.kill('SIGKILL');
			screen.dispose();
		},
	};
	return api;
}
