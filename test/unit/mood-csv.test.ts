// `--reactions --csv` as RFC 4180 writes it, read back by a parser written
// here from the RFC; text from feeds that a spreadsheet would run as a
// formula is kept as text. And the flags of --mood and --csv.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {parseFlags} from '../../source/commands/flags.js';
import {csvField, reactionsCsv} from '../../source/commands/reactions.js';
import {UsageError} from '../../source/errors.js';
import {article} from '../support/articles.js';

/** RFC 4180, section 2, read: CRLF-ended records of comma-separated fields, a quoted field's `""` a quote. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let index = 0;
	while (index < text.length) {
		if (text[index] === '"' && field === '') {
			index++;
			for (;;) {
				const quote = text.indexOf('"', index);
				assert.notEqual(quote, -1, 'a quoted field ends');
				field += text.slice(index, quote);
				index = quote + 1;
				if (text[index] !== '"') break;
				field += '"';
				index++;
			}
		} else if (text[index] === ',') {
			record.push(field);
			field = '';
			index++;
		} else if (text.startsWith('\r\n', index)) {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			index += 2;
		} else {
			assert.ok(!['"', '\r', '\n'].includes(text[index]!), `a bare ${JSON.stringify(text[index])} at ${index}`);
			field += text[index];
			index++;
		}
	}

	assert.equal(field + record.join(''), '', 'the last record ends in CRLF');
	return records;
}

test('every field reads back as itself through an RFC 4180 parser, quotes, commas and line breaks included', () => {
	fc.assert(fc.property(fc.array(fc.string({unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', 'é', '港')}), {minLength: 1, maxLength: 6}), fields => {
		assert.deepEqual(parseCsv(fields.map(value => csvField(value, false)).join(',') + '\r\n'), [fields]);
		// Text from outside reads back the same, after a ' where it starts as a formula would (CR, here).
		assert.deepEqual(parseCsv(fields.map(value => csvField(value)).join(',') + '\r\n'), [fields.map(value => (value.startsWith('\r') ? `'${value}` : value))]);
	}));
});

test('a field is quoted only when it must be', () => {
	assert.equal(csvField('BBC News'), 'BBC News');
	assert.equal(csvField('US must be prudent, Xi tells Trump'), '"US must be prudent, Xi tells Trump"');
	assert.equal(csvField('the "most important" issue'), '"the ""most important"" issue"');
	assert.equal(csvField('two\nlines'), '"two\nlines"');
});

test('text that a spreadsheet would run as a formula is kept as text; our own fields are not touched', () => {
	for (const start of ['=', '+', '-', '@', '\t', '\r']) {
		const value = `${start}HYPERLINK("http://evil.example","click")`;
		assert.equal(parseCsv(`${csvField(value)}\r\n`)[0]![0], `'${value}`, JSON.stringify(start));
	}

	assert.equal(csvField('-5 degrees', false), '-5 degrees');
	assert.equal(csvField('2026-11-20T10:00:00.000Z', false), '2026-11-20T10:00:00.000Z');
	assert.equal(csvField('a = b'), 'a = b', 'only a field that starts with one');
});

test('--reactions --csv: the header, then one record a reaction, newest first; an article gone keeps only what the store knows', () => {
	const reactions = {
		seed: {reaction: 'worried', at: '2026-11-20T10:00:00.000Z'},
		gone: {reaction: 'angry', at: '2026-11-21T10:00:00.000Z'},
		plain: {reaction: 'happy', at: '2026-11-19T10:00:00.000Z'},
	} as const;
	const folder = [
		article('seed', {title: 'US must be prudent when supplying arms to Taiwan, Xi tells Trump', label: 'blog', byline: {authors: ['Kelly Ng'], source: 'BBC News', dateline: 'Jan 5'}}),
		article('plain', {title: '=1+1', date: null}),
	];
	const text = reactionsCsv(reactions, folder);
	assert.ok(text.endsWith('\r\n'));
	assert.deepEqual(parseCsv(text), [
		['id', 'title', 'source', 'label', 'date', 'reaction', 'time'],
		['gone', '', '', '', '', 'angry', '2026-11-21T10:00:00.000Z'],
		['seed', 'US must be prudent when supplying arms to Taiwan, Xi tells Trump', 'BBC News', 'blog', '2026-02-05', 'worried', '2026-11-20T10:00:00.000Z'],
		['plain', "'=1+1", '', '', '', 'happy', '2026-11-19T10:00:00.000Z'],
	]);
	assert.equal(reactionsCsv({}, folder), 'id,title,source,label,date,reaction,time\r\n');
});

test('--mood takes --by, --since, --json and --width', () => {
	assert.deepEqual(parseFlags(['--mood']).action, {kind: 'mood', by: 'week', json: false});
	assert.deepEqual(parseFlags(['--mood', '--by', 'source', '--json']).action, {kind: 'mood', by: 'source', json: true});
	assert.deepEqual(parseFlags(['--mood', '--by=label', '--since', '2026-11-02', '--width', '60']).action, {kind: 'mood', by: 'label', json: false, since: '2026-11-02', width: 60});
	assert.deepEqual(parseFlags(['--reactions', '--csv']).action, {kind: 'reactions', json: false, csv: true});
});

test('bad --by, --since and combinations are usage errors, one line naming what is wrong', () => {
	const cases: Array<[string[], RegExp]> = [
		[['--mood', '--by', 'day'], /^--by takes week, source, label, not "day"$/],
		[['--mood', '--since', '2026-02-30'], /^--since takes a day as YYYY-MM-DD \(2026-11-02\), not "2026-02-30"$/],
		[['--mood', '--since', 'last week'], /^--since takes a day/],
		[['--by', 'week'], /^--by cannot be used without --mood$/],
		[['--list', '--since', '2026-01-01'], /^--since cannot be used without --mood$/],
		[['--mood', '--list'], /^--list and --mood cannot be used together$/],
		[['--mood', '--article', 'x'], /^--mood and --article cannot be used together$/],
		[['--mood', '--print'], /^--print cannot be used with --mood$/],
		[['--mood', '--csv'], /^--csv cannot be used with --mood$/],
		[['--csv'], /^--csv needs --reactions/],
		[['--list', '--csv'], /^--csv needs --reactions/],
		[['--reactions', '--csv', '--json'], /^--json and --csv cannot be used together$/],
		[['update', '--mood'], /^--mood cannot be used with update$/],
	];
	for (const [argv, message] of cases) {
		assert.throws(() => parseFlags(argv), (error: unknown) => error instanceof UsageError && error.exitCode === 2 && message.test(error.message) && !error.message.includes('\n'), argv.join(' '));
	}
});
