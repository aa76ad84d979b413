import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isDateline, parseDate} from '../../source/news/dates.js';

const dateLines: Array<[text: string, iso: string | null]> = [
	['• Thursday, 5 February 2026', '2026-02-05'],
	['5 February 2026', '2026-02-05'],
	['February 5, 2026', '2026-02-05'],
	['February 5 2026', '2026-02-05'],
	['2026-02-05', '2026-02-05'],
	['5 Feb 2026', '2026-02-05'],
	['Feb 5, 2026', '2026-02-05'],
	['Feb. 5, 2026', '2026-02-05'],
	['Sept 3, 2026', '2026-09-03'],
	['5th February 2026', '2026-02-05'],
	['- 18 November 2026', '2026-11-18'],
	['* Saturday, 3 October 2026', '2026-10-03'],
	['•Monday 16 November 2026', '2026-11-16'],
	['Thursday, February 5, 2026', '2026-02-05'],
	['Thu 5 Feb 2026', '2026-02-05'],
	['Thursday, 2026-02-05', '2026-02-05'],
	// The weekday is read past, not checked: 5 February 2026 is a Thursday.
	['Monday, 5 February 2026', '2026-02-05'],
	['5 FEBRUARY 2026', '2026-02-05'],
	['  5 February 2026  ', '2026-02-05'],
	['29 February 2024', '2024-02-29'],
	['29 February 2025', null],
	['31 April 2026', null],
	['2026-13-01', null],
	['2026-02-30', null],
	['0 February 2026', null],
	['5 February', null],
	['Jan 5', null],
	['blog', null],
	['Funday, 5 February 2026', null],
	['5 Febtember 2026', null],
	['On 5 February 2026 we met', null],
	['US must be prudent when supplying arms to Taiwan, Xi tells Trump', null],
	['', null],
];

for (const [text, iso] of dateLines) {
	test(`parseDate: ${JSON.stringify(text)} → ${iso}`, () => {
		assert.equal(parseDate(text), iso);
	});
}

const datelines: Array<[part: string, isDate: boolean]> = [
	['Jan 5', true],
	['13 Nov', true],
	['November 16', true],
	['November 16, 2026', true],
	['5 February 2026', true],
	['2026-02-05', true],
	['Nov 20', true],
	['3 Oct', true],
	['Feb 29', true],
	['Feb 30', false],
	['BBC News', false],
	['2026', false],
	['Kelly Ng and Tessa Wong', false],
	['May', false],
];

for (const [part, isDate] of datelines) {
	test(`isDateline: ${JSON.stringify(part)} → ${isDate}`, () => {
		assert.equal(isDateline(part), isDate);
	});
}
