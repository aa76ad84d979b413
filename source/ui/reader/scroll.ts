// The open article as one run of lines, as less sees a file: the position is
// a page and a number of lines into it, so that line keys move one line at a
// time while page keys land on the pages `--print --page N` writes, and a
// position between two pages turns to the next boundary, not a page further.
import {type Line, lineText, type Page} from '../../layout/index.js';

/** Where the top of the screen is: on page `page`, `offset` lines down it. */
export type Position = {page: number; offset: number};

type Run = {lines: Line[]; starts: number[]};

// The same pages give the same run: the reducer and the view ask on every key and every render.
const runs = new WeakMap<Page[], Run>();

function runOf(pages: Page[]): Run {
	let run = runs.get(pages);
	if (run === undefined) {
		const starts: number[] = [];
		const lines: Line[] = [];
		for (const page of pages) {
			starts.push(lines.length);
			lines.push(...page.lines);
		}

		run = {lines, starts};
		runs.set(pages, run);
	}

	return run;
}

/** The index, in the whole run of lines, of the line at the top of the screen. */
export function topLine(pages: Page[], {page, offset}: Position): number {
	return (runOf(pages).starts[page] ?? 0) + offset;
}

/** The position that puts line `line` of the run at the top of the screen: the page holding it, and how far down. */
export function positionOf(pages: Page[], line: number): Position {
	const {starts} = runOf(pages);
	let page = 0;
	while (page + 1 < starts.length && starts[page + 1]! <= line) page++;
	return {page, offset: line - (starts[page] ?? 0)};
}

/**
 * The position `by` lines down (or up) from `from`: never above the first
 * line, and never further down than the last page's top or the point where
 * the last line reaches the bottom of a screen of `height` rows.
 */
export function scrollBy(pages: Page[], from: Position, by: number, height: number): Position {
	const {lines, starts} = runOf(pages);
	const lowest = Math.max(0, Math.max(starts.at(-1) ?? 0, lines.length - height));
	return positionOf(pages, Math.max(0, Math.min(lowest, topLine(pages, from) + by)));
}

/** The lines a screen of `height` rows shows from `position`: they run on into the next page. */
export function linesFrom(pages: Page[], position: Position, height: number): Line[] {
	const start = topLine(pages, position);
	return runOf(pages).lines.slice(start, start + height);
}

/** How much of the article is above the bottom of the screen, in whole percent. */
export function percentRead(pages: Page[], position: Position, height: number): number {
	const {lines} = runOf(pages);
	if (lines.length === 0) return 100;
	return Math.min(100, Math.round((100 * Math.min(lines.length, topLine(pages, position) + height)) / lines.length));
}

/** Every line of the run that the search matches, in order, as indexes into the run. */
export function matchingLines(pages: Page[], matches: (text: string) => boolean): number[] {
	const found: number[] = [];
	runOf(pages).lines.forEach((line, index) => {
		if (matches(lineText(line))) found.push(index);
	});
	return found;
}

function wordsIn(line: Line): number {
	return lineText(line).split(/\s+/u).filter(word => word !== '').length;
}

/** How many words of the top line's block come before the top line: with the block, where the reader is in the text, at any size. */
export function wordsAbove(pages: Page[], position: Position): number {
	const {lines} = runOf(pages);
	const top = topLine(pages, position);
	const block = lines[top]?.block;
	let words = 0;
	for (let index = top - 1; index >= 0 && lines[index]!.block === block; index--) words += wordsIn(lines[index]!);
	return words;
}

/** The position that puts at the top the line of `block` holding its word number `word` (0 for its first line); undefined if the block has no line. */
export function positionOfWord(pages: Page[], block: number, word: number): Position | undefined {
	const {lines} = runOf(pages);
	let words = 0;
	// The last line of the block seen so far: where a word past its end lands.
	let found: number | undefined;
	for (let index = 0; index < lines.length; index++) {
		if (lines[index]!.block !== block) {
			if (found !== undefined) break;
			continue;
		}

		// A blank line before a paragraph carries its block: the text starts on the next.
		if (found === undefined && lines[index]!.runs.length === 0) continue;
		const next = words + wordsIn(lines[index]!);
		if (next > word) return positionOf(pages, index);
		words = next;
		found = index;
	}

	return found === undefined ? undefined : positionOf(pages, found);
}
