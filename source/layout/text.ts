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

/**
 * Whether terminalSafe could change the text: false only when it certainly
 * would not. One loop over the code units, much cheaper than the regular
 * expressions it spares for text made safe already (every article the parser
 * read): the characters looked at are a superset of what terminalSafe acts
 * on (controls, C1, breaks and tabs, and every format character: the soft
 * hyphen, Arabic and Mongolian ones, U+200B–U+200F, U+2028–U+202E,
 * U+2060–U+206F, U+FEFF, U+FFF9–U+FFFB, and anything outside the BMP).
 */
export function mayBeUnsafe(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x20) return true;
		if (code < 0x7f) continue;
		if (code <= 0x9f || code === 0xad) return true;
		if (code < 0x600) continue;
		if (code <= 0x8ff || code === 0x180e) return true;
		if (code < 0x200b) continue;
		if (code <= 0x200f || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f)) return true;
		if (code >= 0xd800 && code <= 0xdfff) return true;
		if (code === 0xfeff || (code >= 0xfff9 && code <= 0xfffb)) return true;
	}

	return false;
}
