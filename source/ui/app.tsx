// The interactive reader: list, article, picker and help, sized by the
// `columns` and `rows` it is given (the caller follows the terminal, tests
// pick sizes). The size is shared out, the reader's state and effects run in
// one hook, keys come in through one handler, and the screen the state
// calls for is drawn in the theme for `colour`.
import type {Library} from '../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {keyTable} from './input/key-table.js';
import {useKeys} from './input/use-keys.js';
import {ShownScreen} from './screens/index.js';
import {ThemeProvider} from './screens/theme.js';
import type {Session} from './reader/session.js';
import type {Step} from './reader/state.js';
import {type ReloadLibrary, useReader, type Warnings} from './use-reader.js';
import {show} from './view/screen.js';
import {screenSize} from './view/size.js';

/** The reader's inputs: what to read and where to keep reactions, how to draw, and the terminal's size. */
export type AppProps = {
	library: Library;
	store: ReactionStore;
	/** Open this article first (`--article`). */
	openId?: string;
	colour: boolean;
	/** Text width on a terminal wider than 100 columns; 0 for the full width. */
	measure: number;
	columns: number;
	rows: number;
	/** What Ctrl+Z does: run.tsx stops the process; left out, nothing (a test's terminal). */
	suspend?: () => void;
	/** What Ctrl+L does: run.tsx paints the whole screen again; left out, nothing. */
	redraw?: () => void;
	/** What o does with a link (run.tsx: the browser). */
	openLink?: (url: string) => Promise<void>;
	/** Whether the terminal follows OSC 8 hyperlinks (run.tsx asks supports-hyperlinks); left out, no. */
	hyperlinks?: boolean;
	/** Warnings said while the reader is up, for its status line. */
	warnings?: Warnings;
	/** Called before a layout that may take long: run.tsx keeps the signals that end the reader at their default action. */
	holdSignals?: () => void;
	/** The session the first frame was painted from (run.tsx); left out, the App opens one on the store. */
	session?: Session;
	/** The state the keys typed at the first frame left, and the effects they asked for, not yet run; left out, the reader starts afresh. */
	first?: Step;
	/** What R does (the reader command's: feeds updated, the folder read again). */
	reload?: ReloadLibrary;
};

/** The reader at a given size. */
export function App({library: given, store, openId, colour, measure, columns, rows, suspend, redraw, openLink, hyperlinks = false, warnings, holdSignals, session, first, reload}: AppProps) {
	const size = screenSize(columns, rows, measure);
	const {library, ...reader} = useReader({library: given, store, session, first, openId, columns, rows, measure, suspend, redraw, openLink, warnings, holdSignals, reload});
	useKeys(reader.dispatch, size.tooSmall);
	return (
		<ThemeProvider colour={colour} hyperlinks={hyperlinks}>
			<ShownScreen shown={show({...reader, library, size, keys: keyTable})} />
		</ThemeProvider>
	);
}
