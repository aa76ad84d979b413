import {lstatSync, statSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type Conf from 'conf';
import envPaths from 'env-paths';
import {isReactionId, type ReactionId} from '../news/catalogue.js';
import {errorCode, reasonFor, StoreError} from './errors.js';
import {CorruptStoreError, corruptionWarning, isParagraph, isRecord, nullPrototypeCopy, parseStore, type ReadingPlace, readingPlaces, readStoreFile, type SetAside, setAsideIfCorrupt, type StoreData, type StoredReaction, storedReactions} from './file.js';
import {type LockWait, withLock, withLockSync} from './lock.js';
import {storedSubscriptions, subscriptionFields, type Subscription} from './subscriptions.js';

export type {ReadingPlace, StoredReaction} from './file.js';
export type {FeedResult, Subscription} from './subscriptions.js';
export type {LockWait} from './lock.js';
export {StoreError} from './errors.js';

/** Whether an article counts as read: it has a place (it was opened) and was not marked unread since. */
export function isRead(place: ReadingPlace | undefined): boolean {
	return place !== undefined && place.unread !== true;
}

/**
 * `dir` holds config.json; `onWarning` hears of a bad file set aside, and once
 * of a store that cannot be read (one line each, without the program's name).
 */
export type StoreOptions = {dir?: string; onWarning: (message: string) => void};

/**
 * The reactions and reading places in config.json. Reads take no lock; each
 * write is one locked read-modify-write, so that broadsheets running at once
 * lose no pick.
 */
export type ReactionStore = {
	readonly path: string;
	/**
	 * Why the last read found no store it could use (`cannot read the reactions
	 * store …: permission denied`), or undefined. Such a read gives an empty store
	 * and warns once, so that articles can still be listed and read.
	 */
	readonly readError?: string | undefined;
	// Each call reads the file again (another broadsheet may have written it): read once per view.
	reactions(): Record<string, StoredReaction>;
	reactionOf(articleId: string): StoredReaction | undefined;
	// null removes the entry. A write that another process's lock held up rejects with a StoreError whose `busy` is true.
	setReaction(articleId: string, reaction: ReactionId | null, now?: Date, lock?: LockWait): Promise<void>;
	places(): Record<string, ReadingPlace>;
	// Opening an article stores its place, and so marks it read again: the unread flag goes.
	// `keepUnread`: a page turned in an article marked unread leaves it unread; only opening marks read.
	setPlace(articleId: string, paragraph: number, now?: Date, lock?: LockWait, keepUnread?: boolean): Promise<void>;
	/**
	 * Marks the article read or unread. Unread keeps its place, flagged, so
	 * reopening starts where it was left; read clears the flag, or stores a
	 * place at paragraph 0 for an article never opened. What would change
	 * nothing (unread for an article never opened) writes nothing.
	 */
	setRead(articleId: string, read: boolean, now?: Date, lock?: LockWait): Promise<void>;
	/** The subscribed feeds, by URL. */
	subscriptions(): Record<string, Subscription>;
	/**
	 * Changes one feed's entry under the lock: `change` is given what the file
	 * holds for it now (another broadsheet may have written it since it was
	 * read) and returns the new entry, or undefined to remove it.
	 */
	setSubscription(url: string, change: (current: Subscription | undefined) => Subscription | undefined, lock?: LockWait): Promise<void>;
	/** When config.json last changed (0 when there is none): a cheap test of whether to read it again. */
	changedAt?(): number;
};

type Section = 'reactions' | 'reading' | 'feeds';

const projectName = 'broadsheet';

/**
 * The config.json a store in `dir` lives in: `dir` is BROADSHEET_CONFIG_DIR
 * when set (an empty value counts as unset), otherwise the folder conf itself
 * picks for `broadsheet` without `-nodejs`. It touches no file, so `--help`
 * can name the file openStore would use without opening it.
 */
export function storeFile(dir?: string): string {
	return path.join(path.resolve(dir || envPaths(projectName, {suffix: ''}).config), 'config.json');
}

/**
 * The store in storeFile(dir). Opening reads the file once, so a corrupt store
 * is set aside (and warned about); an unreadable one reads as empty, with its
 * `readError` set and one warning at the first read that needs it; writes to
 * it fail with a StoreError. A folder that does not exist yet is an empty
 * store, and reading never creates it.
 */
export function openStore(options: StoreOptions): ReactionStore {
	const store = new ConfReactionStore(storeFile(options.dir), options.onWarning);
	store.open();
	return store;
}

/** A reading entry's fields but the unread flag, so that fields a newer broadsheet wrote stay beside ours. */
function withoutUnread(entry: unknown): Record<string, unknown> {
	return isRecord(entry) ? Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'unread')) : {};
}

class ConfReactionStore implements ReactionStore {
	readonly path: string;
	readonly #dir: string;
	readonly #warn: (message: string) => void;
	#conf: Conf<StoreData> | undefined;
	#readError: string | undefined;
	#warnedUnreadable = false;

	constructor(file: string, warn: (message: string) => void) {
		this.#dir = path.dirname(file);
		this.#warn = warn;
		this.path = file;
	}

	get readError(): string | undefined {
		return this.#readError;
	}

	// The first read, which warns of nothing but a corrupt file set aside.
	open(): void {
		this.#tryRead();
	}

	reactions(): Record<string, StoredReaction> {
		return storedReactions(this.#read().reactions);
	}

	changedAt(): number {
		try {
			return statSync(this.path).mtimeMs;
		} catch {
			return 0;
		}
	}

	reactionOf(articleId: string): StoredReaction | undefined {
		return this.reactions()[articleId];
	}

	places(): Record<string, ReadingPlace> {
		return readingPlaces(this.#read().reading);
	}

	async setReaction(articleId: string, reaction: ReactionId | null, now = new Date(), lock: LockWait = {}): Promise<void> {
		if (reaction !== null && !isReactionId(reaction)) {
			throw new RangeError(`not a reaction: ${String(reaction)}`);
		}

		const at = now.toISOString();
		await this.#update('reactions', entries => {
			if (reaction !== null) {
				entries[articleId] = {reaction, at} satisfies StoredReaction;
				return true;
			}

			// Clearing what is not there writes nothing.
			return Object.hasOwn(entries, articleId) && Reflect.deleteProperty(entries, articleId);
		}, lock);
	}

	async setPlace(articleId: string, paragraph: number, now = new Date(), lock: LockWait = {}, keepUnread = false): Promise<void> {
		if (!isParagraph(paragraph)) {
			throw new RangeError(`not a paragraph number: ${paragraph}`);
		}

		const at = now.toISOString();
		await this.#update('reading', entries => {
			// Fields a newer broadsheet wrote stay; the unread flag does not (opening marks read) unless asked to.
			const unread = keepUnread && isRecord(entries[articleId]) && entries[articleId].unread === true;
			entries[articleId] = {...withoutUnread(entries[articleId]), paragraph, at, ...(unread ? {unread: true} : {})};
			return true;
		}, lock);
	}

	async setRead(articleId: string, read: boolean, now = new Date(), lock: LockWait = {}): Promise<void> {
		const at = now.toISOString();
		await this.#update('reading', entries => {
			const entry = entries[articleId];
			// An entry this version cannot read as a place counts as none, as places() reads it.
			const place = readingPlaces({[articleId]: entry})[articleId];
			if (place === undefined || !isRecord(entry)) {
				if (!read) return false;
				entries[articleId] = {paragraph: 0, at} satisfies ReadingPlace;
				return true;
			}

			if (isRead(place) === read) return false;
			const kept = withoutUnread(entry);
			// The place keeps its own time: `at` says when the reader stopped there.
			entries[articleId] = read ? kept : {...kept, unread: true};
			return true;
		}, lock);
	}

	subscriptions(): Record<string, Subscription> {
		return storedSubscriptions(this.#read().feeds);
	}

	async setSubscription(url: string, change: (current: Subscription | undefined) => Subscription | undefined, lock: LockWait = {}): Promise<void> {
		await this.#update('feeds', entries => {
			const current = storedSubscriptions({[url]: entries[url]})[url];
			const next = change(current);
			// Undefined removes only an entry this version could read: one it cannot (a newer
			// broadsheet's, or a hand edit) is left as it is, never lost to a change that did not see it.
			if (next === undefined) return current !== undefined && Reflect.deleteProperty(entries, url);
			// Fields a newer broadsheet wrote stay beside ours; ours are the ones `next` says.
			const kept = isRecord(entries[url]) ? Object.fromEntries(Object.entries(entries[url]).filter(([key]) => !subscriptionFields.has(key))) : {};
			entries[url] = {...kept, ...next};
			return true;
		}, lock);
	}

	// A store that cannot be read is said once, then reads as empty.
	#read(): StoreData {
		const data = this.#tryRead();
		if (data === undefined) {
			if (!this.#warnedUnreadable) {
				this.#warnedUnreadable = true;
				this.#warn(`reactions unavailable: ${this.#readError}`);
			}

			return Object.create(null) as StoreData;
		}

		return data;
	}

	// Reads go straight to the file, as conf's getters do, without loading conf:
	// `--list` and the reader's start-up only ever read. Undefined, with
	// #readError set, when the file cannot be read.
	#tryRead(): StoreData | undefined {
		try {
			const data = this.#readOrSetAside();
			this.#readError = undefined;
			return data;
		} catch (error) {
			this.#readError = this.#failure('read', error).message;
			return undefined;
		}
	}

	#readOrSetAside(): StoreData {
		try {
			return this.#readFile();
		} catch (error) {
			if (!(error instanceof CorruptStoreError)) {
				throw error;
			}
		}

		this.#warnIfSetAside(withLockSync(this.path, () => setAsideIfCorrupt(this.path)));
		return this.#readFile();
	}

	#readFile(): StoreData {
		return readStoreFile(this.path) ?? (Object.create(null) as StoreData);
	}

	// Read-modify-write of one section under the cross-process lock; the file is
	// read again inside it, so no other process's pick is lost. `change` edits
	// the section in place and says whether there is anything to write.
	async #update(section: Section, change: (entries: Record<string, unknown>) => boolean, lock: LockWait): Promise<void> {
		try {
			const {default: Conf} = await import('conf');
			await mkdir(this.#dir, {recursive: true});
			await withLock(this.path, () => {
				this.#refuseToReplace();
				const conf = (this.#conf ??= this.#settingAsideIfCorrupt(() => new Conf<StoreData>({
					cwd: this.#dir,
					configName: 'config',
					projectName,
					projectSuffix: '',
					configFileMode: 0o600,
					// Article ids may hold dots: they stay flat keys.
					accessPropertiesByDotNotation: false,
					clearInvalidConfig: false,
					deserialize: parseStore,
				})));
				// conf reads the file again on get and on set: what is written is
				// what the file held once we held the lock, plus this one change.
				const entries = this.#sectionOf(this.#settingAsideIfCorrupt(() => conf.get(section)), section);
				if (change(entries)) {
					conf.set(section, entries);
				}
			}, lock);
		} catch (error) {
			throw error instanceof StoreError ? error : this.#failure('write', error);
		}
	}

	// conf writes atomically (a new file renamed over the old), which would
	// replace a dangling link with a file and make a read-only file writable:
	// both are the user's choice, so neither is written.
	#refuseToReplace(): void {
		let link: boolean;
		try {
			link = lstatSync(this.path).isSymbolicLink();
		} catch {
			return;
		}

		let mode: number;
		try {
			mode = statSync(this.path).mode;
		} catch (error) {
			if (link && errorCode(error) === 'ENOENT') {
				throw new StoreError(`cannot write the reactions store ${this.path}: it is a link to a file that does not exist; create that file or remove the link`, {cause: error});
			}

			throw error;
		}

		if ((mode & 0o222) === 0) {
			throw new StoreError(`cannot write the reactions store ${this.path}: it is read-only`);
		}
	}

	#sectionOf(value: unknown, section: Section): Record<string, unknown> {
		if (value === undefined || value === null) {
			return Object.create(null) as Record<string, unknown>;
		}

		if (!isRecord(value)) {
			throw new StoreError(`cannot write the reactions store ${this.path}: its "${section}" is not an object`);
		}

		return nullPrototypeCopy(value);
	}

	// Only called while holding the lock.
	#settingAsideIfCorrupt<T>(read: () => T): T {
		try {
			return read();
		} catch (error) {
			if (!(error instanceof CorruptStoreError)) {
				throw error;
			}

			this.#warnIfSetAside(setAsideIfCorrupt(this.path));
			return read();
		}
	}

	#warnIfSetAside(setAside: SetAside | undefined): void {
		if (setAside) {
			this.#warn(corruptionWarning(setAside));
		}
	}

	#failure(action: 'read' | 'write', error: unknown): StoreError {
		if (error instanceof StoreError) {
			return error;
		}

		return new StoreError(`cannot ${action} the reactions store ${this.path}: ${reasonFor(error, this.path)}`, {cause: error, busy: errorCode(error) === 'ELOCKED'});
	}
}
