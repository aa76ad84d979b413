import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {sanitise} from '../../source/news/sanitise.js';

const esc = '\u001B';

const cases: Array<[name: string, input: string, expected: string]> = [
	['plain text stays', 'Xi told Trump to be "prudent".', 'Xi told Trump to be "prudent".'],
	['newline and tab stay', 'a\tb\nc', 'a\tb\nc'],
	['CJK and emoji stay', '说“你好”。🏮', '说“你好”。🏮'],
	['NUL and BEL go', 'a\u0000b\u0007c', 'abc'],
	['CR, VT, FF, backspace go', 'a\rb\u000Bc\u000Cd\u0008e', 'abcde'],
	['DEL goes', 'a\u007Fb', 'ab'],
	['C1 controls go', 'a\u0080b\u0085c\u009Fd', 'abcd'],
	['SGR colour goes whole', `${esc}[31mred${esc}[0m`, 'red'],
	['CSI with private parameters goes whole', `a${esc}[?1049hb`, 'ab'],
	['CSI clear screen goes whole', `${esc}[2J${esc}[Htext`, 'text'],
	['CSI with intermediates goes whole', `a${esc}[1 qb`, 'ab'],
	['8-bit CSI goes whole', 'a\u009B31mb', 'ab'],
	['OSC ended by BEL goes whole', `${esc}]0;evil title\u0007after`, 'after'],
	['OSC ended by ST goes whole', `${esc}]52;c;aGVsbG8=${esc}\\after`, 'after'],
	['OSC 8 hyperlink keeps only its text', `${esc}]8;;http://x.test${esc}\\link${esc}]8;;${esc}\\`, 'link'],
	['8-bit OSC goes whole', 'a\u009D0;title\u0007b', 'ab'],
	['8-bit OSC ended by 8-bit ST goes whole', 'a\u009D0;title\u009Cb', 'ab'],
	['DCS goes whole', `a${esc}P1$r0m${esc}\\b`, 'ab'],
	['APC goes whole', `a${esc}_payload${esc}\\b`, 'ab'],
	['PM goes whole', `a${esc}^payload${esc}\\b`, 'ab'],
	['SOS goes whole', `a${esc}Xpayload${esc}\\b`, 'ab'],
	['8-bit DCS goes whole', 'a\u0090payload\u009Cb', 'ab'],
	['charset designation goes whole', `a${esc}(Bb`, 'ab'],
	['save cursor goes whole', `a${esc}7b`, 'ab'],
	['full reset goes whole', `a${esc}cb`, 'ab'],
	['a lone ESC at the end goes', `a${esc}`, 'a'],
	['an unterminated OSC loses its introducer', `a${esc}]0;title`, 'a0;title'],
	['bidi overrides go', 'a\u202Eb\u202Ac\u202Bd\u202Ce\u202Df', 'abcdef'],
	['bidi isolates go', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
	['left-to-right and right-to-left marks stay', 'a\u200Eb\u200Fc', 'a\u200Eb\u200Fc'],
];

for (const [name, input, expected] of cases) {
	test(`sanitise: ${name}`, () => {
		assert.equal(sanitise(input), expected);
	});
}

// Mostly the characters escape sequences are made of, so that whole and broken
// sequences turn up often, with some ordinary text among them.
const hostile = fc.string({
	unit: fc.oneof(
		fc.constantFrom(esc, '[', ']', '\\', 'P', '_', '^', 'X', '(', '0', ';', '?', 'm', 'B', '\u0007', '\u009B', '\u009C', '\u009D', '\u0090', '\n', '\t', '\r', '\u202E', '\u2067'),
		fc.integer({min: 0, max: 0x2100}).map(code => String.fromCodePoint(code)),
		fc.string({unit: 'grapheme'}),
	),
	maxLength: 60,
});

const forbidden = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

test('sanitise: the output holds no forbidden character', () => {
	fc.assert(fc.property(hostile, text => !forbidden.test(sanitise(text))), {numRuns: 2000});
});

test('sanitise: sanitising twice changes nothing more', () => {
	fc.assert(fc.property(hostile, text => sanitise(sanitise(text)) === sanitise(text)), {numRuns: 2000});
});

test('sanitise: text without control characters comes back unchanged', () => {
	const clean = fc.string({unit: 'grapheme'}).filter(text => !forbidden.test(text));
	fc.assert(fc.property(clean, text => sanitise(text) === text));
});
