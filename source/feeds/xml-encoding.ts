// Which encoding a feed's bytes are in, the way XML says to find out (XML
// 1.0, appendix F): a byte order mark first, else the encoding the XML
// declaration names, else UTF-8. The declaration is in ASCII whatever the
// encoding that follows (for every encoding but UTF-16), so it is read as
// latin1 before the encoding is known.
import {SaxesParser} from 'saxes';
import {FeedError} from './errors.js';

// The declaration is short; a kilobyte leaves room for white space and long
// version strings without reading a whole large file twice.
const prologLength = 1024;

/** The bytes as text, in the encoding their BOM or XML declaration says (UTF-8 else); an encoding TextDecoder does not know is a FeedError. */
export function decodeXmlBytes(bytes: Uint8Array): string {
	const encoding = encodingOf(bytes);
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(encoding);
	} catch {
		throw new FeedError(`unknown character encoding "${encoding}" in the XML declaration`);
	}
	// The decoder drops a BOM of its own encoding, and bytes that are not
	// in it become U+FFFD rather than stopping the import: a feed with one
	// stray byte is still worth reading.
	const text = decoder.decode(bytes);
	return decoder.encoding === 'windows-1252' ? withWindows1252Punctuation(text) : text;
}

// ISO-8859-1, ASCII and windows-1252 are one encoding on the web (WHATWG
// Encoding): feeds that say latin1 use 0x80–0x9F for curly quotes, dashes
// and the euro, as browsers read them. Node 20's TextDecoder gives that
// label but decodes those bytes as C1 control characters (seen running it),
// so they are mapped here. The five bytes windows-1252 leaves undefined stay.
const windows1252High = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function withWindows1252Punctuation(text: string): string {
	return text.replace(/[\u0080-\u009f]/g, control => String.fromCharCode(windows1252High[control.charCodeAt(0) - 0x80] ?? control.charCodeAt(0)));
}

function encodingOf(bytes: Uint8Array): string {
	const [b0, b1, b2, b3] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
	if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
	if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
	// UTF-16 without a BOM still shows itself: '<?' with a zero byte beside each.
	if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
	if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
	const declared = declaredEncoding(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, prologLength)).toString('latin1'));
	if (declared === undefined) return 'utf-8';
	// A declaration readable one byte a character is not in UTF-16, whatever it says.
	if (/^utf-?16/i.test(declared)) return 'utf-8';
	return declared;
}

// The encoding pseudo-attribute, read by the XML parser itself from the
// declaration alone (up to its '?>').
function declaredEncoding(prolog: string): string | undefined {
	const start = prolog.trimStart();
	if (!start.startsWith('<?xml')) return undefined;
	const end = start.indexOf('?>');
	if (end === -1) return undefined;
	const parser = new SaxesParser();
	let encoding: string | undefined;
	parser.on('xmldecl', decl => {
		encoding = decl.encoding;
	});
	// Only the declaration is wanted: the missing root is no concern here.
	parser.on('error', () => undefined);
	parser.write(start.slice(0, end + 2)).close();
	return encoding?.trim() || undefined;
}
