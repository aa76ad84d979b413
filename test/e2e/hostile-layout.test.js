// Text that froze the program: Intl.Segmenter over a whole paragraph or a
// whole title grows much faster than the text on Node 20. These run the
// built program on such files and hold it to a deadline of 60 s: ample for
// the work (well under 5 s here on a shared two-core machine, so the test
// never flakes), while the whole-text segmentation took minutes (`--print` of
// the CJK file ran 420 s before it was killed, the emoji file 175 s, and the
// list behind a 120,000-flag title never painted in 60 s). And articles of
// megabytes are printed a page at a time, in a heap far smaller than their
// lines would take all at once.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {cleanEnv, cli, tempDir} from './helpers.js';
import {startTerminal} from './terminal.js';

const deadline = 60_000;

/** Runs the program to its end, or kills it at the deadline; stdout is only counted, not kept. */
function runWithin(args, nodeArgs = []) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [...nodeArgs, cli, ...args], {env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		let late = false;
		const timer = setTimeout(() => {
			late = true;
			child.kill('SIGKILL');
		}, deadline);
		child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stdout, stderr, late});
		});
	});
}

function folderWith(files) {
	const dir = tempDir('broadsheet-hostile-');
	for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
	return dir;
}

const count = (text, part) => text.split(part).length - 1;

for (const [name, unit, times] of [['CJK', '中', 700_000], ['emoji', '👍🏽', 262_144]]) {
	test(`--print of a 2 MB one-paragraph ${name} article ends within ${deadline / 1000} s, every character printed`, async () => {
		const dir = folderWith({'big.txt': `Big\n\n${unit.repeat(times)}\n`});
		const {code, stdout, stderr, late} = await runWithin(['--dir', dir, '--article', 'big', '--print', '--width', '80', '--height', '24']);
		assert.equal(late, false, `still printing after ${deadline / 1000} s`);
		assert.equal(code, 0, stderr);
		assert.equal(count(stdout, unit), times);
	});
}

// A 10 MB article of 60,000 paragraphs and a 5 MB one-line one. With every
// line laid out before the first was written, neither fitted a 96 MB heap
// (the 5 MB line took 786 MB of memory); a page at a time, each runs in 48 MB.
const paragraph = 'The quick brown fox jumps over the lazy dog and keeps running through the field. '.repeat(2);
const heavy = [
	['10 MB of paragraphs', `Many\n\n${Array.from({length: 60_000}, () => paragraph).join('\n\n')}\n`, /fox/g],
	['a 5 MB line', `Line\n\n${'word '.repeat(1_000_000)}\n`, /word/g],
];
for (const [name, text, counted] of heavy) {
	test(`--print and --json of ${name} run in a 96 MB heap`, async () => {
		const dir = folderWith({'big.txt': text});
		const printed = await runWithin(['--dir', dir, '--article', 'big', '--print', '--width', '80', '--height', '24', '--no-color'], ['--max-old-space-size=96']);
		assert.equal(printed.code, 0, printed.stderr.slice(0, 2000));
		assert.equal(printed.stdout.match(counted)?.length, text.match(counted).length);
		const json = await runWithin(['--dir', dir, '--article', 'big', '--json', '--width', '80', '--height', '24'], ['--max-old-space-size=96']);
		assert.equal(json.code, 0, json.stderr.slice(0, 2000));
		// No page holds more than 24 − 2 lines.
		const lines = printed.stdout.split('\n').length - 1;
		assert.ok(JSON.parse(json.stdout).pages >= Math.ceil(lines / 22));
	});
}

const started = [];
afterEach(async () => {
	await Promise.all(started.splice(0).map(terminal => terminal.close()));
});

test(`the list paints within ${deadline / 1000} s beside a file whose title is 120,000 flags, and fits the terminal`, async () => {
	const dir = folderWith({'flags.txt': `${'🇩🇪'.repeat(120_000)}\n\nA body.\n`, 'small.txt': 'Small news\n\nA body.\n'});
	const terminal = startTerminal(['--dir', dir], {cols: 80, rows: 24});
	started.push(terminal);
	await terminal.waitFor(/Small news/, deadline);
	assert.deepEqual(terminal.wrappedRows(), []);
	terminal.press('q');
	assert.equal((await terminal.waitForExit(deadline)).code, 0);
});

// Telling whether a block is a label or a prompt split the whole block
// first: listing a folder beside one 5 MB line split it into a million words,
// which did not fit a 24 MB heap. A block too long to be either is told so at once.
test('--list beside a 5 MB one-line article runs in a 24 MB heap', async () => {
	const dir = folderWith({'big.txt': `Line\n\n${'word and "a quote" more words '.repeat(170_000)}\n`, 'ask.txt': `Ask\n\n${'word '.repeat(1_000_000)}really, are you?\n`});
	const listed = await runWithin(['--dir', dir, '--list'], ['--max-old-space-size=24']);
	assert.equal(listed.code, 0, listed.stderr.slice(0, 2000));
	assert.equal(listed.stdout.trim().split('\n').length, 2);
});
