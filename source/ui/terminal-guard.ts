// The terminal is given back even when the reader cannot do it itself.
// Long synchronous work (laying out a huge article) keeps the event loop,
// and with it every JS signal handler, waiting: so while the reader runs,
// the signals that end it keep their default action and end it at once, and
// a guard, a small shell started beside the reader, gives the terminal back
// when the reader's end of a pipe closes without it saying it has done so
// itself (a signal, SIGKILL, running out of memory).
import {type ChildProcess, spawn} from 'node:child_process';
import process from 'node:process';

/** Signals that end the reader. */
const endingSignals = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;

/** The ending signals' listeners, put aside while the reader runs. */
type HeldSignals = {
	/** Puts aside the listeners added since (a library loaded late): call before long work. */
	hold(): void;
	/** Puts every listener back. */
	release(): void;
};

/**
 * Puts aside every listener of the ending signals (Ink's signal-exit, a
 * lock library's), so that the signals end the process at once, busy or not;
 * `release` puts them back. Listeners are only ever removed between turns of
 * work, never around each piece: a signal caught by a listener and not yet
 * handed to it would be lost when it is removed.
 */
export function holdEndingSignals(): HeldSignals {
	const held = new Map<NodeJS.Signals, NodeJS.SignalsListener[]>(endingSignals.map(signal => [signal, []]));
	const hold = () => {
		for (const signal of endingSignals) {
			const listeners = process.listeners(signal);
			if (listeners.length === 0) continue;
			held.get(signal)!.push(...listeners);
			process.removeAllListeners(signal);
		}
	};

	hold();
	return {
		hold,
		release() {
			for (const [signal, listeners] of held) {
				for (const listener of listeners.splice(0)) process.on(signal, listener);
			}
		},
	};
}

/** The guard of one run of the reader: `release` once the terminal is given back. */
type Guard = {release(): void};

// What libuv's raw mode turns off, turned on again: the terminal as a shell hands it over.
const cooked = 'brkint icrnl ixon echo icanon iexten isig';

/**
 * Starts a shell that writes `restore` to the terminal and puts it out of raw
 * mode if this process ends before calling `release`. It runs in a session
 * of its own, so that a shell stopping or continuing the reader (Ctrl+Z, fg)
 * does not wait on it.
 */
export function guardTerminal(restore: string): Guard {
	let guard: ChildProcess;
	try {
		// fd 3 is the reader's stdin, the terminal whose mode is restored.
		guard = spawn('/bin/sh', ['-c', `read -r word; [ "$word" = done ] || { printf %s "$1"; stty ${cooked} <&3; }`, 'broadsheet-guard', restore], {stdio: ['pipe', 'inherit', 'ignore', process.stdin], detached: true});
	} catch {
		return {release() {}};
	}

	// No shell here: the reader runs unguarded, as it did before.
	guard.on('error', () => undefined);
	guard.stdin?.on('error', () => undefined);
	guard.unref();
	// The pipe must not keep the reader running once it is done.
	(guard.stdin as (NodeJS.WritableStream & {unref?(): void}) | null)?.unref?.();
	let released = false;
	return {
		release() {
			if (released) return;
			released = true;
			guard.stdin?.end('done\n');
		},
	};
}
