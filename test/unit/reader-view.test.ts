// The reader's pure pieces: fitting text to columns, the list's scrolling
// window, the status line, list rows, the text column and error lines.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {keyTable} from '../../source/ui/input/key-table.js';
import {errorText} from '../../source/ui/reader/error-text.js';
import {windowTop} from '../../source/ui/reader/list-window.js';
import {padEnd, truncateEnd, truncateStart} from '../../source/ui/view/fit.js';
import {type ListEntry, readingMinutes, rowLayout, rowParts} from '../../source/ui/view/list-row.js';
import {screenSize} from '../../source/ui/view/size.js';
import {statusLine} from '../../source/ui/view/status.js';
import {article} from '../support/articles.js';
import {drawnText, widestWidth} from '../support/widths.js';

/** The status line with no message. */
const statusParts = (left: string, middle: string, hints: readonly string[], width: number) => statusLine({left, middle, hints}, null, width);

const samples = ['plain words here', '中文标题很长很长', '😀😟🤞 emoji', '👨\u200d👩\u200d👧 family', 'e\u0301e\u0301e\u0301', 'mixed 中文 and 😀'];
const anyText = fc.oneof(fc.string({unit: 'grapheme', maxLength: 30}), fc.constantFrom(...samples));

test('truncateEnd: table', () => {
	const cases: Array<[string, number, string]> = [
		['short', 10, 'short'],
		['exactly ten', 11, 'exactly ten'],
		['exactly ten', 10, 'exactly t…'],
		['中文中文中文', 7, '中文中…'],
		['中文中文中文', 6, '中文…'],
		['😀😀😀', 4, '😀…'],
		['anything', 0, ''],
		['anything', 1, '…'],
		// An OSC goes whole, the title it would set with it.
		['a\u001B]0;title\u0007b', 20, 'ab'],
	];
	for (const [text, width, expected] of cases) assert.equal(truncateEnd(text, width), expected, `${text} at ${width}`);
});

test('truncateStart keeps the end of a path', () => {
	assert.equal(truncateStart('/home/reader/.local/share/broadsheet/articles', 21), '…/broadsheet/articles');
	assert.equal(truncateStart('/short', 20), '/short');
});

test('fitted text is never wider than asked, and only cut when it had to be', () => {
	fc.assert(fc.property(anyText, fc.integer({min: 0, max: 40}), (text, width) => {
		for (const fit of [truncateEnd, truncateStart]) {
			const out = fit(text, width);
			assert.ok(widestWidth(out) <= width, `${JSON.stringify(out)} wider than ${width}`);
			// Invisible characters are never drawn; all the rest is kept when it fits.
			if (widestWidth(text) <= width && !/[\u0000-\u001F\u007F-\u009F\p{Cf}\u2028\u2029]/u.test(text)) assert.equal(out, drawnText(text));
		}

		const padded = padEnd(text, width);
		assert.equal(widestWidth(padded), width, `${JSON.stringify(padded)} not ${width} wide`);
	}));
});

test('the list window scrolls, never rotates, and always holds the cursor', () => {
	fc.assert(fc.property(
		fc.integer({min: 1, max: 60}),
		fc.integer({min: 1, max: 20}),
		fc.array(fc.integer({min: -70, max: 70}), {maxLength: 30}),
		(count, height, moves) => {
			let cursor = 0;
			let top = 0;
			for (const move of moves) {
				const before = top;
				cursor = Math.max(0, Math.min(count - 1, cursor + move));
				top = windowTop(top, cursor, height, count);
				assert.ok(top <= cursor && cursor < top + height, `cursor ${cursor} outside ${top}+${height}`);
				assert.ok(top >= 0 && top <= Math.max(0, count - height), `top ${top} for ${count} rows of ${height}`);
				// A move that stays inside the window leaves it where it was.
				if (cursor >= before && cursor < before + height && before <= Math.max(0, count - height)) assert.equal(top, before);
			}
		},
	));
});

test('windowTop: table', () => {
	const cases: Array<[top: number, cursor: number, height: number, count: number, expected: number]> = [
		[0, 0, 5, 30, 0],
		[0, 4, 5, 30, 0],
		[0, 5, 5, 30, 1],
		[10, 9, 5, 30, 9],
		[0, 29, 5, 30, 25],
		[25, 0, 5, 30, 0],
		[20, 3, 5, 4, 0],
		[7, 7, 5, 10, 5],
	];
	for (const [top, cursor, height, count, expected] of cases) assert.equal(windowTop(top, cursor, height, count), expected, `${top} ${cursor} ${height} ${count}`);
});

test('status line: page left, hints right when they fit, one line of the width', () => {
	const hints = [keyTable.hints.article[0]!, '? keys'];
	const wide = statusParts('Page 2/9', 'A title', hints, 80);
	assert.equal(wide.left, 'Page 2/9  ');
	assert.equal(wide.middle, 'A title');
	assert.equal(wide.hints, hints[0]);
	const narrow = statusParts('Page 2/9', 'A title', hints, 30);
	assert.equal(narrow.hints, '? keys');
	const tiny = statusParts('Page 12/19', 'A title', hints, 9);
	assert.equal(tiny.left + tiny.middle + tiny.spacer + tiny.hints, 'Page 12/…');
	fc.assert(fc.property(anyText, anyText, fc.array(anyText, {maxLength: 3}), fc.integer({min: 0, max: 120}), (left, middle, alternatives, width) => {
		const parts = statusParts(left, middle, alternatives, width);
		const line = parts.left + parts.middle + parts.spacer + parts.hints;
		assert.ok(stringWidth(line) <= width, `${JSON.stringify(line)} wider than ${width}`);
		assert.ok(parts.hints === '' || alternatives.includes(parts.hints));
	}));
});

test('status line: a message shows whole, the hints giving way to shorter ones; an error takes their room', () => {
	const text = {left: 'Page 1/1', middle: 'A title', hints: keyTable.hints.article};
	const saved = statusLine(text, {text: 'Saved: 😐 Indifferent', error: false}, 80);
	assert.equal(saved.middle, 'Saved: 😐 Indifferent');
	assert.equal(saved.hints, keyTable.hints.article[1]);
	assert.equal(saved.error, false);
	// A title keeps only a few columns against the hints.
	const titled = statusLine({...text, middle: 'A title long enough to be cut short by the longest hints'}, null, 80);
	assert.equal(titled.hints, keyTable.hints.article[0]);
	assert.match(titled.middle, /…$/);
	const failed = statusLine(text, {text: 'Not saved: disk full', error: true}, 80);
	assert.deepEqual({middle: failed.middle, hints: failed.hints, error: failed.error}, {middle: 'Not saved: disk full', hints: '', error: true});
	fc.assert(fc.property(anyText, fc.boolean(), fc.integer({min: 0, max: 120}), (message, error, width) => {
		const parts = statusLine(text, {text: message, error}, width);
		assert.ok(stringWidth(parts.left + parts.middle + parts.spacer + parts.hints) <= width);
	}));
});

test('reading time: words at 200 a minute, at least one minute', () => {
	const cases: Array<[number, number]> = [[0, 1], [99, 1], [200, 1], [299, 1], [300, 2], [1000, 5], [4321, 22]];
	for (const [words, minutes] of cases) assert.equal(readingMinutes(words), minutes, `${words} words`);
});

function entry(fields: Partial<ListEntry> & {title: string; label?: string | null}): ListEntry {
	return {article: article('x', {title: fields.title, label: fields.label ?? null}), minutes: fields.minutes ?? 3, unread: fields.unread ?? false, emoji: fields.emoji};
}

test('list rows are exactly the width, columns aligned, least useful columns dropped first', () => {
	const entries = [entry({title: 'Short', label: 'blog', emoji: '😟', unread: true}), entry({title: '中文标题很长很长很长很长很长很长', minutes: 12})];
	const wide = rowLayout(entries, 80);
	assert.deepEqual(wide.columns.map(column => column.column), ['date', 'label', 'minutes', 'reaction']);
	const rows = entries.map((item, index) => rowParts(item, wide, index === 0));
	for (const parts of rows) assert.equal(widestWidth(parts.pointer + parts.mark + parts.title + parts.meta), 80);
	assert.equal(rows[0]!.pointer + rows[0]!.mark, '❯ N ');
	assert.equal(rows[1]!.pointer + rows[1]!.mark, '    ');
	assert.equal(rows[0]!.meta, '  2026-02-05  blog   3 min  😟');
	assert.equal(rows[1]!.meta, '  2026-02-05        12 min    ');
	assert.deepEqual(rowLayout(entries, 40).columns.map(column => column.column), ['minutes', 'reaction']);
	assert.deepEqual(rowLayout(entries, 12).columns, []);
	fc.assert(fc.property(fc.array(anyText, {minLength: 1, maxLength: 5}), fc.integer({min: 10, max: 120}), (titles, width) => {
		const items = titles.map(title => entry({title, label: title.slice(0, 20), emoji: '😊'}));
		const layout = rowLayout(items, width);
		for (const item of items) {
			const parts = rowParts(item, layout, false);
			assert.equal(widestWidth(parts.pointer + parts.mark + parts.title + parts.meta), width);
		}
	}));
});

test('text column: full width up to 100 columns, then the measure, centred', () => {
	const cases: Array<[columns: number, measure: number, width: number, indent: number]> = [
		[80, 80, 80, 0],
		[100, 60, 100, 0],
		[101, 80, 80, 10],
		[140, 80, 80, 30],
		[140, 0, 140, 0],
		[140, 200, 140, 0],
		[120, 72, 72, 24],
	];
	for (const [columns, measure, width, indent] of cases) assert.deepEqual(screenSize(columns, 24, measure).column, {width, indent}, `${columns} at ${measure}`);
});

test('errorText: one line, whatever was thrown', () => {
	const cases: Array<[unknown, string]> = [
		[new Error('cannot write the store'), 'cannot write the store'],
		[new Error('first line\n    at stack frame'), 'first line'],
		['a string\nand more', 'a string'],
		[42, '42'],
		[new Error(''), ''],
	];
	for (const [thrown, expected] of cases) assert.equal(errorText(thrown), expected, String(thrown));
});
