import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Byline} from '../../source/news/article.js';
import {parseByline} from '../../source/news/byline.js';

const cases: Array<[head: string, byline: Byline | null]> = [
	['By Kelly Ng and Tessa Wong, BBC News, Jan 5', {authors: ['Kelly Ng', 'Tessa Wong'], source: 'BBC News', dateline: 'Jan 5'}],
	['By Mara Olsen, Riverside Courier, November 16, 2026', {authors: ['Mara Olsen'], source: 'Riverside Courier', dateline: 'November 16, 2026'}],
	['By A, BBC News, Monday, November 16, 2026', {authors: ['A'], source: 'BBC News', dateline: 'Monday, November 16, 2026'}],
	['By Hattie Crane, Elmsford Weekly, 3 Oct', {authors: ['Hattie Crane'], source: 'Elmsford Weekly', dateline: '3 Oct'}],
	['By A, B, 2026-02-05', {authors: ['A'], source: 'B', dateline: '2026-02-05'}],
	['By A, B, 5 February 2026', {authors: ['A'], source: 'B', dateline: '5 February 2026'}],
	['By Hilltop Gazette', {authors: [], source: 'Hilltop Gazette', dateline: null}],
	['By BBC News, Jan 5', {authors: [], source: 'BBC News', dateline: 'Jan 5'}],
	['By Kelly Ng, BBC News', {authors: ['Kelly Ng'], source: 'BBC News', dateline: null}],
	['By A, B and C, The Paper', {authors: ['A', 'B', 'C'], source: 'The Paper', dateline: null}],
	['By A, B, and C, The Paper', {authors: ['A', 'B', 'C'], source: 'The Paper', dateline: null}],
	// A lone date leaves nothing to be the source, so it is the source.
	['By Jan 5', {authors: [], source: 'Jan 5', dateline: null}],
	['By ', null],
	['By , ,', null],
];

for (const [head, byline] of cases) {
	test(`parseByline: ${JSON.stringify(head)}`, () => {
		assert.deepEqual(parseByline(head), byline);
	});
}
