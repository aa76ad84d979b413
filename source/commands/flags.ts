// Turns argv into one Action, or a UsageError (exit 2). Pure: it reads no
// files and no environment, so every combination can be table-tested. The
// flags are one table, read both by the parser and by `--help`.
import {parseArgs} from 'node:util';
import {UsageError} from '../errors.js';
import {minimumHeight, minimumWidth} from '../layout/limits.js';
import {dayOfDate, type MoodKey, moodKeys} from '../news/mood.js';

/** One flag of the command line: what parseArgs is told of it, and its line in `--help`. */
export type OptionRow = {
	name: string;
	type: 'boolean' | 'string';
	short?: string;
	/** How `--help` writes the value a string flag takes: `<ref>`, `N`. */
	value?: string;
	/** The flag's line in `--help`: what it does, in a few words. */
	says: string;
};

/** Every flag, in the order `--help` lists them. */
export const optionRows = [
	{name: 'list', type: 'boolean', says: 'list the articles, newest first'},
	{name: 'json', type: 'boolean', says: 'with --list, --reactions, --mood or --article: JSON instead of text'},
	{name: 'article', type: 'string', value: '<ref>', says: 'the article to open, --print, show as --json or --react to'},
	{name: 'print', type: 'boolean', says: 'with --article: write it as the reader lays it out, page after page'},
	{name: 'page', type: 'string', value: 'N', says: 'with --print: only page N'},
	{name: 'width', type: 'string', value: 'W', says: `lay out for W columns, ≥ ${minimumWidth} (default: the terminal's, or COLUMNS, or 80)`},
	{name: 'height', type: 'string', value: 'H', says: `lay out for H rows, ≥ ${minimumHeight} (default: the terminal's, or LINES, or 24)`},
	{name: 'react', type: 'string', value: '<reaction>', says: 'with --article: keep how it made you feel (a reaction below, or none)'},
	{name: 'reactions', type: 'boolean', says: 'every reacted article, newest reaction first'},
	{name: 'csv', type: 'boolean', says: 'with --reactions: as CSV (RFC 4180) for a spreadsheet'},
	{name: 'mood', type: 'boolean', says: 'how the news made you feel: a bar of reactions a week, source or label'},
	{name: 'by', type: 'string', value: 'KEY', says: 'with --mood: group by week (ISO, the default), source or label'},
	{name: 'since', type: 'string', value: 'DATE', says: 'with --mood: only reactions given on DATE (YYYY-MM-DD) or later'},
	{name: 'opml', type: 'boolean', says: 'with feeds: the subscriptions as OPML 2.0, for another reader'},
	{name: 'dir', type: 'string', value: '<folder>', says: 'read and import into this folder, not the library (or BROADSHEET_DIR)'},
	{name: 'color', type: 'boolean', says: 'colour on, whatever the environment says'},
	{name: 'no-color', type: 'boolean', says: 'colour off, whatever the environment says'},
	{name: 'measure', type: 'string', value: 'N', says: `over 100 columns the text is N ≥ ${minimumWidth} wide, centred (default 80; 0: full)`},
	{name: 'help', type: 'boolean', short: 'h', says: 'show this help'},
	{name: 'version', type: 'boolean', short: 'v', says: 'show the version'},
] as const satisfies readonly OptionRow[];

type Row = (typeof optionRows)[number];

/** parseArgs's options, typed row by row so that `values.list` is a boolean and `values.page` a string. */
type Options = {[R in Row as R['name']]: {type: R['type']; short?: string}};

const options = Object.fromEntries(
	optionRows.map((row: OptionRow) => [row.name, row.short === undefined ? {type: row.type} : {type: row.type, short: row.short}]),
) as Options;

/** A size asked for with --width and --height; what is not given is the terminal's. */
export type Size = {width?: number; height?: number};

/** What the command line asks for: one command, and what it needs to know. */
export type Action =
	| {kind: 'help'}
	| {kind: 'version'}
	| {kind: 'list'; json: boolean}
	/** `--reactions`; `csv` only when --csv was given. */
	| {kind: 'reactions'; json: boolean; csv?: true}
	/** `--mood`: the tally by `by`, from `since` (YYYY-MM-DD) on; `width` as --width gave it. */
	| {kind: 'mood'; by: MoodKey; since?: string; json: boolean; width?: number}
	/** No flags, or `--article` alone: the reader (on that article); to a pipe, the list (the article) as text. */
	| {kind: 'reader'; ref?: string}
	| {kind: 'print'; ref: string; page?: number; size: Size}
	| {kind: 'json'; ref: string; size: Size}
	| {kind: 'react'; ref: string; reaction: string}
	/** `import <source>`: a feed file, an OPML file or an http(s) URL. */
	| {kind: 'import'; source: string}
	| {kind: 'update'}
	| {kind: 'feeds'; format: 'text' | 'json' | 'opml'}
	/** `unsubscribe <url | title>`. */
	| {kind: 'unsubscribe'; feed: string};

/** The action of one kind: what that kind's command is given. */
export type ActionOf<K extends Action['kind']> = Extract<Action, {kind: K}>;

/** The parsed command line: the action, and the flags every action may be given. */
export type Flags = {
	action: Action;
	dir?: string;
	/** From --color / --no-color; undefined leaves it to the environment. */
	color?: boolean;
	/** Text column cap in wide terminals; 0 is full width. */
	measure: number;
};

function wholeNumber(flag: string, value: string | undefined, least: number): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value) || Number(value) < least) {
		throw new UsageError(`--${flag} takes a whole number of at least ${least}, not "${value}"`);
	}

	return Number(value);
}

/** --measure: 0 for the full width, else a column at least as wide as any layout (a narrower one could not hold a word). */
function measureOf(value: string | undefined): number {
	if (value === '0') return 0;
	try {
		return wholeNumber('measure', value, minimumWidth) ?? 80;
	} catch {
		throw new UsageError(`--measure takes 0 (the full width) or a whole number of at least ${minimumWidth}, not "${value}"`);
	}
}

/** --page picks a page of what --print writes; whatever else was asked, that is the one thing to say. */
const pageNeedsPrint = '--page needs --print (--article <ref> --print --page N)';

function parse(argv: string[]) {
	try {
		return parseArgs({args: argv, options, allowPositionals: true, strict: true});
	} catch (error) {
		const message = (error as Error).message;
		const unknown = /Unknown option '([^']+)'/.exec(message);
		if (unknown) throw new UsageError(`unknown flag ${unknown[1]} (see --help)`);
		const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
		if (missing) throw new UsageError(`${missing[1]} needs a value`);
		const ambiguous = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
		if (ambiguous) throw new UsageError(`${ambiguous[1]} has a value that starts with "-": write it as ${ambiguous[1]}=<value>`);
		throw new UsageError(message.split('\n')[0]!);
	}
}

/** `--mood`'s own flags, read: --by one of the groupings, --since a real day written YYYY-MM-DD. */
function moodAction(values: {by?: string; since?: string; json?: boolean}, width: number | undefined, forbid: (names: Array<'print' | 'page' | 'height' | 'react' | 'csv'>, why: string) => void): ActionOf<'mood'> {
	forbid(['print', 'page', 'height', 'react', 'csv'], 'with --mood');
	const by = values.by ?? 'week';
	if (!isMoodKey(by)) throw new UsageError(`--by takes ${moodKeys.join(', ')}, not "${by}"`);
	const {since} = values;
	if (since !== undefined && dayOfDate(since) === undefined) throw new UsageError(`--since takes a day as YYYY-MM-DD (2026-11-02), not "${since}"`);
	return {kind: 'mood', by, json: values.json ?? false, ...(since === undefined ? {} : {since}), ...(width === undefined ? {} : {width})};
}

function isMoodKey(word: string): word is MoodKey {
	return (moodKeys as readonly string[]).includes(word);
}

/** The words that name a feed command, and the argument each takes (SPEC §3, §7). */
const feedCommands = {import: '<feed file, OPML file or URL>', update: undefined, feeds: undefined, unsubscribe: '<url | title>'} as const;

type FeedCommand = keyof typeof feedCommands;

function isFeedCommand(word: string): word is FeedCommand {
	return Object.hasOwn(feedCommands, word);
}

/** The command line (without node and the script) as flags, or a UsageError saying what is wrong with it. */
export function parseFlags(argv: string[]): Flags {
	const {values, positionals} = parse(argv);
	const [word, ...rest] = positionals;
	if (word !== undefined && !isFeedCommand(word)) {
		throw new UsageError(`unexpected argument "${word}" (see --help)`);
	}

	if (values.color && values['no-color']) throw new UsageError('--color and --no-color contradict each other');
	const color = values.color ? true : values['no-color'] ? false : undefined;
	const measure = measureOf(values.measure);
	const size: Size = {
		width: wholeNumber('width', values.width, minimumWidth),
		height: wholeNumber('height', values.height, minimumHeight),
	};
	const page = wholeNumber('page', values.page, 1);
	const flags = (action: Action): Flags => ({action, dir: values.dir, color, measure});

	if (values.help) return flags({kind: 'help'});
	if (values.version) return flags({kind: 'version'});

	const given = (names: Array<keyof typeof values>) => names.filter(name => values[name] !== undefined).map(name => `--${name}`);
	const forbid = (names: Array<keyof typeof values>, why: string) => {
		const clash = given(names);
		if (clash.length > 0) throw new UsageError(`${clash.join(', ')} cannot be used ${why}`);
	};

	if (word !== undefined) {
		const takes = feedCommands[word];
		const [argument, extra] = rest;
		if (takes !== undefined && (argument === undefined || argument === '')) throw new UsageError(`${word} needs ${takes}`);
		const unexpected = takes === undefined ? argument : extra;
		if (unexpected !== undefined) throw new UsageError(`unexpected argument "${unexpected}" after ${word} (see --help)`);
		forbid(['list', 'reactions', 'mood', 'by', 'since', 'csv', 'article', 'print', 'page', 'width', 'height', 'react', 'measure', ...(word === 'feeds' ? [] : ['json', 'opml'] as const)], `with ${word}`);
		if (word === 'import') return flags({kind: 'import', source: argument!});
		forbid(['dir'], `with ${word}: each feed keeps the folder it was imported into`);
		if (word === 'unsubscribe') return flags({kind: 'unsubscribe', feed: argument!});
		if (word === 'update') return flags({kind: 'update'});
		if (values.json && values.opml) throw new UsageError('--json and --opml cannot be used together');
		return flags({kind: 'feeds', format: values.json ? 'json' : values.opml ? 'opml' : 'text'});
	}

	forbid(['opml'], 'without feeds');
	const actions = given(['list', 'reactions', 'mood', 'article']);
	if (actions.length > 1) throw new UsageError(`${actions.join(' and ')} cannot be used together`);
	if (values.mood) return flags(moodAction(values, size.width, forbid));
	forbid(['by', 'since'], 'without --mood');
	if (values.csv && !values.reactions) throw new UsageError('--csv needs --reactions (--reactions --csv)');

	if (values.list || values.reactions) {
		const what = values.list ? '--list' : '--reactions';
		forbid(['print', 'page', 'width', 'height', 'react'], `with ${what}`);
		if (values.reactions && values.csv) {
			if (values.json) throw new UsageError('--json and --csv cannot be used together');
			return flags({kind: 'reactions', json: false, csv: true});
		}

		return flags({kind: values.list ? 'list' : 'reactions', json: values.json ?? false});
	}

	if (values.article === undefined) {
		forbid(['print', 'json', 'page', 'width', 'height', 'react'], 'without --article <ref>');
		return flags({kind: 'reader'});
	}

	const ref = values.article;
	if (ref === '') throw new UsageError('--article needs a ref: an id, a file name, a prefix or a position');
	const outputs = given(['print', 'json', 'react']);
	if (outputs.length > 1) throw new UsageError(`${outputs.join(' and ')} cannot be used together`);
	if (values.react !== undefined) {
		forbid(['page', 'width', 'height'], 'with --react');
		return flags({kind: 'react', ref, reaction: values.react});
	}

	if (values.print) return flags({kind: 'print', ref, page, size});
	if (page !== undefined) throw new UsageError(pageNeedsPrint);
	if (values.json) return flags({kind: 'json', ref, size});
	forbid(['width', 'height'], 'without --print or --json');
	return flags({kind: 'reader', ref});
}
