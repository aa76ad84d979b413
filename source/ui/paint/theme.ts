// The style of every piece of chrome, with colour and without, in the
// manner of @inkjs/ui's theme: the screens name what they draw (a pointer,
// an unread mark, an error) and the theme says how it looks. The article's
// own text keeps the layout's style table, which --print shares. Plain data:
// the painter that draws the first frame before Ink loads reads it too.
import {type Style, textProps, type TextProps} from '../../layout/index.js';
import type {ReactionId} from '../../news/catalogue.js';
import {moodColours} from '../view/mood.js';

/** The pieces of chrome the screens draw. */
export type Chrome =
	/** The status line as a whole (its width filled), then its parts: where the reader is (the page, the filter). */
	| 'statusLine'
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
	| 'meta'
	/** The cursor's row as a whole (its width filled), then its parts. */
	| 'selectedRow'
	| 'selectedPointer'
	| 'selectedMark'
	| 'selectedTitle'
	| 'selectedMeta'
	/** Help. */
	| 'heading'
	/** The picker: its question and its reactions. */
	| 'question'
	| 'choice'
	| 'highlightedChoice'
	/** The mood view: the sparkline of the weeks, the summary, each group's name (the cursor's apart), the cursor's group's counts. */
	| 'sparkline'
	| 'summary'
	| 'moodKey'
	| 'selectedMoodKey'
	| 'moodDetail';

/** The layout's text props, inverse video, which only chrome uses (a bar across the screen), and a background colour (the mood bars' cells). */
export type ChromeProps = TextProps & {inverse?: boolean; backgroundColor?: string};

/**
 * Ink's <Text> props for every piece of chrome, and for the article's text
 * styles; in colour, the props of a mood bar's cells for each reaction,
 * which are then drawn as spaces on its colour (null: the bar's fill
 * characters as they are).
 */
export type Theme = Record<Chrome, ChromeProps> & {text(style: Style): TextProps; reaction: ((id: ReactionId) => ChromeProps) | null};

// Without colour, weight and dimness alone tell things apart, and nothing is
// inverse: NO_COLOR asks for plain text, and the status line is told by its
// place at the bottom.
const plain: Record<Chrome, ChromeProps> = {
	statusLine: {},
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
	meta: {dimColor: true},
	selectedRow: {},
	selectedPointer: {},
	selectedMark: {bold: true},
	selectedTitle: {bold: true},
	selectedMeta: {},
	heading: {bold: true},
	question: {bold: true},
	choice: {},
	highlightedChoice: {bold: true},
	sparkline: {},
	summary: {},
	moodKey: {},
	selectedMoodKey: {bold: true},
	moodDetail: {dimColor: true},
};

// The status line and the cursor's row are bars in inverse video, as less's
// prompt and mutt's cursor are: the terminal's own colours swapped, so they
// read on light and dark backgrounds alike. Inside the row no part keeps a
// colour of its own, which inverse would turn into a patch of background.
const coloured: Record<Chrome, ChromeProps> = {
	...plain,
	statusLine: {inverse: true},
	error: {bold: true, color: 'red'},
	pointer: {color: 'cyan'},
	unreadMark: {bold: true, color: 'green'},
	selectedRow: {inverse: true},
	selectedPointer: {bold: true},
	highlightedChoice: {bold: true, color: 'cyan'},
	sparkline: {color: 'cyan'},
	selectedMoodKey: {bold: true, color: 'cyan'},
};

// One props object a reaction, so that a run's props compare by identity as the rest of the theme's do.
const cellProps = Object.fromEntries(Object.entries(moodColours).map(([id, colour]) => [id, {backgroundColor: colour}])) as Record<ReactionId, ChromeProps>;

const themes = {
	colour: {...coloured, text: (style: Style) => textProps(style, true), reaction: (id: ReactionId) => cellProps[id]},
	plain: {...plain, text: (style: Style) => textProps(style, false), reaction: null},
} satisfies Record<string, Theme>;

/** The theme for `colour`: chrome and article styles, drawn alike by Ink and by the painter. */
export function themeFor(colour: boolean): Theme {
	return colour ? themes.colour : themes.plain;
}
