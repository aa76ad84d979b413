import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {sanitise, spellControls} from '../../source/news/sanitise.js';

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
	// Invisible format characters (issue 7, item 6): gone, but for those that
	// shape what is shown.
	['right-to-left mark goes (rlm\u200F is not rlm)', 'rlm\u200F', 'rlm'],
	['left-to-right mark goes', 'a\u200Eb', 'ab'],
	['Arabic letter mark goes', 'a\u061Cb', 'ab'],
	['a zero-width space stays: it says where a line may break (the parser takes it out of titles and links)', 'a\u200Bb', 'a\u200Bb'],
	['byte-order mark inside text goes', 'a\uFEFFb', 'ab'],
	['word joiner and invisible operators go', 'a\u2060b\u2062c\u2064d', 'abcd'],
	['Mongolian vowel separator goes', 'a\u180Eb', 'ab'],
	['interlinear annotation goes', '\uFFF9a\uFFFAb\uFFFB', 'ab'],
	['a run of them goes at once', 'a\u200F\uFEFF\u0007\u2060b', 'ab'],
	['line separator becomes a space', 'a\u2028b', 'a b'],
	['paragraph separator becomes a space', 'a\u2029b', 'a b'],
	['tag characters alone go', 'tag\u{E0001}\u{E0041}\u{E0042}\u{E007F}', 'tag'],
	['tag characters after a letter go', 'x\u{E0067}\u{E0062}\u{E007F}', 'x'],
	['the flag of England stays whole', 'a🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}b', 'a🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}b'],
	['an unfinished tag sequence loses its tags', '🏴\u{E0067}\u{E0062}x', '🏴x'],
	['ZWJ inside an emoji sequence stays', '👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
	['ZWJ after VS16 in an emoji sequence stays', '🏳\uFE0F\u200D🌈', '🏳\uFE0F\u200D🌈'],
	['ZWJ after a skin tone stays', '👩🏽\u200D💻', '👩🏽\u200D💻'],
	['ZWJ at the end of an emoji goes', '👍\u200D', '👍'],
	['ZWJ between Latin letters goes', 'a\u200Db', 'ab'],
	['ZWJ after a Devanagari virama stays', 'क्\u200Dष', 'क्\u200Dष'],
	['ZWNJ between Persian letters stays', 'می\u200Cخواهم', 'می\u200Cخواهم'],
	['ZWNJ between Latin letters goes', 'r\u200Clm', 'rlm'],
	['ZWNJ between Cyrillic letters goes', 'а\u200Cб', 'аб'],
	['ZWNJ before a space goes', 'می\u200C ', 'می '],
	['soft hyphen stays (layout breaks at it)', 'Bundes\u00ADtag', 'Bundes\u00ADtag'],
];

for (const [name, input, expected] of cases) {
	test(`sanitise: ${name}`, () => {
		assert.equal(sanitise(input), expected);
	});
}

const spellings: Array<[input: string, expected: string]> = [
	['rlm\u200F', String.raw`rlm\u200f`],
	['a\u2028b', String.raw`a\u2028b`],
	['x\u{E0067}\u{E007F}', String.raw`x\u{e0067}\u{e007f}`],
	['Bundes\u00ADtag', String.raw`Bundes\u00adtag`],
	['a\nb\u001B', String.raw`a\u000ab\u001b`],
	['👨\u200D👩', '👨\u200D👩'],
	['می\u200Cخواهم', 'می\u200Cخواهم'],
	['🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'],
];

for (const [input, expected] of spellings) {
	test(`spellControls: ${JSON.stringify(input)} is spelled ${expected}`, () => {
		assert.equal(spellControls(input), expected);
	});
}



// Mostly the characters escape sequences are made of, so that whole and broken
// sequences turn up often, with some ordinary text among them.
const hostile = fc.string({
	unit: fc.oneof(
		fc.constantFrom(esc, '[', ']', '\\', 'P', '_', '^', 'X', '(', '0', ';', '?', 'm', 'B', '\u0007', '\u009B', '\u009C', '\u009D', '\u0090', '\n', '\t', '\r', '\u202E', '\u2067'),
		fc.constantFrom('\u200B', '\u200C', '\u200D', '\u200F', '\uFEFF', '\u061C', '\u2028', '\u00AD', '\u{E0067}', '\u{E007F}', '🏴', '👍', '\uFE0F', 'क', '्', 'م', 'a'),
		fc.integer({min: 0, max: 0x2100}).map(code => String.fromCodePoint(code)),
		fc.string({unit: 'grapheme'}),
	),
	maxLength: 60,
});

// Joiners and tags are kept in places (the tables say where); every other
// format character, and both separators, is forbidden anywhere.
const keptSometimes = (code: number) => code === 0xAD || code === 0x200B || code === 0x200C || code === 0x200D || (code >= 0xE0020 && code <= 0xE007F);
const forbidden = {
	test: (text: string) =>
		/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/u.test(text) || [...text].some(character => /\p{Cf}/u.test(character) && !keptSometimes(character.codePointAt(0)!)),
};

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
