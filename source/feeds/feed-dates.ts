// The calendar day of a feed's date, in the offset the feed wrote it in. RSS
// writes RFC 822 dates (`Thu, 05 Feb 2026 23:30:00 -0800`), Atom and Dublin
// Core ISO 8601 (`2026-02-05T23:30:00.000-08:00`). The day wanted is the one
// written, so nothing is ever moved between zones: the time and the zone are
// checked for being a time and a zone, then set aside.
import type {FeedDate} from './feed.js';

/** The day an RFC 822 or ISO 8601 date names, in its own offset; undefined when the text is neither. */
export function parseFeedDate(text: string): FeedDate | undefined {
	const trimmed = text.trim();
	return parseIsoDate(trimmed) ?? parseRfc822Date(trimmed);
}

// 2026-02-05, then optionally a time (T or a space, as feeds write both), a
// fraction of any length, and Z, ±hh:mm, ±hhmm or ±hh.
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

function parseIsoDate(text: string): FeedDate | undefined {
	const match = isoDate.exec(text);
	if (!match) return undefined;
	const [, year, month, day, hours, minutes, seconds] = match;
	if (hours !== undefined && !isTime(Number(hours), Number(minutes), seconds === undefined ? 0 : Number(seconds))) return undefined;
	return calendarDay(Number(year), Number(month), Number(day));
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// RFC 822 and the shapes that pass for it: the weekday optional and
// unchecked, single or double spaces, two-digit years, no seconds, no time
// at all, the month before the day (as JavaScript's Date writes it), and a
// zone that is a name (PST, GMT, UT, Z, the military letters, CEST: any
// word, since the day does not depend on which), an offset, or both, with an
// optional (comment) after it.
function parseRfc822Date(text: string): FeedDate | undefined {
	const tokens = text.split(/[\s,]+/).filter(token => token !== '');
	if (tokens[0] !== undefined && isWeekday(tokens[0])) tokens.shift();
	const [first = '', second = '', yearToken = '', time, ...zone] = tokens;
	const dayFirst = monthNumber(second) !== undefined;
	const day = dayFirst ? first : second;
	const month = monthNumber(dayFirst ? second : first);
	const year = fullYear(yearToken);
	if (month === undefined || !/^\d{1,2}$/.test(day) || year === undefined) return undefined;
	if (time !== undefined && !(isClockTime(time) && isZone(zone.join(' ')))) return undefined;
	return calendarDay(year, month, Number(day));
}

function isWeekday(token: string): boolean {
	const word = token.toLowerCase().replace(/\.$/, '');
	return weekdays.some(weekday => word === weekday || (word.length > 3 && weekdayNames[weekday] === word));
}

const weekdayNames: Record<string, string> = {
	mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
};

// Jan, JAN, Jan., January; Sept as well, which some writers use.
function monthNumber(token: string): number | undefined {
	const word = token.toLowerCase().replace(/\.$/, '');
	const index = months.indexOf(word.slice(0, 3));
	if (index === -1) return undefined;
	if (word.length === 3 || word === 'sept') return index + 1;
	return fullMonthNames[index] === word ? index + 1 : undefined;
}

const fullMonthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// RFC 2822 §4.3: two digits are 2000–2049 below 50, 1950–1999 from it;
// three digits count from 1900.
function fullYear(token: string): number | undefined {
	if (!/^\d{2,4}$/.test(token)) return undefined;
	const year = Number(token);
	if (token.length === 2) return year < 50 ? 2000 + year : 1900 + year;
	if (token.length === 3) return 1900 + year;
	return year;
}

function isClockTime(token: string): boolean {
	const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(token);
	return match !== null && isTime(Number(match[1]), Number(match[2]), match[3] === undefined ? 0 : Number(match[3]));
}

// 24:00 is midnight at the end of the day in both standards; 60 seconds is a leap second.
function isTime(hours: number, minutes: number, seconds: number): boolean {
	if (hours === 24) return minutes === 0 && seconds === 0;
	return hours <= 23 && minutes <= 59 && seconds <= 60;
}

// '', 'GMT', '-0800', '+05:30', 'GMT+0800', 'EST (Eastern)': a word, an
// offset or a word then an offset, and an optional comment in parentheses.
function isZone(text: string): boolean {
	const zone = text.replace(/\s*\([^)]*\)$/, '');
	return /^(?:[A-Za-z]{1,5})?(?:[+-](?:\d{4}|\d{2}:\d{2}|\d{2}))?$/.test(zone);
}

function calendarDay(year: number, month: number, day: number): FeedDate | undefined {
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
	return {year, month, day};
}

function daysIn(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
