// The style of every piece of chrome, with colour and without, in the
// manner of @inkjs/ui's theme: the screens name what they draw (a pointer,
// an unread mark, an error) and the theme says how it looks. The article's
// own text keeps the layout's style table, which --print shares.
import {createContext, type ReactNode, useContext} from 'react';
import {type Style, textProps, type TextProps} from '../../layout/index.js';

/** The pieces of chrome the screens draw. */
type Chrome =
	/** The status line: where the reader is (the page, the filter). */
	| 'place'
	| 'message'
	| 'error'
	| 'hints'
	/** The list: its header line, the text when it is empty, and each row's columns. */
	| 'header'
	| 'empty'
	| 'pointer'
	| 'unreadMark'
	| 'title'
	| 'unreadTitle'
	| 'selectedTitle'
	| 'meta'
	| 'selectedMeta'
	/** Help. */
	| 'heading'
	/** The picker: its question and its reactions. */
	| 'question'
	| 'choice'
	| 'highlightedChoice';

/** Ink's <Text> props for every piece of chrome, and for the article's text styles. */
type Theme = Record<Chrome, TextProps> & {text(style: Style): TextProps};

// Without colour, weight and dimness alone tell things apart.
const plain: Record<Chrome, TextProps> = {
	place: {bold: true},
	message: {},
	error: {bold: true},
	hints: {dimColor: true},
	header: {bold: true},
	empty: {dimColor: true},
	pointer: {},
	unreadMark: {bold: true},
	title: {},
	unreadTitle: {bold: true},
	selectedTitle: {bold: true},
	meta: {dimColor: true},
	selectedMeta: {},
	heading: {bold: true},
	question: {bold: true},
	choice: {},
	highlightedChoice: {bold: true},
};

const coloured: Record<Chrome, TextProps> = {
	...plain,
	error: {bold: true, color: 'red'},
	pointer: {color: 'cyan'},
	unreadMark: {bold: true, color: 'green'},
	selectedTitle: {bold: true, color: 'cyan'},
	highlightedChoice: {bold: true, color: 'cyan'},
};

const themes = {
	colour: {...coloured, text: (style: Style) => textProps(style, true)},
	plain: {...plain, text: (style: Style) => textProps(style, false)},
} satisfies Record<string, Theme>;

const ThemeContext = createContext<Theme>(themes.plain);

/** Gives the screens below it the theme for `colour`. */
export function ThemeProvider({colour, children}: {colour: boolean; children: ReactNode}) {
	return <ThemeContext value={colour ? themes.colour : themes.plain}>{children}</ThemeContext>;
}

/** The theme the screen is drawn in. */
export function useTheme(): Theme {
	return useContext(ThemeContext);
}
