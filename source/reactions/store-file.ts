import {readFileSync} from 'node:fs';
import {errorCode} from './store-error.js';

// The whole store as read from config.json: a null-prototype object, so that an
// article id such as `__proto__` or `constructor` is just another key.
export type StoreData = Record<string, unknown>;

export type Corruption = 'was not valid JSON' | 'was not a JSON object';

// A SyntaxError, as conf expects from `deserialize`, so that conf's constructor
// and getters fail on it exactly as they do on JSON that does not parse.
export class CorruptStoreError extends SyntaxError {
	constructor(readonly corruption: Corruption, options?: ErrorOptions) {
		super(`it ${corruption}`, options);
		this.name = 'CorruptStoreError';
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Copies a parsed JSON object into a null-prototype one: assignment onto it
// creates an own `__proto__` key instead of changing a prototype.
export function nullPrototypeCopy(record: Record<string, unknown>): Record<string, unknown> {
	return Object.assign(Object.create(null) as Record<string, unknown>, record);
}

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

export function isMissing(error: unknown): boolean {
	const code = errorCode(error);
	return code === 'ENOENT' || code === 'ENOTDIR';
}

// The store's content, or undefined when there is no file yet (or no folder for
// it). Throws CorruptStoreError for a file that is not a JSON object.
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
