import {isReactionId, type ReactionId} from './catalogue.js';
import {isRecord} from './store-file.js';

export type StoredReaction = {reaction: ReactionId; at: string}; // ISO-8601
export type ReadingPlace = {paragraph: number; at: string}; // where the reader stopped; an entry also means "opened"

// The file may hold entries written by a newer or older broadsheet, or by hand.
// Readers skip what they do not understand; writers leave it in place.

export function storedReactions(section: unknown): Record<string, StoredReaction> {
	return validEntries(section, entry => {
		const {reaction, at} = entry;
		return typeof reaction === 'string' && isReactionId(reaction) && isTime(at) ? {reaction, at} : undefined;
	});
}

export function readingPlaces(section: unknown): Record<string, ReadingPlace> {
	return validEntries(section, entry => {
		const {paragraph, at} = entry;
		return isParagraph(paragraph) && isTime(at) ? {paragraph, at} : undefined;
	});
}

export function isParagraph(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isTime(value: unknown): value is string {
	return typeof value === 'string' && Number.isFinite(Date.parse(value));
}

function validEntries<T>(section: unknown, read: (entry: Record<string, unknown>) => T | undefined): Record<string, T> {
	const result = Object.create(null) as Record<string, T>;
	if (!isRecord(section)) {
		return result;
	}

	for (const [articleId, entry] of Object.entries(section)) {
		const valid = isRecord(entry) ? read(entry) : undefined;
		if (valid !== undefined) {
			result[articleId] = valid;
		}
	}

	return result;
}
