// The dates an article file writes by hand: `5 February 2026`,
// `February 5, 2026`, `2026-02-05`, with months in full or short, an
// optional weekday in front (read past, never checked against the date) and,
// for the date line, an optional list bullet. English month and weekday names
// only, in any letter case.

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNames = [
	'january', 'february', 'march', 'april', 'may', 'june',
	'july', 'august', 'september', 'october', 'november', 'december',
];

// Short forms with or without a full stop (`Feb.`), and `Sept`, as
// newsrooms write them.
const month = String.raw`(?<month>${[...monthNames, ...months, 'sept'].join('|')})\.?`;
const day = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
const year = String.raw`(?<year>\d{4})`;
const weekday = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/iu;
const bullet = /^[•\-*]\s*/u;

// One expression per form: Node 20 allows a group name only once per pattern.
function datePatterns(yearRequired: boolean): RegExp[] {
	const optional = yearRequired ? '' : '?';
	return [
		String.raw`^${day}\s+${month}(?:\s+${year})${optional}$`,
		String.raw`^${month}\s+${day}(?:,?\s+${year})${optional}$`,
		String.raw`^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$`,
	].map(source => new RegExp(source, 'iu'));
}

const withYear = datePatterns(true);
const yearOptional = datePatterns(false);

type Parts = {year: number | undefined; month: number; day: number};

function monthNumber(name: string): number {
	return /^\d+$/.test(name) ? Number(name) : months.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function daysIn(month: number, year: number | undefined): number {
	if (month === 2) {
		// Without a year, 29 February may be meant.
		const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
		return leap ? 29 : 28;
	}

	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(parts: Parts): Parts | null {
	const {year, month, day} = parts;
	if (month < 1 || month > 12) return null;
	if (day < 1 || day > daysIn(month, year)) return null;
	return parts;
}

function readDate(text: string, yearRequired: boolean): Parts | null {
	const bare = text.trim().replace(weekday, '');
	for (const pattern of yearRequired ? withYear : yearOptional) {
		const groups = pattern.exec(bare)?.groups;
		if (!groups) continue;
		const year = groups['year'] === undefined ? undefined : Number(groups['year']);
		return valid({year, month: monthNumber(groups['month']!), day: Number(groups['day'])});
	}

	return null;
}

/** A date line (`• Thursday, 5 February 2026`) as ISO `YYYY-MM-DD`, else null. */
export function parseDate(text: string): string | null {
	const parts = readDate(text.trim().replace(bullet, ''), true);
	if (!parts || parts.year === undefined) return null;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/**
 * A date line as the header shows it: as written (`Thursday, 5 February
 * 2026`), its bullet and the spaces around it gone, and any run of white
 * space (a line break in the block, a no-break space) one space.
 */
export function dateLineText(text: string): string {
	return text.trim().replace(bullet, '').replaceAll(/\s+/gu, ' ');
}

/**
 * Whether a byline part reads as a date: any form of the date line (bar the
 * bullet), and also without the year (`Jan 5`, `13 Nov`).
 */
export function isDateline(part: string): boolean {
	return readDate(part, false) !== null;
}
