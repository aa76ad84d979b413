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
const controlCharacter = String.raw`[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]`;

// Invisible characters (Unicode format characters, category Cf, and the
// line and paragraph separators) make text that looks like other text: an id
// `rlm\u200F` beside `rlm`, a link with a hidden zero-width space. They go,
// but for those that shape what is shown: the soft hyphen and the zero-width
// space (layout breaks at them: Thai and long URLs need the second; the parser
// takes it out of every field but the body, where it is only a break); a zero-width joiner between emoji (👨‍👩‍👧) or after a letter of a
// script that joins (Devanagari half forms); a zero-width non-joiner between
// letters of such a script (Persian); and the tag characters of an emoji tag
// sequence (the flag of England). Latin, Greek and Cyrillic need no joiner, so
// one between their letters goes.
const pictograph = String.raw`\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?`;
const joiningLetter = String.raw`[\p{L}--[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]]\p{M}*`;
const keptFormat = [
	String.raw`\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}`,
	String.raw`\u200D(?<=${pictograph}\u200D)(?=\p{Extended_Pictographic})`,
	String.raw`[\u200C\u200D](?<=${joiningLetter}[\u200C\u200D])(?=\p{L})`,
].join('|');
const formatCharacter = String.raw`[\p{Cf}\u2028\u2029]`;
const removedFormat = String.raw`[\p{Cf}--[\u00AD\u200B]]`;

// One pass: a kept sequence is matched first and given back whole; a run of
// removed characters goes in one match (none in a run could be kept: each
// kept one follows a letter or an emoji).
const unsafe = new RegExp(`(${keptFormat})|(?:${controlCharacter}|${removedFormat})+|[\u2028\u2029]`, 'gv');

// Every character either pass below can change, or that can start or be part
// of a sequence they change: ESC and the C1 introducers are controls, and
// every kept format sequence holds a format character other than the soft
// hyphen and the zero-width space, which are never changed themselves.
const alterable = `[${controlCharacter}${removedFormat}\u2028\u2029]`;
const mayHoldUnsafe = new RegExp(alterable, 'v');
const alterableCharacter = new RegExp(`^${alterable}$`, 'v');

/**
 * Whether sanitise could change text holding this character (one code point):
 * text with none of them is returned as it is. Asked once a character by a
 * scan that classes code points itself.
 */
export function sanitiseMayAlter(character: string): boolean {
	return alterableCharacter.test(character);
}

/**
 * The text with escape sequences, control characters and invisible format
 * characters removed. Newlines and tabs stay: the parser splits blocks on
 * lines, and layout makes both spaces. A line or paragraph separator becomes a
 * space, so the words either side stay apart.
 */
export function sanitise(text: string): string {
	// Nearly all text holds nothing to remove: one scan for a simple class says so, and the two passes below are skipped.
	if (!mayHoldUnsafe.test(text)) return text;
	return text.replace(escapeSequence, '').replace(unsafe, (match, kept: string | undefined) => kept ?? (match === '\u2028' || match === '\u2029' ? ' ' : ''));
}

// Every character sanitise removes, and newline, tab and the soft hyphen too
// (in a name it is one more invisible difference): what a message spells out.
const spelled = new RegExp(`(${keptFormat})|[\\n\\t]|${controlCharacter}|${formatCharacter}`, 'gv');

/** A character as a message spells it: `\u001b`, `\u{e0067}`. */
function spell(character: string): string {
	const code = character.codePointAt(0)!;
	return code > 0xFFFF ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A name as a message may print it: every control and invisible format character spelled `\uXXXX` (or `\u{XXXXX}`), all but what sanitise keeps of emoji and joining scripts. */
export function spellControls(text: string): string {
	return text.replace(spelled, (match, kept: string | undefined) => kept ?? spell(match));
}

/** Whether text holds anything spellControls would spell: a file name that does is not read. */
export function holdsControls(text: string): boolean {
	return spellControls(text) !== text;
}
