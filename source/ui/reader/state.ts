// What the reader shows and where, as plain data; what it reads from its
// surroundings (the context); what can happen to it (events); and what it
// asks the world to do in return (effects). The reducers in this folder
// take the one to the other in the manner of Bubble Tea's Update: no
// effect is ever inferred from a change of state, each is returned.
import type {Article} from '../../news/article.js';
import type {Reaction, ReactionId} from '../../news/catalogue.js';
import type {ArticlePages} from '../../layout/index.js';
import type {MoodEntry, MoodGroup, MoodKey} from '../../news/mood.js';
import type {Command, Mode} from './commands.js';
import type {MoodScreen} from './mood.js';

/**
 * The open article. Its page is remembered together with the block at its
 * top and the size it was laid out for: at another size the page is found
 * again from that block, and coming back to the first size finds the very
 * same page.
 */
export type Reading = {
	article: Article;
	page: number;
	/** Lines scrolled down from the top of `page` (↓ j Enter, d): 0 on a page boundary. */
	offset: number;
	/** Words of the top block above the top line: what a resize keeps at the top, with the block. */
	word?: number;
	/** The block at the top of the page: what a resize keeps in view, and what is stored as the place. */
	block: number;
	/** The layout `page` counts in (see StepContext.size). */
	size: string;
};

/** A line for the status bar until the next key; an error also takes the hints' room. */
export type Message = {text: string; error: boolean};

/** A pick (or, with `null`, a clear) on its way to the store: keys wait for it. */
type PendingReaction = {id: string; reaction: ReactionId | null};

/** The list's own model, kept while an article is open so that going back finds it as it was. */
export type ListState = {
	query: string;
	/** `u`: only these articles (the ones unread when it was pressed, so that reading one does not pull the list from under the cursor); null: all. */
	unreadOnly: ReadonlySet<string> | null;
	/** Index into the filtered list. */
	cursor: number;
	/** First row of the list window. */
	top: number;
};

type Models = {
	help: boolean;
	/** The first line of help shown, while help is longer than the screen. */
	helpTop: number;
	list: ListState;
	/** The highlighted reaction, the first row of the picker's window, and the view it goes back to (r in the list reacts without opening). */
	picker: {cursor: number; top: number; from: 'article' | 'list'};
	/** Set by a pick until its `saved` or `unsaved` comes back. */
	saving: PendingReaction | null;
	message: Message | null;
	/** R was pressed and its reload has not come back yet. */
	reloading: boolean;
	/** `/` in an article: the pattern being typed, and the one last searched for (n and N go on with it) or null. */
	search: {query: string; active: string | null};
	/**
	 * `m`: the mood screen, and where it was opened (the list as it was, and
	 * the article open then, if one was), which `q` goes back to. Outside the
	 * mood screen it is set only while the list shows one of its groups.
	 */
	mood: MoodOpen | null;
};

/** The mood screen as the reader holds it: its own model, and the place it goes back to. */
export type MoodOpen = {screen: MoodScreen; from: {list: ListState; reading: Reading | null}};

/** The reader while the list has the keys: no article is open. */
export type ListingState = Models & {mode: Extract<Mode, 'list' | 'filter'>; reading: null};

/** The reader while an article is open, under the picker or not. */
export type ReadingState = Models & {mode: Extract<Mode, 'article' | 'search' | 'picker'>; reading: Reading};

/** The reader on the mood screen: the article it was opened from waits in `mood.from`. */
export type MoodState = Models & {mode: 'mood'; reading: null; mood: MoodOpen};

/**
 * The whole reader: one model per view, the mode saying which has the keys,
 * and help over any of them. An article view without an article cannot be
 * written down, so no view has to guess what to draw instead.
 */
export type ReaderState = ListingState | ReadingState | MoodState;

/**
 * The mood screen's numbers at this size: the store's reactions over the
 * folder's articles, counted as `--mood` counts them (its entries, grouped
 * by one key), how many group rows the screen shows, and the time its weeks
 * are counted up to. Read when asked: the store changes under the reader.
 */
export type MoodTally = {
	entries(): readonly MoodEntry[];
	groups(by: MoodKey): readonly MoodGroup[];
	/** Group rows the screen shows for the grouping by `by`. */
	rows(by: MoodKey): number;
	now(): Date;
};

/** What the reducers read but do not own: the articles, the catalogue, the terminal's size and the store. */
export type StepContext = {
	/** Every article, in list order. */
	articles: readonly Article[];
	/** Rows help shows at once, and how far down each view's help can scroll. */
	help: {height: number; maxTop(mode: Mode): number};
	/** The reactions the picker offers, in its order. */
	catalogue: readonly Reaction[];
	/** Rows of the list window. */
	listHeight: number;
	/** Lines of an article a screen shows (a page's height). */
	pageHeight: number;
	/** Rows of the picker's window over the reactions. */
	pickerHeight: number;
	/** Names the current layout (text width and rows): pages differ between sizes. */
	size: string;
	/** The article's pages at this size: counted, and each laid out when first shown. */
	pagesOf(article: Article): ArticlePages;
	/** The stored place: the paragraph the reader stopped at, if the article was ever opened. */
	placeOf(id: string): number | undefined;
	/** Whether the article is read: opened, and not marked unread since. */
	isRead(id: string): boolean;
	/** The stored reaction: the picker opens on it. */
	reactionOf(id: string): ReactionId | undefined;
	/** The mood screen's tally. */
	mood: MoodTally;
};

/** What happens to the reader: a key's meaning, typed text, or the answer to an effect. */
export type ReaderEvent =
	| {type: 'command'; command: Command}
	| {type: 'text'; text: string}
	/** The pending reaction is written. */
	| {type: 'saved'}
	/** The pending reaction could not be written. */
	| {type: 'unsaved'; reason: string}
	/** A reading place could not be written. */
	| {type: 'placeFailed'; reason: string}
	/** How far a reload has got (`updating feeds 2/5`), for the status line. */
	| {type: 'reloading'; text: string}
	/** What an effect did, for the status line (`Opened https://…`). */
	| {type: 'told'; text: string}
	/**
	 * The folder read again: its articles (undefined: it could not be, and the
	 * list stays), the id the cursor was on when R was pressed, and what to say
	 * (an error when a feed failed).
	 */
	| {type: 'reloaded'; articles?: readonly Article[]; keep: string | undefined; message: Message}
	/** Something went wrong that the reader does not own (the store found corrupt): said in the status line, not over the frame. */
	| {type: 'warned'; text: string};

/** What the reader asks of the world; the answers, where there are any, come back as events. */
export type Effect =
	| {type: 'saveReaction'; id: string; reaction: ReactionId | null}
	/** The paragraph at the top of the page: opening an article marks it opened, and every turn moves it. */
	| {type: 'savePlace'; id: string; paragraph: number; opening?: true}
	| {type: 'quit'}
	/** N, A: an article marked read or unread. */
	| {type: 'setRead'; id: string; read: boolean}
	/** R: subscriptions updated, then the folder read again; the cursor stays on `keep`. */
	| {type: 'reload'; keep: string | undefined}
	/** Ctrl+Z: the terminal is given back and the process stops until `fg`. */
	| {type: 'suspend'}
	/** o: the article's link in the browser. */
	| {type: 'openLink'; url: string}
	/** Ctrl+L: the whole screen painted again. */
	| {type: 'redraw'};

/** A reducer's answer: the next state and the effects to run, in order. */
export type Step = {state: ReaderState; effects: readonly Effect[]};

/** A step that asks for nothing. */
export function just(state: ReaderState): Step {
	return {state, effects: []};
}
