import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseFeedDate} from '../../source/feeds/feed-dates.js';

// The day as written, in the date's own offset: late evening west of
// Greenwich is already the next day in UTC, and must not become it.
const feedDates: Array<[text: string, iso: string | null]> = [
	// RFC 822 and what passes for it.
	['Thu, 05 Feb 2026 23:30:00 -0800', '2026-02-05'],
	['Thu, 05 Feb 2026 00:15:00 +1300', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 PST', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 EST', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 GMT', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 UT', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 Z', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 A', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 CEST', '2026-02-05'],
	['Thu,  5 Feb 2026 23:30:00  -0800', '2026-02-05'],
	['Thu, 5 Feb 2026 9:05:00 +0000', '2026-02-05'],
	['05 Feb 2026 23:30:00 -0800', '2026-02-05'],
	['Thursday, 05 Feb 2026 23:30:00 GMT', '2026-02-05'],
	['Thu., 05 Feb. 2026 23:30 GMT', '2026-02-05'],
	['Thu, 05 Feb 26 23:30:00 GMT', '2026-02-05'],
	['Sun, 05 Feb 95 23:30:00 GMT', '1995-02-05'],
	['Thu, 05 Feb 2026 23:30 -0800', '2026-02-05'],
	['Thu, 05 Feb 2026', '2026-02-05'],
	['Thu, 05 February 2026 23:30:00 +0100', '2026-02-05'],
	['Thu, 05 FEB 2026 23:30:00 +0100', '2026-02-05'],
	['Sat, 05 Sept 2026 10:00:00 +0100', '2026-09-05'],
	['Thu, 05 Feb 2026 23:30:00 GMT+0800', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 -0800 (PST)', '2026-02-05'],
	['Thu Feb 05 2026 23:30:00 GMT-0800 (Pacific Standard Time)', '2026-02-05'],
	['Thu, 29 Feb 2024 12:00:00 GMT', '2024-02-29'],
	// The weekday is read past, not checked.
	['Mon, 05 Feb 2026 12:00:00 GMT', '2026-02-05'],
	['  Thu, 05 Feb 2026 12:00:00 GMT\n', '2026-02-05'],
	['Thu, 29 Feb 2025 12:00:00 GMT', null],
	['Thu, 31 Apr 2026 12:00:00 GMT', null],
	['Thu, 05 Feb 2026 25:00:00 GMT', null],
	['Thu, 05 Feb 2026 23:61:00 GMT', null],
	['Thu, 05 Feb 2026 23:30:00 +08', '2026-02-05'],
	['Thu, 05 Feb 2026 23:30:00 -08000', null],
	['Thu, 05 Foo 2026 23:30:00 GMT', null],
	['Thu, 05 Feb 2026 noon GMT', null],
	['Funday, 05 Feb 2026', null],
	// ISO 8601 as Atom and Dublin Core write it.
	['2026-02-05T23:30:00-08:00', '2026-02-05'],
	['2026-02-05T23:30:00.123-08:00', '2026-02-05'],
	['2026-02-05T23:30:00.123456789Z', '2026-02-05'],
	['2026-02-05T00:30:00+05:30', '2026-02-05'],
	['2026-02-05T23:30:00Z', '2026-02-05'],
	['2026-02-05t23:30:00z', '2026-02-05'],
	['2026-02-05T23:30:00+0530', '2026-02-05'],
	['2026-02-05T23:30Z', '2026-02-05'],
	['2026-02-05T23:30:00', '2026-02-05'],
	['2026-02-05 23:30:00 +01:00', '2026-02-05'],
	['2026-02-05', '2026-02-05'],
	['2026-02-30', null],
	['2026-13-05T10:00:00Z', null],
	['2026-02-05T24:30:00Z', null],
	['2026-02', null],
	['05/02/2026', null],
	['yesterday', null],
	['', null],
];

for (const [text, iso] of feedDates) {
	test(`parseFeedDate: ${JSON.stringify(text)} → ${iso}`, () => {
		const date = parseFeedDate(text);
		assert.equal(date === undefined ? null : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`, iso);
	});
}
