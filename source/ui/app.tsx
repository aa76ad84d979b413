// The interactive reader: list, article, picker and help, sized by the
// `columns` and `rows` it is given (the caller follows the terminal, tests
// pick sizes). The size is shared out, the reader's state and effects run in
// one hook, keys come in through one handler, and the screen the state
// calls for is drawn in the theme for `colour`.
import {type Library} from '../news/library.js';
// Only the type: the store, and conf behind it, are the CLI's to open.
import type {ReactionStore} from '../store/store.js';
import {keyTable} from './input/key-table.js';
import {useKeys} from './input/use-keys.js';
import {ShownScreen} from './screens/index.js';
import {ThemeProvider} from './screens/theme.js';
import {useReader, type Warnings} from './use-reader.js';
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
	/** Warnings said while the reader is up, for its status line. */
	warnings?: Warnings;
	/** Called before a layout that may take long: run.tsx keeps the signals that end the reader at their default action. */
	holdSignals?: () => void;
};

/** The reader at a given size. */
export function App({library, store, openId, colour, measure, columns, rows, suspend, warnings, holdSignals}: AppProps) {
	const size = screenSize(columns, rows, measure);
	const reader = useReader({library, store, openId, columns, rows, measure, suspend, warnings, holdSignals});
	useKeys(reader.dispatch, size.tooSmall);
	return (
		<ThemeProvider colour={colour}>
			<ShownScreen shown={show({...reader, library, size, keys: keyTable})} />
		</ThemeProvider>
	);
}
