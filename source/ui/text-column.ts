// How wide the article's text runs. Up to 100 columns the text fills the
// terminal; on a wider one long lines tire the eye, so the text keeps to the
// measure (80 by default; 0 means the full width) and sits in the middle.
export const wideTerminal = 100;

export type TextColumn = {width: number; indent: number};

export function textColumn(columns: number, measure: number): TextColumn {
	if (columns <= wideTerminal || measure <= 0) return {width: columns, indent: 0};
	const width = Math.min(measure, columns);
	return {width, indent: Math.floor((columns - width) / 2)};
}
