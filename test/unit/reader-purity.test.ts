// The reader's state machine, its views and its key table are plain
// TypeScript: no file they import, even for a type, reaches Ink or React,
// so they run and are tested without a terminal.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ui = fileURLToPath(new URL('../../source/ui/', import.meta.url));
const specifiers = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|(?:^|\n)\s*import\s*'([^']+)'/g;

/** Every package a file reaches, following its relative imports: the chain that led to each. */
function packagesReached(start: string): Map<string, string[]> {
	const reached = new Map<string, string[]>();
	const seen = new Set<string>();
	const visit = (file: string, chain: string[]) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const match of readFileSync(file, 'utf8').matchAll(specifiers)) {
			const specifier = match[1] ?? match[2]!;
			if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')), [...chain, specifier]);
			else if (!reached.has(specifier)) reached.set(specifier, chain);
		}
	};

	visit(start, [path.relative(ui, start)]);
	return reached;
}

const pure = [
	...['reader', 'view'].flatMap(folder => readdirSync(path.join(ui, folder)).map(name => path.join(ui, folder, name))),
	path.join(ui, 'input/key-table.ts'),
];

test('reader/, view/ and the key table import neither Ink nor React, not even their types', () => {
	assert.ok(pure.length > 10, `${pure.length} files`);
	for (const file of pure) {
		assert.match(file, /\.ts$/, 'no JSX in them');
		for (const [name, chain] of packagesReached(file)) {
			assert.ok(!/^(ink|react)(\/|$)/.test(name), `${chain.join(' → ')} imports ${name}`);
		}
	}
});
