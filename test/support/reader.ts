// The reader's machine and views without React: a context over a store in
// memory, and the screen any state shows, for a catalogue and a size the
// test picks. broadsheet ships seven reactions; `eightReactions` is the
// longer catalogue a test can build the keys and the picker for.
import type {Article} from '../../source/news/article.js';
import {type Reaction, type ReactionId, reactions} from '../../source/news/catalogue.js';
import {buildKeyTable} from '../../source/ui/input/key-table.js';
import {openSession} from '../../source/ui/reader/session.js';
import type {ReaderState} from '../../source/ui/reader/state.js';
import {show} from '../../source/ui/view/screen.js';
import {screenSize, stepContext} from '../../source/ui/view/size.js';
import {library} from './articles.js';
import {memoryStore} from './memory-store.js';

// The catalogue's ids are typed to the seven broadsheet ships: an eighth is a cast.
export const eightReactions: readonly Reaction[] = [...reactions, {id: 'curious', emoji: '🤔', label: 'Curious'} as unknown as Reaction];

type Options = {articles: Article[]; catalogue?: readonly Reaction[]; columns?: number; rows?: number; stored?: Record<string, ReactionId>};

/** The context the reducers step in, the key table, and the screen a state shows, all for one catalogue and size. */
export function pureReader({articles, catalogue = reactions, columns = 80, rows = 24, stored}: Options) {
	const session = openSession(memoryStore({reactions: stored}));
	const size = screenSize(columns, rows, 80);
	const context = stepContext(articles, catalogue, size, session);
	const keys = buildKeyTable(catalogue);
	const view = (state: ReaderState) => show({state, context, library: library(articles), snapshot: session.snapshot(), readError: undefined, size, keys});
	return {context, keys, view};
}
