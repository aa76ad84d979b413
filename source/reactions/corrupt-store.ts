import {lstatSync, renameSync} from 'node:fs';
import {type Corruption, CorruptStoreError, readStoreFile} from './store-file.js';

export type SetAside = {aside: string; corruption: Corruption};

// Where a corrupt config.json goes: beside it, named for the time, never over an
// existing file. The time has no `:` or `.`, so the name is safe everywhere.
export function asidePath(configPath: string, now: Date, exists: (file: string) => boolean): string {
	const stamp = now.toISOString().replaceAll(/[:.]/g, '-');
	const base = `${configPath}.corrupt-${stamp}`;
	for (let suffix = 0; ; suffix++) {
		const candidate = suffix === 0 ? base : `${base}-${suffix}`;
		if (!exists(candidate)) {
			return candidate;
		}
	}
}

// Renames config.json aside if it is (still) corrupt. The caller holds the lock,
// and the file is read again here, so that a store another process has already
// set aside and restarted is left alone.
export function setAsideIfCorrupt(configPath: string, now = new Date()): SetAside | undefined {
	try {
		readStoreFile(configPath);
		return undefined;
	} catch (error) {
		if (!(error instanceof CorruptStoreError)) {
			throw error;
		}

		const aside = asidePath(configPath, now, pathExists);
		renameSync(configPath, aside);
		return {aside, corruption: error.corruption};
	}
}

export function corruptionWarning({aside, corruption}: SetAside): string {
	return `the reactions store ${corruption}; kept it as ${aside} and started a fresh one`;
}

// lstat, so that even a dangling link counts as taken.
function pathExists(file: string): boolean {
	try {
		lstatSync(file);
		return true;
	} catch {
		return false;
	}
}
