// One style table for both views: Ink's <Text> props in the reader, and the
// same attributes as ANSI for `--print` (see render.ts).
import type {Style} from './types.js';

/**
 * A style's attributes, named as Ink's <Text> takes them, so the reader passes
 * them on as they are and render.ts turns each into ANSI.
 */
export type TextProps = {
	bold?: boolean;
	dimColor?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
	color?: string;
};

/** Quotes stand out in this colour; without colour they are bold and underlined. */
const quoteColour = 'yellow';

const shared: Record<Style, TextProps> = {
	title: {bold: true},
	meta: {dimColor: true},
	byline: {dimColor: true},
	summary: {italic: true},
	body: {},
	quote: {},
	prompt: {bold: true},
	link: {dimColor: true},
	// A search's match (the reader's `/`), set apart from quotes in either mode.
	match: {inverse: true},
};

/**
 * How a style is drawn, in the reader and by `--print` alike; without `colour`
 * only quotes change, to bold and underlined.
 */
export function textProps(style: Style, colour: boolean): TextProps {
	if (style === 'quote') return colour ? {color: quoteColour} : {bold: true, underline: true};
	return shared[style];
}
