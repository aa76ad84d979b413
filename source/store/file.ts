// config.json as a file: what it holds, how it is read, which entries count,
// and what happens to a file that is not a store (kept aside, never deleted).
import {lstatSync, readFileSync, renameSync} from 'node:fs';
import {isReactionId, type ReactionId} from '../news/catalogue.js';
import {holdsControls} from '../news/sanitise.js';
import {errorCode} from './errors.js';

/**
 * The whole store as read from config.json: a null-prototype object, so that an
 * article id such as `__proto__` or `constructor` is just another key.
 */
export type StoreData = Record<string, unknown>;

/**
 * How a config.json fails to be a store, worded to follow its subject in the
 * error and the warning (`it was not valid JSON`).
 */
export type Corruption = 'was not valid JSON' | 'was not a JSON object';

/**
 * A SyntaxError, as conf expects from `deserialize`, so that conf's constructor
 * and getters fail on it exactly as they do on JSON that does not parse.
 */
export class CorruptStoreError extends SyntaxError {
	constructor(readonly corruption: Corruption, options?: ErrorOptions) {
		super(`it ${corruption}`, options);
		this.name = 'CorruptStoreError';
	}
}

/**
 * Whether a parsed JSON value is an object (not null, not an array): the shape
 * the store, each of its sections and each entry must have.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies a parsed JSON object into a null-prototype one: assignment onto it
 * creates an own `__proto__` key instead of changing a prototype.
 */
export function nullPrototypeCopy(record: Record<string, unknown>): Record<string, unknown> {
	return Object.assign(Object.create(null) as Record<string, unknown>, record);
}

/**
 * config.json's text as StoreData. conf deserializes with it too, so that our
 * reads and conf's agree on what is corrupt.
 */
export function parseStore(text: string): StoreData {
	let value: unknown;
	try {
		// An editor may have left a byte-order mark; JSON.parse rejects it.
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new CorruptStoreError('was not valid JSON', {cause: error});
	}

	if (!isRecord(value)) {
		throw new CorruptStoreError('was not a JSON object');
	}

	return nullPrototypeCopy(value);
}

function isMissing(error: unknown): boolean {
	const code = errorCode(error);
	return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * The store's content, or undefined when there is no file yet (or no folder for
 * it). Throws CorruptStoreError for a file that is not a JSON object.
 */
export function readStoreFile(file: string): StoreData | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if (isMissing(error)) {
			return undefined;
		}

		throw error;
	}

	return parseStore(text);
}

/** An article's reaction as kept in the file, with when it was picked (ISO-8601). */
export type StoredReaction = {reaction: ReactionId; at: string};
/**
 * Where the reader stopped in an article, and when; an entry also means
 * "opened". `unread` is there only when the article was marked unread after:
 * the place stays, so reopening it still starts where it was left.
 */
export type ReadingPlace = {paragraph: number; at: string; unread?: true};

// The file may hold entries written by a newer or older broadsheet, or by hand.
// Readers skip what they do not understand; writers leave it in place.

/** The entries of the `reactions` section that this broadsheet understands; the rest are skipped, not an error. */
export function storedReactions(section: unknown): Record<string, StoredReaction> {
	return validEntries(section, entry => {
		const {reaction, at} = entry;
		return typeof reaction === 'string' && isReactionId(reaction) && isTime(at) ? {reaction, at} : undefined;
	});
}

/** The entries of the `reading` section that this broadsheet understands; the rest are skipped, not an error. */
export function readingPlaces(section: unknown): Record<string, ReadingPlace> {
	return validEntries(section, entry => {
		const {paragraph, at, unread} = entry;
		if (!isParagraph(paragraph) || !isTime(at)) return undefined;
		// Only `true` flags: anything else a hand or another version wrote leaves the place read.
		return unread === true ? {paragraph, at, unread} : {paragraph, at};
	});
}

/**
 * A paragraph a place may name: a whole number, never negative (the reader
 * stores the header as 0), checked on read and before a write.
 */
export function isParagraph(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// Date.parse takes far more than ISO-8601 (`2026-01-01 (any text)` parses):
// only the form broadsheet writes, or one with an offset, is a time.
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether a stored `at` is an ISO-8601 time of a real date; anything else in the file is not shown as one. */
export function isTime(value: unknown): value is string {
	if (typeof value !== 'string' || !isoTime.test(value) || !Number.isFinite(Date.parse(value))) {
		return false;
	}

	// Date.parse rolls 2026-02-30 over to March, and takes 24:00: the date and hour must be the ones written.
	const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && Number(value.slice(11, 13)) < 24;
}

/**
 * The entries of a section that `read` accepts, in a null-prototype object;
 * entries keyed by text holding controls are skipped (no article or feed has
 * such a name, and printing it could drive the terminal).
 */
export function validEntries<T>(section: unknown, read: (entry: Record<string, unknown>) => T | undefined): Record<string, T> {
	const result = Object.create(null) as Record<string, T>;
	if (!isRecord(section)) {
		return result;
	}

	for (const [articleId, entry] of Object.entries(section)) {
		// No article has such an id (the library skips file names that hold
		// control characters) and printing it could drive the terminal: the
		// entry is skipped like any other this version cannot use, and kept in the file.
		if (holdsControls(articleId)) {
			continue;
		}

		const valid = isRecord(entry) ? read(entry) : undefined;
		if (valid !== undefined) {
			result[articleId] = valid;
		}
	}

	return result;
}

/** A corrupt config.json once moved: where it went and what was wrong with it, for the warning. */
export type SetAside = {aside: string; corruption: Corruption};

/**
 * Where a corrupt config.json goes: beside it, named for the time, never over an
 * existing file. The time has no `:` or `.`, so the name is safe everywhere.
 */
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

/**
 * Renames config.json aside if it is (still) corrupt. The caller holds the lock,
 * and the file is read again here, so that a store another process has already
 * set aside and restarted is left alone.
 */
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

/**
 * The one line that tells of a store set aside; it names the kept file, so
 * that nothing the store held is lost to the user.
 */
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
