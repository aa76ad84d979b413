// The house's walls are lint rules (eslint.config.js): these cases hold them
// in place, so that loosening a rule by accident fails a test, not a review.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ESLint} from 'eslint';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath});
	return result!.messages.filter(message => message.ruleId === '@typescript-eslint/no-restricted-imports').map(message => message.message);
}

const inkImport = "import {Text} from 'ink';\nexport const shown = Text;\n";
const reactTypeImport = "import type {ReactNode} from 'react';\nexport type Shown = ReactNode;\n";

for (const file of ['source/news/x.ts', 'source/layout/x.ts', 'source/store/x.ts', 'source/commands/x.ts', 'source/feeds/x.ts', 'source/feeds/fetch.ts', 'source/ui/reader/x.ts', 'source/ui/view/x.ts', 'source/ui/input/key-table.ts']) {
	test(`${file} may not import Ink or React, not even a type`, async () => {
		assert.equal((await restrictedImports(file, inkImport)).length, 1);
		assert.equal((await restrictedImports(file, reactTypeImport)).length, 1);
	});
}

test('screens and the hook may import Ink and React', async () => {
	assert.deepEqual(await restrictedImports('source/ui/screens/x.tsx', inkImport), []);
	assert.deepEqual(await restrictedImports('source/ui/use-reader.ts', reactTypeImport), []);
});

test('screens import the store only as types', async () => {
	assert.equal((await restrictedImports('source/ui/screens/x.tsx', "import {openStore} from '../../store/store.js';\nexport const o = openStore;\n")).length, 1);
	assert.deepEqual(await restrictedImports('source/ui/screens/x.tsx', "import type {ReactionStore} from '../../store/store.js';\nexport type S = ReactionStore;\n"), []);
});

test('outside layout/, layout is imported through its public file (and limits.ts)', async () => {
	assert.equal((await restrictedImports('source/commands/x.ts', "import {wrapRuns} from '../layout/wrap.js';\nexport const w = wrapRuns;\n")).length, 1);
	assert.deepEqual(await restrictedImports('source/commands/x.ts', "import {wrapRuns} from '../layout/index.js';\nexport const w = wrapRuns;\n"), []);
	assert.deepEqual(await restrictedImports('source/commands/x.ts', "import {minimumWidth} from '../layout/limits.js';\nexport const m = minimumWidth;\n"), []);
	assert.deepEqual(await restrictedImports('source/layout/x.ts', "import {wrapRuns} from './wrap.js';\nexport const w = wrapRuns;\n"), []);
});

test('news/ does no I/O but in the library', async () => {
	const readsFiles = "import {readFileSync} from 'node:fs';\nexport const r = readFileSync;\n";
	assert.equal((await restrictedImports('source/news/parse.ts', readsFiles)).length, 1);
	assert.deepEqual(await restrictedImports('source/news/library.ts', readsFiles), []);
});

test('feeds/ turns bytes into articles without I/O, but for fetching, reading the source and writing the folder', async () => {
	const readsFiles = "import {readFileSync} from 'node:fs';\nexport const r = readFileSync;\n";
	assert.equal((await restrictedImports('source/feeds/read-feed.ts', readsFiles)).length, 1);
	assert.equal((await restrictedImports('source/feeds/html.ts', "import {request} from 'node:http';\nexport const r = request;\n")).length, 1);
	for (const file of ['source/feeds/refresh.ts', 'source/feeds/write.ts']) assert.deepEqual(await restrictedImports(file, readsFiles), [], file);
});
