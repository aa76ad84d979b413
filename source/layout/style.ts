// One style table for both views: Ink's <Text> props in the reader, and the
// same attributes as ANSI for `--print` (see render.ts).
import {type Style} from './types.js';

export type TextProps = {
	bold?: boolean;
	dimColor?: boolean;
	italic?: boolean;
	underline?: boolean;
	color?: string;
};

/** Quotes stand out in this colour; without colour they are bold and underlined. */
export const quoteColour = 'yellow';

const shared: Record<Style, TextProps> = {
	title: {bold: true},
	meta: {dimColor: true},
	byline: {dimColor: true},
	summary: {italic: true},
	body: {},
	quote: {},
	prompt: {bold: true},
	link: {dimColor: true},
};

export function textProps(style: Style, colour: boolean): TextProps {
	if (style === 'quote') return colour ? {color: quoteColour} : {bold: true, underline: true};
	return shared[style];
}
