// Issue 9, defect 4: on a narrow status line a store's error kept its path and
// lost its reason (`Not saved: cannot write the reactions store …/config.js…`).
// The reason goes first and the path last, for every shape the store words.
import assert from 'node:assert/strict';
import {chmodSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {openStore, StoreError} from '../../source/store/store.js';
import {errorText} from '../../source/ui/reader/error-text.js';
import {tempDir} from '../support/temp.js';

const file = '/home/u/.config/broadsheet/config.json';
const write = `cannot write the reactions store ${file}: `;

const storeCases: Array<[name: string, message: string, expected: string]> = [
	['permission denied', `${write}permission denied`, `permission denied (reactions store ${file})`],
	['operation not permitted', `${write}operation not permitted`, `operation not permitted (reactions store ${file})`],
	['a read-only file system', `${write}read-only file system`, `read-only file system (reactions store ${file})`],
	['a full disk', `${write}no space left on device`, `no space left on device (reactions store ${file})`],
	['a quota', `${write}disk quota exceeded`, `disk quota exceeded (reactions store ${file})`],
	['a folder in its place', `${write}it is a folder, not a file`, `it is a folder, not a file (reactions store ${file})`],
	['a link loop', `${write}too many symbolic links`, `too many symbolic links (reactions store ${file})`],
	['a path too long', `${write}the path is too long`, `the path is too long (reactions store ${file})`],
	['an I/O error', `${write}input/output error`, `input/output error (reactions store ${file})`],
	['a file above it', `${write}/home/u/.config is not a folder`, `/home/u/.config is not a folder (reactions store ${file})`],
	['a read-only config.json', `${write}it is read-only`, `it is read-only (reactions store ${file})`],
	['a dangling link', `${write}it is a link to a file that does not exist; create that file or remove the link`,
		`it is a link to a file that does not exist; create that file or remove the link (reactions store ${file})`],
	['a section that is no object', `${write}its "reactions" is not an object`, `its "reactions" is not an object (reactions store ${file})`],
	['a lock that is a file', `${write}${file}.lock is a file, not its lock folder; remove it`, `${file}.lock is a file, not its lock folder; remove it (reactions store ${file})`],
	// The busy one ends in its own aside, which takes the path in rather than a second pair of brackets.
	['a lock held by another process', `${write}another process holds its lock (remove ${file}.lock if no broadsheet is running)`,
		`another process holds its lock (remove ${file}.lock if no broadsheet is running; reactions store ${file})`],
	['a reason that holds ": "', `${write}EBUSY: resource busy or locked`, `EBUSY: resource busy or locked (reactions store ${file})`],
	['a path that holds ": "', 'cannot write the reactions store /tmp/a: b/config.json: permission denied', 'permission denied (reactions store /tmp/a: b/config.json)'],
	['a path with spaces', 'cannot write the reactions store /Users/A B/config.json: permission denied', 'permission denied (reactions store /Users/A B/config.json)'],
	// A read has no lead-in on the status line to say what failed.
	['a read', `cannot read the reactions store ${file}: permission denied`, `cannot read: permission denied (reactions store ${file})`],
	['a stack after the message', `${write}permission denied\n    at somewhere`, `permission denied (reactions store ${file})`],
	['another shape stays as it is', 'the reactions store was not valid JSON', 'the reactions store was not valid JSON'],
	['no reason stays as it is', `cannot write the reactions store ${file}`, `cannot write the reactions store ${file}`],
];

for (const [name, message, expected] of storeCases) {
	test(`errorText: a store's error, reason first: ${name}`, () => {
		assert.equal(errorText(new StoreError(message)), expected);
	});
}

test('errorText: only the store words its errors this way; others keep theirs', () => {
	const cases: Array<[unknown, string]> = [
		[new Error(`${write}permission denied`), `${write}permission denied`],
		[`${write}permission denied`, `${write}permission denied`],
		[new Error('HTTP 404 Not Found'), 'HTTP 404 Not Found'],
	];
	for (const [thrown, expected] of cases) assert.equal(errorText(thrown), expected, String(thrown));
});

test('errorText: the reason survives a status line narrower than the path', () => {
	const line = `Not saved: ${errorText(new StoreError(`${write}permission denied`))}`.slice(0, 40);
	assert.equal(line, 'Not saved: permission denied (reactions ');
});

test('errorText: what a real store throws reads reason first', async () => {
	const dir = tempDir('broadsheet-error-text-');
	const config = path.join(dir, 'config.json');
	writeFileSync(config, '{}');
	chmodSync(config, 0o400);
	const store = openStore({dir, onWarning() {}});
	await assert.rejects(store.setReaction('seed', 'happy'), (error: unknown) => errorText(error) === `it is read-only (reactions store ${config})`);

	// The store's folder cannot be made: a file stands in its place.
	const blocked = path.join(tempDir('broadsheet-error-text-'), 'config');
	writeFileSync(blocked, 'not a folder');
	const stuck = openStore({dir: blocked, onWarning() {}});
	await assert.rejects(stuck.setReaction('seed', 'happy'), (error: unknown) => errorText(error) === `${blocked} is not a folder (reactions store ${path.join(blocked, 'config.json')})`);
});
