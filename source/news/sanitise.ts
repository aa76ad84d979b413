// Article files are untrusted: whatever they hold ends up written to a
// terminal. Escape sequences are removed whole (so their parameters do not
// litter the text), then every control character that is left, so nothing
// from a file can move the cursor, retitle the window, touch the clipboard or
// reorder the line the user reads.

// Both the 7-bit (ESC x) and the 8-bit (C1) introducers of each kind.
const csi = String.raw`(?:\x1B\[|\x9B)[\x30-\x3F]*[\x20-\x2F]*[\x40-\x7E]?`;
// A terminal reads an OSC up to BEL or ST; the others only up to ST. The
// body stops at any ESC or C1 character, so a string that never ends is given
// up at the next control instead of searched for to the end of the text.
const osc = String.raw`(?:\x1B\]|\x9D)[^\x07\x1B\x80-\x9F]*(?:\x07|\x1B\\|\x9C)`;
const controlString = String.raw`(?:\x1B[PX^_]|[\x90\x98\x9E\x9F])[^\x1B\x80-\x9F]*(?:\x1B\\|\x9C)`;
// Every other ESC sequence: intermediates, then one final character
// (`ESC ( B`, `ESC 7`, `ESC c`).
const shortEscape = String.raw`\x1B[\x20-\x2F]*[\x30-\x7E]?`;

const escapeSequence = new RegExp(`${osc}|${controlString}|${csi}|${shortEscape}`, 'g');

// C0 but newline and tab, DEL, C1, and the bidi embeddings, overrides and
// isolates. An unterminated OSC or control string loses only its
// introducer here: the text after it is harmless once the ESC is gone.
const controlCharacter = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The text with escape sequences and control characters removed. Newlines and
 * tabs stay: the parser splits blocks on lines, and layout makes both spaces.
 */
export function sanitise(text: string): string {
	return text.replace(escapeSequence, '').replace(controlCharacter, '');
}

// Every character that can act on a terminal, newline and tab included.
const anyControl = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** A name as a message may print it: every control character spelled `\uXXXX`. */
export function spellControls(text: string): string {
	return text.replace(anyControl, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
