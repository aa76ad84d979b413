import lockfile from 'proper-lockfile';
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
	// Our critical sections are synchronous and short; the lock is released
	// before its refresh timer could ever find it compromised. The default
	// handler throws from a timer, which would crash the process.
	onCompromised() {},
} satisfies lockfile.LockOptions;

/**
 * Runs `critical` while holding the cross-process lock on `file` (a
 * `<file>.lock` folder beside it, so that folder must exist).
 */
export async function withLock<T>(file: string, critical: () => T): Promise<T> {
	const release = await lockfile.lock(file, {
		...lockOptions,
		retries: {retries, minTimeout, maxTimeout, randomize: true},
	});
	try {
		return critical();
	} finally {
		await release().catch(() => {
			// The work is done; a lock that is already gone changes nothing.
		});
	}
}

/**
 * The same for synchronous callers (reading a store that turns out corrupt).
 * proper-lockfile's lockSync refuses retries, so they are done here.
 */
export function withLockSync<T>(file: string, critical: () => T): T {
	const release = lockSyncWithRetries(file);
	try {
		return critical();
	} finally {
		try {
			release();
		} catch {
			// As above.
		}
	}
}

function lockSyncWithRetries(file: string): () => void {
	for (let attempt = 0; ; attempt++) {
		try {
			return lockfile.lockSync(file, lockOptions);
		} catch (error) {
			if (errorCode(error) !== 'ELOCKED' || attempt >= retries) {
				throw error;
			}

			sleepSync(Math.min(maxTimeout, minTimeout * (2 ** attempt) * (1 + Math.random())));
		}
	}
}

function sleepSync(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
