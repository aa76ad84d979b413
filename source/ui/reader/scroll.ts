// The open article as one run of lines, as less sees a file: the position is
// a page and a number of lines into it, so that line keys move one line at a
// time while page keys land on the pages `--print --page N` writes, and a
// position between two pages turns to the next boundary, not a page further.
import {type ArticlePages, type Line, lineText} from '../../layout/index.js';

/** Where the top of the screen is: on page `page`, `offset` lines down it. */
export type Position = {page: number; offset: number};

/** The index, in the whole run of lines, of the line at the top of the screen. */
export function topLine(pages: ArticlePages, {page, offset}: Position): number {
	return (page < pages.length ? pages.pageStart(page) : 0) + offset;
}

/** The position that puts line `line` of the run at the top of the screen: the page holding it, and how far down. */
export function positionOf(pages: ArticlePages, line: number): Position {
	const page = pages.pageAt(line);
	return {page, offset: line - pages.pageStart(page)};
}

/**
 * The position `by` lines down (or up) from `from`: never above the first
 * line, and never further down than the last page's top or the point where
 * the last line reaches the bottom of a screen of `height` rows.
 */
export function scrollBy(pages: ArticlePages, from: Position, by: number, height: number): Position {
	const lowest = Math.max(0, Math.max(pages.pageStart(pages.length - 1), pages.lineCount - height));
	return positionOf(pages, Math.max(0, Math.min(lowest, topLine(pages, from) + by)));
}

/** The lines a screen of `height` rows shows from `position`: they run on into the next page. */
export function linesFrom(pages: ArticlePages, position: Position, height: number): Line[] {
	const start = topLine(pages, position);
	const lines: Line[] = [];
	for (let index = Math.max(0, start); index < Math.min(pages.lineCount, start + height); index++) lines.push(pages.line(index)!);
	return lines;
}

/** How much of the article is above the bottom of the screen, in whole percent. */
export function percentRead(pages: ArticlePages, position: Position, height: number): number {
	const {lineCount} = pages;
	if (lineCount === 0) return 100;
	return Math.min(100, Math.round((100 * Math.min(lineCount, topLine(pages, position) + height)) / lineCount));
}

/** Every line of the run that the search matches, in order, as indexes into the run. */
export function matchingLines(pages: ArticlePages, matches: (text: string) => boolean): number[] {
	const found: number[] = [];
	for (let index = 0; index < pages.lineCount; index++) {
		if (matches(lineText(pages.line(index)!))) found.push(index);
	}

	return found;
}

// Words of each line of the run, counted once: a page turn deep inside a long
// paragraph counts the words above it on every turn.
const wordCounts = new WeakMap<ArticlePages, Int32Array>();

function wordsIn(pages: ArticlePages, index: number): number {
	let counts = wordCounts.get(pages);
	if (counts === undefined) {
		counts = new Int32Array(pages.lineCount).fill(-1);
		wordCounts.set(pages, counts);
	}

	if (counts[index] === -1) counts[index] = lineText(pages.line(index)!).split(/\s+/u).filter(word => word !== '').length;
	return counts[index]!;
}

/** How many words of the top line's block come before the top line: with the block, where the reader is in the text, at any size. */
export function wordsAbove(pages: ArticlePages, position: Position): number {
	const top = topLine(pages, position);
	const block = pages.blockAt(top);
	let words = 0;
	for (let index = top - 1; index >= 0 && pages.blockAt(index) === block; index--) words += wordsIn(pages, index);
	return words;
}

/** The position that puts at the top the line of `block` holding its word number `word` (0 for its first line); undefined if the block has no line. */
export function positionOfWord(pages: ArticlePages, block: number, word: number): Position | undefined {
	let words = 0;
	// The last line of the block seen so far: where a word past its end lands.
	let found: number | undefined;
	// Nothing of the block comes before the page that shows its first line.
	for (let index = pages.pageStart(pages.pageOfBlock(block)); index < pages.lineCount; index++) {
		if (pages.blockAt(index) !== block) {
			if (found !== undefined) break;
			continue;
		}

		// A blank line before a paragraph carries its block: the text starts on the next.
		if (found === undefined && pages.line(index)!.runs.length === 0) continue;
		const next = words + wordsIn(pages, index);
		if (next > word) return positionOf(pages, index);
		words = next;
		found = index;
	}

	return found === undefined ? undefined : positionOf(pages, found);
}
