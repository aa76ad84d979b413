// What article text may hold once it reaches a terminal. Parsing sanitised
// it already; layout does again, with the same function, because an Article
// can also be built by hand and Ink passes OSC and BEL through. Line breaks
// and tabs become plain spaces (a tab is one space: prose needs no tab stops,
// and a stop depends on where a line breaks, which is not known yet).
import {sanitise} from '../news/sanitise.js';

const breaksAndTabs = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Text that can do nothing to a terminal and stays on one line: controls and
 * escape sequences gone, breaks and tabs as spaces.
 */
export function terminalSafe(text: string): string {
	return sanitise(text.replace(breaksAndTabs, ' '));
}

// Spaces a line may break at (and drops there). No-break spaces (U+00A0,
// U+2007, U+202F) are deliberately absent: they exist to forbid a break.
const breakSpace = /^[ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+$/;

/** Is this grapheme a space a line may break at? Wrapping drops such spaces where a line breaks. */
export function isBreakSpace(grapheme: string): boolean {
	return grapheme === ' ' || (grapheme.charCodeAt(0) >= 0x1680 && breakSpace.test(grapheme));
}
