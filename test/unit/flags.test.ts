import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseFlags} from '../../source/commands/flags.js';
import {UsageError} from '../../source/errors.js';

const actions: Array<[string[], unknown]> = [
	[[], {kind: 'reader'}],
	[['--list'], {kind: 'list', json: false}],
	[['--list', '--json'], {kind: 'list', json: true}],
	[['--reactions', '--json'], {kind: 'reactions', json: true}],
	[['--article', 'x'], {kind: 'reader', ref: 'x'}],
	[['--article=x', '--print'], {kind: 'print', ref: 'x', page: undefined, size: {width: undefined, height: undefined}}],
	[['--article', 'x', '--print', '--page', '3', '--width', '10', '--height', '3'], {kind: 'print', ref: 'x', page: 3, size: {width: 10, height: 3}}],
	[['--article', 'x', '--json', '--width', '200'], {kind: 'json', ref: 'x', size: {width: 200, height: undefined}}],
	[['--article', 'x', '--react', 'none'], {kind: 'react', ref: 'x', reaction: 'none'}],
	[['--help', '--list'], {kind: 'help'}],
	[['--version'], {kind: 'version'}],
	[['import', 'https://example.org/feed.xml'], {kind: 'import', source: 'https://example.org/feed.xml'}],
	[['--dir', 'news', 'import', 'feed.xml'], {kind: 'import', source: 'feed.xml'}],
	[['update'], {kind: 'update'}],
	[['feeds'], {kind: 'feeds', format: 'text'}],
	[['feeds', '--json'], {kind: 'feeds', format: 'json'}],
	[['feeds', '--opml'], {kind: 'feeds', format: 'opml'}],
	[['unsubscribe', 'BBC News'], {kind: 'unsubscribe', feed: 'BBC News'}],
];

for (const [argv, action] of actions) {
	test(`action of ${argv.join(' ') || '(nothing)'}`, () => {
		assert.deepEqual(parseFlags(argv).action, action);
	});
}

test('colour, folder and measure ride along with any action', () => {
	assert.equal(parseFlags(['--color']).color, true);
	assert.equal(parseFlags(['--no-color']).color, false);
	assert.equal(parseFlags([]).color, undefined);
	assert.equal(parseFlags(['--dir', '/tmp/x', '--list']).dir, '/tmp/x');
	assert.equal(parseFlags([]).measure, 80);
	assert.equal(parseFlags(['--measure', '0']).measure, 0);
	assert.equal(parseFlags(['--measure', '10']).measure, 10);
});

const usageErrors: Array<[string[], RegExp]> = [
	[['--nope'], /unknown flag --nope/],
	[['-x'], /unknown flag -x/],
	[['word'], /unexpected argument "word"/],
	[['--article'], /--article needs a value/],
	[['--article', ''], /needs a ref/],
	[['--list', '--reactions'], /--list and --reactions cannot be used together/],
	[['--list', '--article', 'x'], /cannot be used together/],
	[['--list', '--page', '2'], /--page cannot be used with --list/],
	[['--print'], /without --article/],
	[['--json'], /without --article/],
	[['--article', 'x', '--print', '--json'], /--print and --json cannot be used together/],
	[['--article', 'x', '--json', '--react', 'sad'], /cannot be used together/],
	// Both say the one thing to do (issue 9): --page needs --print.
	[['--article', 'x', '--json', '--page', '1'], /^--page needs --print /],
	[['--article', 'x', '--json', '--page', '1', '--width', '40'], /^--page needs --print /],
	[['--article', 'x', '--react', 'sad', '--width', '40'], /--width cannot be used with --react/],
	[['--article', 'x', '--page', '1'], /^--page needs --print /],
	[['--article', 'x', '--page', '1', '--width', '40'], /^--page needs --print /],
	[['--article', 'x', '--width', '40'], /--width cannot be used without --print or --json/],
	[['--article', 'x', '--print', '--width', '9'], /--width takes a whole number of at least 10/],
	[['--article', 'x', '--print', '--height', '2'], /--height takes a whole number of at least 3/],
	[['--article', 'x', '--print', '--page', '0'], /--page takes a whole number of at least 1/],
	[['--article', 'x', '--print', '--page', '1.5'], /--page takes a whole number/],
	[['--article', 'x', '--print', '--width', 'wide'], /--width takes a whole number/],
	[['--measure', '-1'], /--measure|unknown flag/],
	// Below the narrowest layout, but for 0 (the full width).
	[['--measure', '9'], /^--measure takes 0 \(the full width\) or a whole number of at least 10, not "9"$/],
	[['--measure', '1'], /at least 10/],
	[['--article', 'x', '--print', '--measure', '5'], /at least 10/],
	[['--color', '--no-color'], /contradict/],
	[['import'], /import needs <feed file, OPML file or URL>/],
	[['import', ''], /import needs/],
	[['import', 'a.xml', 'b.xml'], /unexpected argument "b.xml" after import/],
	[['update', 'now'], /unexpected argument "now" after update/],
	[['unsubscribe'], /unsubscribe needs <url \| title>/],
	[['feeds', '--json', '--opml'], /--json and --opml cannot be used together/],
	[['update', '--json'], /--json cannot be used with update/],
	[['import', 'a.xml', '--list'], /--list cannot be used with import/],
	[['--list', '--opml'], /--opml cannot be used without feeds/],
	[['Import', 'a.xml'], /unexpected argument "Import"/],
	[['update', '--dir', 'x'], /--dir cannot be used with update: each feed keeps the folder it was imported into/],
];

for (const [argv, message] of usageErrors) {
	test(`usage error: ${argv.join(' ')}`, () => {
		assert.throws(() => parseFlags(argv), (error: unknown) => error instanceof UsageError && message.test(error.message) && !error.message.includes('\n'));
	});
}

test('a value that looks like a flag says how to pass it', () => {
	assert.throws(() => parseFlags(['--article', 'x', '--print', '--page', '-1']), /--page has a value that starts with "-": write it as --page=<value>/);
	assert.throws(() => parseFlags(['--article', 'x', '--print', '--page=-1']), /--page takes a whole number of at least 1, not "-1"/);
});
