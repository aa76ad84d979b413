// A bare '&' ('Q&A', '?a=1&b=2') is the commonest flaw in hand-made feeds.
// saxes reads everything after one up to the next ';' as an entity name, so
// a single bare '&' swallows the markup after it, or the rest of the file.
// Written as '&amp;' before parsing, it reads as the '&' the author meant.
// CDATA sections and comments are passed over: an '&' there is already
// just a character.

/** The text with every '&' that does not begin a reference (`&name;`, `&#10;`, `&#xA;`) written as '&amp;', outside CDATA sections and comments. */
export function escapeBareAmpersands(text: string): string {
	let out = '';
	let copiedTo = 0;
	let at = 0;
	// Where the next '<!' is, found once and again only when passed, so that
	// many '&'s and no '<!' stay one pass over the text.
	let nextBang = text.indexOf('<!');
	for (;;) {
		const amp = text.indexOf('&', at);
		if (amp === -1) break;
		if (nextBang !== -1 && nextBang < amp) {
			at = endOfSection(text, nextBang);
			nextBang = text.indexOf('<!', at);
			continue;
		}
		if (!startsReference(text, amp)) {
			out += text.slice(copiedTo, amp) + '&amp;';
			copiedTo = amp + 1;
		}
		at = amp + 1;
	}
	return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

// Just past the CDATA section or comment that starts at `start`, or past the
// '<!' of anything else (a doctype, where no '&' is looked for anyway).
function endOfSection(text: string, start: number): number {
	const closing = text.startsWith('<![CDATA[', start) ? ']]>' : text.startsWith('<!--', start) ? '-->' : undefined;
	if (closing === undefined) return start + 2;
	const end = text.indexOf(closing, start + 4);
	return end === -1 ? text.length : end + closing.length;
}

// Names longer than this are not entity names anyone writes.
const longestName = 64;

function startsReference(text: string, amp: number): boolean {
	let at = amp + 1;
	if (text[at] === '#') {
		at++;
		const hex = text[at] === 'x' || text[at] === 'X';
		if (hex) at++;
		const digitsFrom = at;
		while (at - digitsFrom < longestName && isDigit(text.charCodeAt(at), hex)) at++;
		return at > digitsFrom && text[at] === ';';
	}
	if (!isNameStart(text.charCodeAt(at))) return false;
	const nameFrom = at;
	at++;
	while (at - nameFrom < longestName && isNameCharacter(text.charCodeAt(at))) at++;
	return text[at] === ';';
}

function isDigit(code: number, hex: boolean): boolean {
	if (code >= 0x30 && code <= 0x39) return true;
	return hex && ((code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66));
}

// XML's name characters, with everything beyond ASCII let in: saxes judges
// the fine print, this only tells a reference from a stray '&'.
function isNameStart(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x3a || code >= 0x80;
}

function isNameCharacter(code: number): boolean {
	return isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e;
}
