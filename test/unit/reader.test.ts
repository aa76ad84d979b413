// The reader command: without a terminal on stdout it prints what the view
// would show (the list, the article), like git with its pager; with one on
// stdout but not on stdin it is a usage error, found before Ink loads.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createContext} from '../../source/commands/context.js';
import type {Action} from '../../source/commands/flags.js';
import {runAction} from '../../source/commands/index.js';
import {UsageError} from '../../source/errors.js';
import {articleFolder} from '../support/articles.js';
import {fakeWorld} from './fixtures/world.js';

const dir = articleFolder({'one.txt': '2026-01-02\n\nOne\n\nThe first.\n', 'two.txt': '2026-01-01\n\nTwo\n\nThe second.\n'});

/** Runs an action's command as the CLI would, in a world of strings; resolves with what it wrote. */
async function output(action: Action, terminal: {tty?: boolean; stdin?: boolean} = {}): Promise<string> {
	const {world, out} = fakeWorld(terminal);
	const context = createContext({dir, measure: 80}, world);
	await runAction(context, action);
	return out();
}

test('to a pipe, no ref prints the list', async () => {
	const listed = await output({kind: 'list', json: false});
	assert.match(listed, /one {2}One\n.*two {2}Two\n$/s);
	assert.equal(await output({kind: 'reader'}), listed);
});

test('to a pipe, a ref prints the article', async () => {
	const printed = await output({kind: 'print', ref: 'two', size: {}});
	assert.match(printed, /^Two\n/);
	assert.equal(await output({kind: 'reader', ref: 'two'}), printed);
});

test('a terminal on stdout but not on stdin is a usage error', async () => {
	await assert.rejects(output({kind: 'reader'}, {tty: true, stdin: false}), (error: unknown) => error instanceof UsageError && /needs a terminal on stdin/.test(error.message));
});
