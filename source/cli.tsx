// flags → mode → one command. This file owns the side effects (folder,
// store, stdout, exit codes); the commands and the reader get plain values.
import process from 'node:process';
import {createRequire} from 'node:module';
import {type Flags, type Mode, parseFlags} from './commands/flags.js';
import {wantsColour} from './commands/colour.js';
import {openLibrary} from './commands/folder.js';
import {helpText} from './commands/help.js';
import {listJson, listText} from './commands/list.js';
import {reactionsJson, reactionsText} from './commands/reactions.js';
import {BroadsheetError, UsageError} from './errors.js';
import {type Library, resolveRef} from './news/library.js';
import {spellControls} from './news/sanitise.js';
import {minimumHeight, minimumWidth} from './layout/limits.js';
import {isReactionId, reactionById, reactionIds} from './news/catalogue.js';
import {openStore, type ReactionStore} from './store/store.js';

const {env, stdout, stdin} = process;

/** One line on stderr, whatever a ref, a folder or a file name put into it. */
function warn(message: string) {
	process.stderr.write(`broadsheet: ${spellControls(message)}\n`);
}

function version(): string {
	// Bundled: package.json sits one folder above dist/ and source/ alike.
	const require = createRequire(import.meta.url);
	return (require('../package.json') as {version: string}).version;
}

function store(): ReactionStore {
	return openStore({dir: env['BROADSHEET_CONFIG_DIR'] || undefined, onWarning: warn});
}

/** --width/--height, else this terminal's size (one that reports 0 is no size), else 80×24. */
function terminalSize(size: {width?: number; height?: number}) {
	const width = size.width ?? ((stdout.isTTY && stdout.columns) || 80);
	const height = size.height ?? ((stdout.isTTY && stdout.rows) || 24);
	if (width < minimumWidth || height < minimumHeight) {
		throw new UsageError(`the terminal is ${width}×${height}; laying out needs at least ${minimumWidth}×${minimumHeight}: give --width and --height`);
	}

	return {width, height};
}

function warnSkipped(library: Library) {
	for (const {file, reason} of library.skipped) warn(`skipping ${file}: ${reason}`);
}

function json(value: unknown) {
	stdout.write(JSON.stringify(value, null, 2) + '\n');
}

async function runMode(mode: Mode, flags: Flags): Promise<void> {
	const colour = wantsColour(flags.color, env, stdout.isTTY === true);
	switch (mode.kind) {
		case 'help': {
			stdout.write(helpText);
			return;
		}

		case 'version': {
			stdout.write(version() + '\n');
			return;
		}

		case 'react': {
			// A bad reaction is a usage error, found before any file is read.
			if (mode.reaction !== 'none' && !isReactionId(mode.reaction)) {
				throw new UsageError(`unknown reaction "${mode.reaction}"; use one of: ${reactionIds.join(', ')}, none`);
			}

			const article = resolveRef(openLibrary(flags.dir, env), mode.ref);
			const reaction = mode.reaction === 'none' ? null : mode.reaction;
			await store().setReaction(article.id, reaction);
			const shown = reaction ? `${reactionById(reaction)!.emoji} ${reaction}` : 'no reaction';
			stdout.write(`${article.id}: ${shown}\n`);
			return;
		}

		case 'reactions': {
			const rows = reactionsJson(store().reactions(), openLibrary(flags.dir, env).articles);
			if (mode.json) json(rows);
			else stdout.write(reactionsText(rows));
			return;
		}

		case 'list': {
			const library = openLibrary(flags.dir, env);
			warnSkipped(library);
			const reactions = store().reactions();
			if (mode.json) json(listJson(library.articles, reactions));
			else stdout.write(listText(library.articles, reactions));
			return;
		}

		case 'print': {
			const article = resolveRef(openLibrary(flags.dir, env), mode.ref);
			// Layout (string-width, Intl.Segmenter, chalk) loads only for the commands that lay out.
			const {printText} = await import('./commands/article.js');
			stdout.write(printText(article, {...terminalSize(mode.size), page: mode.page, colour}));
			return;
		}

		case 'json': {
			const article = resolveRef(openLibrary(flags.dir, env), mode.ref);
			const {articleJson} = await import('./commands/article.js');
			json(articleJson(article, terminalSize(mode.size), store().reactionOf(article.id)?.reaction ?? null));
			return;
		}

		case 'browse':
		case 'open': {
			// Like git's pager: a pipe gets what the view would show, as text.
			if (!stdout.isTTY) {
				const scripted: Mode = mode.kind === 'browse' ? {kind: 'list', json: false} : {kind: 'print', ref: mode.ref, size: {}};
				return runMode(scripted, flags);
			}

			if (!stdin.isTTY) {
				throw new UsageError('the reader needs a terminal on stdin; to script it use --list, --print or --json');
			}

			const library = openLibrary(flags.dir, env);
			const openId = mode.kind === 'open' ? resolveRef(library, mode.ref).id : undefined;
			const {runReader} = await import('./ui/run.js');
			await runReader({library, store: store(), openId, colour, measure: flags.measure});
		}
	}
}

async function main() {
	let flags: Flags;
	try {
		flags = parseFlags(process.argv.slice(2));
		await runMode(flags.mode, flags);
	} catch (error) {
		// Each error of ours says its exit code; anything else is work that failed.
		if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') process.exit(0);
		warn((error as Error | undefined)?.message ?? String(error));
		process.exit(error instanceof BroadsheetError ? error.exitCode : 1);
	}
}

// A reader that closes the pipe early (`| head`) is not an error.
stdout.on('error', error => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	throw error;
});

await main();
