// `--reactions`: every reacted article, newest reaction first.
import {reactionById} from '../news/catalogue.js';
import {StoreError} from '../store/store.js';
import {type Context} from './context.js';
import {type ActionOf} from './flags.js';
import {type ReactionRow, reactionsJson} from './json-shapes.js';

function reactionsText(rows: ReactionRow[]): string {
	return rows
		.map(row => {
			const reaction = reactionById(row.reaction);
			const shown = reaction ? `${reaction.emoji} ${reaction.label}` : row.reaction;
			return `${row.at}  ${shown.padEnd(14)}  ${row.id}${row.title ? `  ${row.title}` : ''}\n`;
		})
		.join('');
}

/**
 * Writes the stored reactions, titled from the folder. The store is read as
 * every command reads it: entries whose id or time this version cannot trust
 * are skipped, so nothing from the file can drive the terminal. A store that
 * cannot be read fails: the reactions are all this command shows.
 */
export async function run(context: Context, action: ActionOf<'reactions'>): Promise<void> {
	const store = context.store();
	if (store.readError !== undefined) throw new StoreError(store.readError);
	const rows = reactionsJson(store.reactions(), context.library().articles);
	if (action.json) context.json(rows);
	else context.write(reactionsText(rows));
}
