// `--mood`: the stored reactions tallied by week, source or label (SPEC §8),
// as JSON for scripts, or for people as the summary, the legend and one
// stacked bar a group, fitted to the width. The bars are the mood screen's
// own (ui/view/mood.ts), turned into ANSI or plain text here.
import {Chalk, type ChalkInstance} from 'chalk';
import {minimumHeight} from '../layout/limits.js';
import {groupMood, type MoodArticle, moodArticle, moodEntries, moodSummary} from '../news/mood.js';
import {StoreError} from '../store/store.js';
import {chalkBackground} from '../ui/paint/ansi.js';
import {moodColours, moodLegend, moodRows, type MoodRun, summaryLines} from '../ui/view/mood.js';
import type {Context} from './context.js';
import type {ActionOf} from './flags.js';

// Whether to colour was decided by the context (flags, NO_COLOR, FORCE_COLOR, TTY), not by chalk's detection.
const chalk = new Chalk({level: 1});

/** A reaction's colour as chalk's background of it: a bar's cells are coloured spaces. */
function background(colour: string): ChalkInstance {
	const name = chalkBackground(colour);
	return name === undefined ? chalk : chalk[name];
}

/** A mood line as text: in colour each bar run on its reaction's background; plain, the runs as they are (their fill characters). */
function lineText(runs: readonly MoodRun[], colour: boolean): string {
	return runs.map(run => (colour && run.reaction !== undefined ? background(moodColours[run.reaction])(run.text) : run.text)).join('') + '\n';
}

/** What the tally needs of each article of the folder. */
function moodArticles(context: Context): MoodArticle[] {
	return context.library().articles.map(article => moodArticle(article));
}

/** Writes the tally as JSON, or as the summary, the legend and the bars at the width asked for, else the terminal's, else 80. */
export async function run(context: Context, action: ActionOf<'mood'>): Promise<void> {
	const store = context.store();
	if (store.readError !== undefined) throw new StoreError(store.readError);
	const entries = moodEntries(store.reactions(), moodArticles(context), action.since === undefined ? {} : {since: action.since});
	const groups = groupMood(entries, action.by);
	if (action.json) {
		// Exactly SPEC §8's fields, whatever else a group may come to carry.
		context.json(groups.map(({key, total, counts, articles}) => ({key, total, counts, articles})));
		return;
	}

	if (groups.length === 0) {
		context.write(action.since === undefined ? 'No reactions yet: react to an article with r in the reader, or --article <ref> --react <reaction>.\n' : `No reactions since ${action.since}.\n`);
		return;
	}

	// The width --print would lay out for; the height is not used.
	const {width} = context.layoutSize({width: action.width, height: minimumHeight});
	const {colour} = context;
	const summary = summaryLines(moodSummary(entries, new Date()), width).map(line => `${line}\n`);
	const legend = moodLegend(width, colour).map(runs => lineText(runs, colour));
	const rows = moodRows(groups, width, colour).map(runs => lineText(runs, colour));
	context.write([...summary, ...legend, '\n', ...rows].join(''));
}
