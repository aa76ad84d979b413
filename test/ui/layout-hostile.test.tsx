// Text that drew wrong in the reader: soft hyphens (string-width counts them
// 0 columns, Ink's cells and clipping 1, so each line lost a character per
// hyphen) and clusters terminals draw wider than string-width says (the
// frame must fit however a terminal draws them).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {parseArticle} from '../../source/news/parse.js';
import {article, library} from '../support/articles.js';
import {disputedClusters, widestWidth} from '../support/widths.js';
import {renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(resetRenders);

const shy = '\u00ad';
const german = parseArticle([
	`Bundes${shy}regierung legt Infra${shy}struktur${shy}gesetz vor`,
	'',
	`By Jana Berg, Tages${shy}zeitung, Feb 5: Die Bundes${shy}regierung hat am Mittwoch einen neuen Gesetz${shy}entwurf zur Infra${shy}struktur${shy}finanzierung vor${shy}gelegt, der die Verkehrs${shy}wende be${shy}schleunigen soll.`,
	'',
].join('\n'), 'de.txt');

/** The words of the text, without soft hyphens and punctuation. */
const words = (text: string) => text.replaceAll(shy, '').split(/[\s,.:]+/).filter(word => word !== '');
/** The screen's words, a line broken at a soft hyphen (`Infra-` then `struktur`) joined again. */
const shownWords = (lines: string[]) => words(lines.join('\n').replaceAll(/-\n/g, ''));

test('soft hyphens: at 60×12 every word of the article is on screen, hyphenated only where a line breaks', async () => {
	const app = await renderApp({library: library([german]), openId: 'de', columns: 60, rows: 12});
	const body = app.lines().slice(0, -1);
	const expected = [...words(german.title), ...words(german.paragraphs.join(' '))];
	const shown = new Set(shownWords(body));
	for (const word of expected) assert.ok(shown.has(word), `${word} is missing from ${JSON.stringify(body)}`);
	assert.ok(!body.join('\n').includes(shy), 'no soft hyphen reaches Ink');
	for (const line of body) {
		assert.ok(widestWidth(line) <= 60, `${JSON.stringify(line)} is wider than 60`);
		assert.ok(!/-$/.test(line) || /\p{L}-$/u.test(line));
	}
});

test('soft hyphens: a reacted list row keeps its emoji, and the title shows whole', async () => {
	const store = tempStore();
	await store.setReaction('de', 'worried');
	const app = await renderApp({library: library([german]), store, columns: 60, rows: 12});
	const row = app.lines().find(line => line.includes('Bundes'))!;
	assert.match(row, /😟$/);
	assert.ok(row.includes('Bundesregierung legt'), row);
	assert.ok(!row.includes(shy));
});

// Every cluster at the start, inside words and at the end of lines, in the
// title (the list, the status line) and the body, at several widths.
const clusters = disputedClusters.join(' ');
const clustered = article('clusters', {
	title: `${clusters} ${'👍🏽'.repeat(30)} title`,
	label: '❤️❤️',
	paragraphs: [
		`${clusters} `.repeat(20),
		disputedClusters.join('').repeat(15),
		`Words and ${clusters} mixed, ${'क्षत्रिय '.repeat(12)} and keycaps ${'1️⃣2️⃣3️⃣'.repeat(8)}.`,
	],
});

test('disputed clusters: no drawn line is wider than the terminal at their widest, and the frame is at most rows − 1 lines', async () => {
	for (const columns of [20, 33, 41, 60, 79]) {
		for (const screen of ['list', 'article'] as const) {
			const app = await renderApp({library: library([clustered, article('plain')]), openId: screen === 'article' ? 'clusters' : undefined, columns, rows: 12});
			for (const turn of [0, 1, 2]) {
				const lines = app.lines();
				assert.ok(lines.length <= 11, `${screen} at ${columns}: ${lines.length} lines`);
				for (const line of lines) assert.ok(widestWidth(line) <= columns, `${screen} at ${columns}, page ${turn + 1}: ${JSON.stringify(line)} takes ${widestWidth(line)} columns at the widest`);
				if (screen === 'article') await app.press(' ');
			}

			await resetRenders();
		}
	}
});
