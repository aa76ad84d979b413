// Which screen the reader shows, and what each one draws, as plain data:
// the views in this folder compute it all, so the components in screens/
// only draw their props. Adding a screen to `Screens` does not compile until
// it has a view here and a component there.
import type {Library} from '../../news/library.js';
import type {KeyTable} from '../input/key-table.js';
import type {StoreSnapshot} from '../reader/session.js';
import type {MoodState, ReaderState, ReadingState, StepContext} from '../reader/state.js';
import {type ArticleScreenView, articleView} from './article.js';
import {type HelpScreenView, helpView} from './help.js';
import {type ListScreenView, listView} from './list.js';
import {type MoodScreenView, moodScreenView} from './mood.js';
import {type PickerScreenView, pickerView} from './picker.js';
import type {ScreenSize} from './size.js';
import {type TooSmallView, tooSmallView} from './too-small.js';

/** What a view reads: the reader's state (narrowed where a screen needs an open article) and what surrounds it. */
export type ViewInput<State extends ReaderState = ReaderState> = {
	state: State;
	context: StepContext;
	/** The folder and what was skipped in it, for the list's header. */
	library: Library;
	snapshot: StoreSnapshot;
	readError: string | undefined;
	size: ScreenSize;
	keys: KeyTable;
};

/** Every screen: the state it is drawn from and what it draws. */
export type Screens = {
	list: {state: ReaderState; view: ListScreenView};
	article: {state: ReadingState; view: ArticleScreenView};
	picker: {state: ReadingState; view: PickerScreenView};
	mood: {state: MoodState; view: MoodScreenView};
	help: {state: ReaderState; view: HelpScreenView};
	tooSmall: {state: ReaderState; view: TooSmallView};
};

/** A screen's name. */
export type Screen = keyof Screens;

/** A screen and its view, one for the other. */
export type Shown<S extends Screen> = {screen: S; view: Screens[S]['view']};

/** Any screen with its view: narrowed by `screen`. */
type AnyShown = {[S in Screen]: Shown<S>}[Screen];

const views: {[S in Screen]: (input: ViewInput<Screens[S]['state']>) => Screens[S]['view']} = {
	list: listView,
	article: articleView,
	picker: pickerView,
	mood: moodScreenView,
	help: helpView,
	tooSmall: tooSmallView,
};

function shown<S extends Screen>(screen: S, input: ViewInput<Screens[S]['state']>): Shown<S> {
	return {screen, view: views[screen](input)};
}

/** The screen for this state at this size: too small beats help, help beats the view under it. */
export function show(input: ViewInput): AnyShown {
	const {state, size} = input;
	if (size.tooSmall) return shown('tooSmall', input);
	if (state.help) return shown('help', input);
	switch (state.mode) {
		case 'list':
		case 'filter': {
			return shown('list', input);
		}

		case 'article':
		case 'search': {
			return shown('article', {...input, state});
		}

		case 'picker': {
			return shown('picker', {...input, state});
		}

		case 'mood': {
			return shown('mood', {...input, state});
		}
	}
}
