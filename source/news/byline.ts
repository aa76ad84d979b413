// `By <authors>, <source>[, <dateline>]`: the head of a byline block, up to
// its first `: `. A dateline may hold commas of its own (`November 16,
// 2026`), so it is found as the longest run of trailing parts that reads as a
// date, not as the last part.
import type {Byline} from './article.js';
import {isDateline} from './dates.js';

// Weekday, day and month, year: a date spans at most three comma parts.
const longestDateline = 3;

function splitAuthors(parts: string[]): string[] {
	return parts
		.flatMap(part => part.split(/\s+and\s+/u))
		// `A, B, and C`: the serial comma leaves an `and` in front.
		.map(name => name.replace(/^and\s+/u, '').trim())
		.filter(name => name !== '');
}

/** The fields of a byline head such as `By Kelly Ng and Tessa Wong, BBC News, Jan 5`; null when it names nobody. */
export function parseByline(head: string): Byline | null {
	const parts = head
		.replace(/^By\s+/u, '')
		.split(',')
		.map(part => part.trim())
		.filter(part => part !== '');
	let dateline: string | null = null;
	// At least one part must stay behind to be the source.
	for (let size = Math.min(longestDateline, parts.length - 1); size > 0; size--) {
		const candidate = parts.slice(-size).join(', ');
		if (isDateline(candidate)) {
			dateline = candidate;
			parts.splice(-size);
			break;
		}
	}

	const source = parts.pop();
	if (source === undefined) return null;
	return {authors: splitAuthors(parts), source, dateline};
}
