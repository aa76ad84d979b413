// The context opens the folder and the store lazily and once each, decides
// colour and the layout size, and is all a command reaches of the process.
import assert from 'node:assert/strict';
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {createContext, errorLine} from '../../source/commands/context.js';
import {UsageError} from '../../source/errors.js';
import {storeFile} from '../../source/store/store.js';
import {articleFolder} from '../support/articles.js';
import {tempDir} from '../support/temp.js';
import {fakeWorld as fake} from './fixtures/world.js';

const flags = {measure: 80};

test('the library is scanned once, on first use', () => {
	const dir = articleFolder({'one.txt': 'One\n'});
	const context = createContext({...flags, dir}, fake().world);
	const first = context.library();
	writeFileSync(path.join(dir, 'two.txt'), 'Two\n');
	assert.equal(context.library(), first);
	assert.deepEqual(first.articles.map(article => article.id), ['one']);
});

test('the store opens once, on first use, and warns once of a corrupt file', () => {
	const dir = tempDir('broadsheet-store-');
	writeFileSync(path.join(dir, 'config.json'), '{broken');
	const {world, err} = fake({env: {BROADSHEET_CONFIG_DIR: dir}});
	const context = createContext(flags, world);
	assert.equal(err(), '');
	const store = context.store();
	assert.equal(store.path, path.join(dir, 'config.json'));
	assert.equal(context.store(), store);
	assert.equal(err().split('\n').length - 1, 1, err());
	assert.match(err(), /^broadsheet: the reactions store was not valid JSON/);
});

test('files() names the store openStore would use, and touches nothing', () => {
	const {world} = fake();
	const context = createContext(flags, world);
	const {store} = context.files();
	assert.equal(store, path.join(world.env['BROADSHEET_CONFIG_DIR']!, 'config.json'));
	assert.equal(existsSync(path.dirname(store)), false);
	assert.equal(context.store().path, store);
	assert.equal(createContext(flags, fake({env: {BROADSHEET_CONFIG_DIR: ''}}).world).files().store, storeFile());
});

test('warnings are one line with the name, their control characters spelled out', () => {
	const {world, err} = fake();
	createContext(flags, world).warn('a\nb\u001B[2J');
	assert.equal(err(), 'broadsheet: a\\u000ab\\u001b[2J\n');
	assert.equal(errorLine('x'), 'broadsheet: x\n');
});

test('write and json go to stdout', () => {
	const {world, out} = fake();
	const context = createContext(flags, world);
	context.write('text\n');
	context.json({a: [1]});
	assert.equal(out(), 'text\n{\n  "a": [\n    1\n  ]\n}\n');
});

type Terminal = {tty: boolean; columns?: number; rows?: number; env?: NodeJS.ProcessEnv; controlling?: {columns: number; rows: number}};

const sizes: Array<[given: {width?: number; height?: number}, terminal: Terminal, size: {width: number; height: number} | 'usage']> = [
	[{}, {tty: false}, {width: 80, height: 24}],
	// A pipe: COLUMNS and LINES, else the controlling terminal's size, else 80×24, each side on its own.
	[{}, {tty: false, env: {COLUMNS: '50', LINES: '16'}}, {width: 50, height: 16}],
	[{}, {tty: false, env: {COLUMNS: '50'}}, {width: 50, height: 24}],
	[{}, {tty: false, controlling: {columns: 50, rows: 16}}, {width: 50, height: 16}],
	[{}, {tty: false, env: {COLUMNS: '132'}, controlling: {columns: 50, rows: 16}}, {width: 132, height: 16}],
	[{}, {tty: false, env: {COLUMNS: '', LINES: 'x'}, controlling: {columns: 0, rows: 0}}, {width: 80, height: 24}],
	[{}, {tty: false, env: {COLUMNS: '5'}}, 'usage'],
	[{width: 60, height: 20}, {tty: false, env: {COLUMNS: '50', LINES: '16'}, controlling: {columns: 40, rows: 10}}, {width: 60, height: 20}],
	// A terminal on stdout is the size: COLUMNS may be stale, the terminal is not.
	[{}, {tty: true, columns: 120, rows: 40, env: {COLUMNS: '50', LINES: '16'}}, {width: 120, height: 40}],
	[{}, {tty: false, columns: 120, rows: 40}, {width: 80, height: 24}],
	[{}, {tty: true, columns: 120, rows: 40}, {width: 120, height: 40}],
	[{}, {tty: true, columns: 0, rows: 0}, {width: 80, height: 24}],
	[{width: 60}, {tty: true, columns: 120, rows: 40}, {width: 60, height: 40}],
	[{width: 60, height: 20}, {tty: false}, {width: 60, height: 20}],
	[{}, {tty: true, columns: 8, rows: 20}, 'usage'],
	[{}, {tty: true, columns: 80, rows: 2}, 'usage'],
];

for (const [given, terminal, size] of sizes) {
	test(`layout size for ${JSON.stringify(given)} on ${JSON.stringify(terminal)}`, () => {
		const context = createContext(flags, fake(terminal).world);
		if (size === 'usage') assert.throws(() => context.layoutSize(given), (error: unknown) => error instanceof UsageError && /laying out needs at least 10×3/.test(error.message));
		else assert.deepEqual(context.layoutSize(given), size);
	});
}

test('colour is decided once, from the flag, the environment and the terminal', () => {
	assert.equal(createContext(flags, fake({tty: true}).world).colour, true);
	assert.equal(createContext(flags, fake().world).colour, false);
	assert.equal(createContext({...flags, color: true}, fake().world).colour, true);
	assert.equal(createContext(flags, fake({tty: true, env: {NO_COLOR: '1'}}).world).colour, false);
});

test('warnings spell out invisible characters too, as \\uXXXX or \\u{XXXXX}', () => {
	const {world, err} = fake();
	createContext(flags, world).warn('rlm\u200F zw\u200B tag\u{E0041} ls\u2028');
	assert.equal(err(), String.raw`broadsheet: rlm\u200f zw\u200b tag\u{e0041} ls\u2028` + '\n');
});
