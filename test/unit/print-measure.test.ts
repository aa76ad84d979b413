// --print and --json lay out as the reader does (issue 9, defect 2): above 100
// columns the text keeps to the measure and is centred. The oracle is the
// reader's own sizing (screenSize) and the layout it pages with.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {pageCount, printPages} from '../../source/commands/article.js';
import {layoutPages, lineText, textColumn} from '../../source/layout/index.js';
import {parseArticle} from '../../source/news/parse.js';
import {screenSize} from '../../source/ui/view/size.js';
import {longParagraphs, article as made} from '../support/articles.js';

const shipped = path.join(import.meta.dirname, '../../articles');
const winter = parseArticle(readFileSync(path.join(shipped, 'winter-transit-plan.txt'), 'utf8'), 'winter-transit-plan.txt');
const long = made('long', {paragraphs: longParagraphs(12)});

/** The reader's page n at this size, as lines on the screen: its text column's margin, then the text. */
function screenPage(article: typeof winter, columns: number, rows: number, measure: number, page: number): string[] {
	const {column} = screenSize(columns, rows, measure);
	return layoutPages(article, column.width, rows)[page]!.lines.map(line => {
		const text = lineText(line);
		return text === '' ? '' : ' '.repeat(column.indent) + text;
	});
}

function printed(article: typeof winter, options: {width: number; height: number; measure: number; page?: number}): string {
	let text = '';
	printPages(article, {...options, colour: false}, chunk => {
		text += chunk;
	});
	return text;
}

const sizes: Array<[columns: number, rows: number, measure: number]> = [[80, 24, 80], [100, 30, 80], [101, 30, 80], [120, 40, 80], [200, 50, 80], [120, 40, 60], [120, 40, 0], [120, 40, 200], [150, 20, 10]];

for (const [columns, rows, measure] of sizes) {
	test(`at ${columns}×${rows}, measure ${measure}: --json's pages and every --print --page N are the reader's`, () => {
		for (const article of [winter, long]) {
			const {column} = screenSize(columns, rows, measure);
			const pages = layoutPages(article, column.width, rows);
			assert.equal(pageCount(article, {width: columns, height: rows, measure}), pages.length);
			let whole = '';
			for (let page = 1; page <= pages.length; page++) {
				const one = printed(article, {width: columns, height: rows, measure, page});
				assert.deepEqual(one.split('\n').slice(0, -1), screenPage(article, columns, rows, measure, page - 1), `page ${page}`);
				whole += one;
			}

			assert.equal(printed(article, {width: columns, height: rows, measure}), whole);
		}
	});
}

test('winter-transit-plan at 120×40 takes the 9 pages the reader shows, not 7', () => {
	assert.equal(pageCount(winter, {width: 120, height: 40, measure: 80}), 9);
});

test('the layout\'s text column is the reader\'s at every size', () => {
	for (let columns = 10; columns <= 260; columns++) {
		for (const measure of [0, 10, 50, 80, 99, 100, 101, 150, 300]) {
			assert.deepEqual(textColumn(columns, measure), screenSize(columns, 24, measure).column, `${columns} ${measure}`);
		}
	}
});
