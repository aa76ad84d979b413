// The cross-process lock on config.json: a `<file>.lock` folder beside it, as
// proper-lockfile makes it. proper-lockfile loads signal-exit, whose JS
// handlers for SIGTERM, SIGINT and SIGHUP only run when the event loop is
// free, so a busy command would ignore them: it is imported only when a write
// takes the lock. The synchronous path (a read that finds a corrupt file and
// sets it aside) takes the same folder by hand, without it.
import {lstatSync, mkdirSync, rmdirSync} from 'node:fs';
import type lockfile from 'proper-lockfile';
import {errorCode} from './errors.js';

// A crashed holder's lock is taken over after `stale` ms; the retries wait longer
// than that in total (about 20 s), so a waiting writer outlives a stale lock, and
// 24 processes picking at once all get through.
const stale = 10_000;
const retries = 200;
const minTimeout = 10;
const maxTimeout = 100;

const lockOptions = {
	// realpath would need config.json to exist; the first pick creates it.
	realpath: false,
	stale,
	// Our critical sections are short (a feed's files at most); the lock is released
	// before its refresh timer could ever find it compromised. The default
	// handler throws from a timer, which would crash the process.
	onCompromised() {},
} satisfies lockfile.LockOptions;

/**
 * How long a write waits for a lock another process holds: `patient` about
 * 20 s (a script's `--react`), `none` not at all (the reader, which retries
 * in its own queue and must never stall). `onWait` hears once, after a
 * second, that the lock is still held.
 */
export type LockWait = {wait?: 'patient' | 'none'; onWait?: (lockPath: string) => void};

const waitNotice = 1000;

/**
 * Runs `critical` while holding the cross-process lock on `file` (a
 * `<file>.lock` folder beside it, so that folder must exist).
 */
export async function withLock<T>(file: string, critical: () => T | Promise<T>, {wait = 'patient', onWait}: LockWait = {}): Promise<T> {
	refuseLockThatIsNotAFolder(file);
	const {default: lock} = await import('proper-lockfile');
	const notice = onWait && wait === 'patient' ? setTimeout(() => onWait(`${file}.lock`), waitNotice) : undefined;
	let release: () => Promise<void>;
	try {
		release = await lock.lock(file, {
			...lockOptions,
			retries: wait === 'patient' ? {retries, minTimeout, maxTimeout, randomize: true} : 0,
		});
	} catch (error) {
		refuseLockThatIsNotAFolder(file);
		throw error;
	} finally {
		clearTimeout(notice);
	}

	try {
		// Awaited, so that an asynchronous critical section holds the lock to its end.
		return await critical();
	} finally {
		await release().catch(() => {
			// The work is done; a lock that is already gone changes nothing.
		});
	}
}

/**
 * The same for synchronous callers (reading a store that turns out corrupt):
 * the lock folder made and removed by hand, a stale one taken over, as
 * proper-lockfile does, with the same retries.
 */
export function withLockSync<T>(file: string, critical: () => T): T {
	const lockPath = `${file}.lock`;
	refuseLockThatIsNotAFolder(file);
	for (let attempt = 0; ; attempt++) {
		try {
			mkdirSync(lockPath);
			break;
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') {
				throw error;
			}

			refuseLockThatIsNotAFolder(file);
			if (takeOverIfStale(lockPath)) {
				continue;
			}

			if (attempt >= retries) {
				throw Object.assign(new Error('Lock file is already being held'), {code: 'ELOCKED', file});
			}

			sleepSync(Math.min(maxTimeout, minTimeout * (2 ** attempt) * (1 + Math.random())));
		}
	}

	try {
		return critical();
	} finally {
		try {
			rmdirSync(lockPath);
		} catch {
			// As above.
		}
	}
}

function takeOverIfStale(lockPath: string): boolean {
	try {
		if (lstatSync(lockPath).mtime.getTime() >= Date.now() - stale) {
			return false;
		}

		rmdirSync(lockPath);
		return true;
	} catch (error) {
		// Gone in between: try again at once.
		return errorCode(error) === 'ENOENT';
	}
}

// A plain file (or a link) where the lock folder goes can never be taken:
// proper-lockfile would wait 20 s and then fail with a raw ENOTDIR.
function refuseLockThatIsNotAFolder(file: string): void {
	const lockPath = `${file}.lock`;
	let isFolder: boolean;
	try {
		isFolder = lstatSync(lockPath).isDirectory();
	} catch {
		return;
	}

	if (!isFolder) {
		// The store's error wraps it: `cannot write the reactions store …: …`.
		throw new Error(`${lockPath} is a file, not its lock folder; remove it`);
	}
}

function sleepSync(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
