// The head of an imported article's byline, `By <authors>, <source>[,
// <dateline>]`, written so that parseByline (source/news/byline.ts) reads back
// the same authors, source and dateline. It splits the head on commas, the
// authors again on ` and `, and takes a run of trailing parts that reads as a
// date for the dateline; the names are written so that none of that can cut
// them anywhere else.
import {fieldText} from './html.js';
import {isDateline} from '../news/dates.js';

/**
 * A source's name as a byline part: one line, without commas (they split the
 * head) or a colon before a space or at the end (the head ends at the first
 * `: `, and a name's last colon would meet the space after it).
 */
export function nameText(name: string): string {
	return fieldText(fieldText(name).replaceAll(',', ' ').replace(/:+(?= |$)/gu, ''));
}

/**
 * An author's name as a byline part: as nameText, and the word `and` written
 * `&`, since the reader splits authors at ` and ` and drops an `and` that
 * starts a name (`Tom and Jerry` stays one author, as `Tom & Jerry`).
 */
function authorText(name: string): string {
	return nameText(name).replace(/(?<=^| )and(?= |$)/gu, '&');
}

/**
 * The byline's head for an item's authors, its (nameText) source and its date
 * (`5 February 2026` and its weekday, when the item has one).
 */
export function bylineHead(authors: string[], source: string, date: {day: string; weekday: string} | undefined): string {
	let names = authors.map(authorText).filter(name => name !== '');
	let dateline = date?.day;
	if (names.length > 0 && date && isDateline(`${source}, ${date.day}`)) {
		// A source named like a weekday (`Sun`) would join the dateline
		// (`Sun, 5 February 2026`) and hand its place to the authors: the
		// dateline takes its own weekday, which the reader takes whole, and
		// the source stays a part of its own.
		dateline = `${date.weekday}, ${date.day}`;
	} else if (names.length > 0 && !date && isDateline(source)) {
		// Undated, a source named like a date (`May 5`) would be read as the
		// dateline and the last author as the source. Nothing can follow it
		// to say otherwise, so the authors give way: the source is what the
		// mood view groups by.
		names = [];
	}

	const parts = [names.join(' and '), source, dateline].filter(part => part !== undefined && part !== '');
	return `By ${parts.join(', ')}`;
}
