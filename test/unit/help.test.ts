// --help is built from what it describes: every flag of the parser's table,
// the catalogue's reactions, the key table's hints and the files it is given.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {optionRows} from '../../source/commands/flags.js';
import {helpText} from '../../source/commands/help-text.js';
import {type Reaction, reactions} from '../../source/news/catalogue.js';
import {buildKeyTable, keyTable} from '../../source/ui/input/key-table.js';

const files = {library: '/data/home/broadsheet/articles', shipped: '/opt/broadsheet/articles', store: '/etc/where/config.json'};
const help = helpText(files);
const lines = help.split('\n');

test('every option row has one line, with its short flag, its value and what it says', () => {
	for (const row of optionRows) {
		const flag = `${'short' in row ? `-${row.short}, ` : ''}--${row.name}${'value' in row ? ` ${row.value}` : ''}`;
		const found = lines.filter(line => line.trimStart().startsWith(`${flag}  `));
		assert.equal(found.length, 1, `${flag} in:\n${help}`);
		assert.ok(found[0]!.endsWith(`  ${row.says}`), found[0]);
	}
});

test('the files given are named, each on its own line', () => {
	assert.match(help, /^ {2}library {2}\/data\/home\/broadsheet\/articles$/m);
	assert.match(help, /^ {2}shipped {2}\/opt\/broadsheet\/articles /m);
	assert.match(help, /^ {2}store {4}\/etc\/where\/config\.json /m);
});

test("the reactions come from the catalogue and the reader's keys from its key table", () => {
	assert.ok(help.includes(`  ${reactions.map(reaction => reaction.id).join(' ')}; none clears the reaction\n`), help);
	for (const view of ['list', 'article', 'picker', 'mood'] as const) assert.ok(help.includes(keyTable.hints[view][0]!), view);
	assert.match(help, /^Keys in the reader \(\? there shows the keys of the view it is in\)$/m);
});

test('a longer catalogue shows its eighth reaction, and the picker its eighth digit', () => {
	const eight = [...reactions, {id: 'bored', emoji: '🥱', label: 'Bored'}] as unknown as Reaction[];
	const longer = helpText(files, eight, buildKeyTable(eight));
	assert.match(longer, / angry bored; none clears/);
	assert.match(longer, /1–8 pick/);
	assert.doesNotMatch(help, /bored|1–8/);
});

test('the usage lines, the environment and the exit codes are there', () => {
	for (const usage of ['broadsheet --list [--json]', 'broadsheet --article <ref> --print [--page N] [--width W] [--height H]', 'broadsheet --article <ref> --react <reaction|none>', 'broadsheet --reactions [--json]']) {
		assert.ok(help.includes(`  ${usage}`), usage);
	}

	for (const name of ['BROADSHEET_DIR', 'BROADSHEET_CONFIG_DIR', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'NO_COLOR', 'FORCE_COLOR', 'TERM']) assert.match(help, new RegExp(`^ {2}${name} +\\S`, 'm'));
	for (const code of ['0', '1', '2']) assert.match(help, new RegExp(`^ {2}${code} {2}\\S`, 'm'));
});

test('nothing in it is wider than a wide terminal, nor ends in a space', () => {
	for (const line of lines) {
		assert.ok(line.length <= 100, `${line.length}: ${line}`);
		assert.doesNotMatch(line, / $/);
	}
});

test('--help lists every key of every view from the key table, and the ways out once', () => {
	for (const mode of ['list', 'filter', 'article', 'search', 'picker', 'mood'] as const) {
		for (const binding of keyTable.bindings[mode].filter(row => !row.hidden)) {
			assert.ok(help.includes(binding.does), `${mode}: ${binding.keys} ${binding.does}`);
		}
	}

	assert.equal(help.split('\n').filter(line => /^ +Ctrl\+C +quit broadsheet$/.test(line)).length, 1);
	assert.match(help, /^ {2}Anywhere\n(?: {4}.*\n)*? {4}Ctrl\+L +redraw the screen$/m);
});

test('the man page lists every key of every view, as the key table words it', () => {
	const man = readFileSync(new URL('../../man/broadsheet.1', import.meta.url), 'utf8').replaceAll('\\-', '-').replaceAll('\\e', '\\');
	for (const mode of ['list', 'filter', 'article', 'search', 'picker', 'mood'] as const) {
		for (const binding of keyTable.bindings[mode].filter(row => !row.hidden)) {
			assert.ok(man.includes(`\n${binding.does}\n`), `${mode}: ${binding.keys} ${binding.does}`);
		}
	}
});
