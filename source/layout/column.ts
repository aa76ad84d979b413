// Where the article's text runs in a terminal: the measure rule (SPEC §3),
// shared by `--print`, `--json` and the reader, so that page N is the same
// text everywhere. Up to 100 columns the text fills the terminal; on a wider
// one long lines tire the eye, so the text keeps to the measure and is centred.

/** Terminals up to this wide get the text at their full width. */
const wideTerminal = 100;

/** Where the article's text runs: its width, and the blank columns before it. */
export type TextColumn = {width: number; indent: number};

/** The text column of a terminal `columns` wide, kept to `measure` (0: the full width) above 100 columns. */
export function textColumn(columns: number, measure: number): TextColumn {
	if (columns <= wideTerminal || measure <= 0) return {width: columns, indent: 0};
	const width = Math.min(measure, columns);
	return {width, indent: Math.floor((columns - width) / 2)};
}
