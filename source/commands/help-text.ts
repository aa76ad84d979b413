// `--help`'s text, built from what it describes: the flags from the table the
// parser reads, the reactions from the catalogue, the reader's keys from its
// key table, the files from where broadsheet finds them. A pure function of
// those, so a test can build it for any catalogue or folder. Imported by the
// help command alone: the key table stays out of every other start-up.
import {type Reaction, reactions} from '../news/catalogue.js';
import {type KeyTable, keyTable} from '../ui/input/key-table.js';
import type {Files} from './context.js';
import {type OptionRow, optionRows} from './flags.js';

type Rows = ReadonlyArray<readonly [string, string]>;

const usage: Rows = [
	['broadsheet', 'the reader: list → article → reaction picker (needs a terminal)'],
	['broadsheet --article <ref>', 'open that article in the reader'],
	['broadsheet --list [--json]', 'list the articles, newest first'],
	['broadsheet --article <ref> --print [--page N] [--width W] [--height H]', ''],
	['broadsheet --article <ref> --json [--width W] [--height H]', ''],
	['broadsheet --article <ref> --react <reaction|none>', ''],
	['broadsheet --reactions [--json]', 'every reacted article, newest reaction first'],
	['broadsheet --reactions --csv', 'the same as CSV (RFC 4180), for a spreadsheet'],
	['broadsheet --mood [--by week|source|label] [--since DATE] [--json] [--width W]', ''],
	['  how the news made you feel: one bar of reactions a week (ISO weeks), source or label', ''],
];

const feedUsage: Rows = [
	['broadsheet import <file | URL>', 'an RSS, Atom or OPML file or URL: items become articles'],
	['', 'a URL subscribes to its feed, OPML to every feed in it'],
	['broadsheet update', 'refresh every subscribed feed, into its folder'],
	['broadsheet feeds [--json | --opml]', 'the subscriptions; --opml as OPML 2.0 for other readers'],
	['broadsheet unsubscribe <url | title>', 'forget a feed (its articles stay)'],
];

const environment: Rows = [
	['BROADSHEET_DIR', 'the folder to read when --dir is not given'],
	['BROADSHEET_CONFIG_DIR', 'the folder that holds the reactions store, config.json'],
	['XDG_DATA_HOME', 'the library is broadsheet/articles in it (default ~/.local/share)'],
	['XDG_CONFIG_HOME', 'the store is broadsheet/config.json in it (default ~/.config)'],
	['XDG_CACHE_HOME', 'the library index (a cache) is broadsheet/ in it (default ~/.cache)'],
	['NO_COLOR', 'set and not empty: no colour, unless --color'],
	['FORCE_COLOR', 'colour even to a pipe (0 or false: no colour); NO_COLOR wins'],
	['TERM', 'dumb: no colour unless asked'],
];

const exitCodes: Rows = [
	['0', 'done'],
	['1', 'the work failed: not found, ambiguous ref, not an article, no such page, store not writable,'],
	['', 'a feed that cannot be read or parsed, any feed of an update failing'],
	['2', 'usage: unknown flag, bad value or combination, unknown reaction, the reader without a terminal'],
];

/** Rows of two columns, the second lined up two spaces past the widest first that has a second. */
function columns(rows: Rows, indent = '  '): string {
	const width = Math.max(...rows.filter(([, right]) => right !== '').map(([left]) => left.length));
	return rows.map(([left, right]) => (right === '' ? `${indent}${left}` : `${indent}${left.padEnd(width)}  ${right}`) + '\n').join('');
}

/** How the flag is written in --help: `-h, --help`, `    --page N`. */
function flagText(row: OptionRow): string {
	const short = row.short === undefined ? '    ' : `-${row.short}, `;
	return `${short}--${row.name}${row.value === undefined ? '' : ` ${row.value}`}`;
}

/** Everything --help prints, for these files, reactions and keys (broadsheet's own by default). */
export function helpText(
	files: Files,
	catalogue: readonly Pick<Reaction, 'id'>[] = reactions,
	keys: Pick<KeyTable, 'hints' | 'bindings'> = keyTable,
): string {
	const {hints} = keys;
	// Every key of every view, as `?` shows them; the ways out once, at the end.
	const anywhere = new Set(['exit', 'suspend', 'redraw', 'help']);
	const viewKeys = (mode: keyof KeyTable['bindings']): Rows => keys.bindings[mode]
		.filter(binding => !binding.hidden && !anywhere.has(String(binding.command)))
		.map(binding => [binding.keys, binding.does] as const);
	const everywhere: Rows = keys.bindings.list.filter(binding => anywhere.has(String(binding.command))).map(binding => [binding.keys, binding.does] as const);
	return [
		'broadsheet: read the news in a terminal\n',
		'Usage\n' + columns(usage),
		'  <ref> is an exact id, a file name, a unique prefix of an id, or a position in --list.\n'
		+ '  To a pipe, broadsheet prints the list and broadsheet --article <ref> the article.\n',
		'Feeds\n' + columns(feedUsage),
		'Options\n' + columns(optionRows.map((row: OptionRow) => [flagText(row), row.says])),
		'Reactions, for --react\n' + `  ${catalogue.map(reaction => reaction.id).join(' ')}; none clears the reaction\n`,
		'Keys in the reader (? there shows the keys of the view it is in)\n'
		+ columns([['list', hints.list[0] ?? ''], ['article', hints.article[0] ?? ''], ['picker', hints.picker[0] ?? ''], ['mood', hints.mood[0] ?? '']])
		+ ([['In the list', 'list'], ['While filtering', 'filter'], ['In an article', 'article'], ['While typing a search', 'search'], ['In the reaction picker', 'picker'], ['In the mood view', 'mood']] as const)
			.map(([title, mode]) => `  ${title}\n${columns(viewKeys(mode), '    ')}`).join('')
		+ `  Anywhere\n${columns(everywhere, '    ')}`,
		'Environment\n' + columns(environment),
		'Exit codes\n' + columns(exitCodes),
		'Files\n' + columns([
			['library', files.library],
			['shipped', `${files.shipped} (read while the library holds no article)`],
			['store', `${files.store} (reactions, reading places and subscriptions)`],
		]),
	].join('\n');
}
