// --list names the first 20 skipped files and counts the rest in one line
// (issue 7, item 18).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {skipWarnings} from '../../source/commands/list.js';

const skips = (count: number, reason = 'empty file') => Array.from({length: count}, (_, index) => ({file: `f${index}.txt`, reason}));

test('up to 20 skipped files are each named', () => {
	assert.deepEqual(skipWarnings(skips(20)), skips(20).map(({file}) => `skipping ${file}: empty file`));
	assert.deepEqual(skipWarnings([]), []);
});

test('past 20, one line counts the rest', () => {
	const lines = skipWarnings(skips(100_000));
	assert.equal(lines.length, 21);
	assert.equal(lines[20], '… and 99,980 more files skipped (empty file: 99,980)');
	assert.equal(skipWarnings(skips(21)).at(-1), '… and 1 more file skipped (empty file: 1)');
});

test('the count names the three commonest reasons, then how many more there are', () => {
	const rest = [...skips(5, 'a'), ...skips(3, 'b'), ...skips(1, 'c'), ...skips(2, 'd'), ...skips(1, 'e')];
	const lines = skipWarnings([...skips(20), ...rest]);
	assert.equal(lines.at(-1), '… and 12 more files skipped (a: 5; b: 3; d: 2; 2 more reasons)');
});
