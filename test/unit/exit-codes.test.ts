// Each error says how the process ends: 2 for usage, 1 for work that failed
// (SPEC §3), so the command line maps none of them by name.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {PageError} from '../../source/commands/article.js';
import {FolderError} from '../../source/commands/folder.js';
import {parseFlags} from '../../source/commands/flags.js';
import {BroadsheetError, UsageError} from '../../source/errors.js';
import {RefError, resolveRef} from '../../source/news/library.js';
import {ArticleError, decodeArticle} from '../../source/news/parse.js';
import {StoreError} from '../../source/store/store.js';
import {library} from '../support/articles.js';

const cases: Array<[name: string, error: Error, code: 1 | 2]> = [
	['UsageError', new UsageError('x'), 2],
	['RefError', new RefError('x'), 1],
	['ArticleError', new ArticleError('x'), 1],
	['PageError', new PageError('x'), 1],
	['StoreError', new StoreError('x'), 1],
	['FolderError', new FolderError('x'), 1],
];

for (const [name, error, code] of cases) {
	test(`${name} is a BroadsheetError that exits ${code}`, () => {
		assert.ok(error instanceof BroadsheetError);
		assert.equal((error as BroadsheetError).exitCode, code);
	});
}

test('the errors thrown where they arise carry their code', () => {
	const codeOf = (work: () => unknown) => {
		try {
			work();
		} catch (error) {
			return error instanceof BroadsheetError ? error.exitCode : 'not ours';
		}

		return 'no error';
	};

	assert.equal(codeOf(() => parseFlags(['--nope'])), 2);
	assert.equal(codeOf(() => resolveRef(library([]), 'nothing')), 1);
	assert.equal(codeOf(() => decodeArticle(new Uint8Array(), 'empty.txt')), 1);
});
