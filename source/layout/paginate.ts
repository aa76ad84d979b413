// Lines into pages of H − 2 lines: the reader keeps one terminal row for its
// status bar and one free, so Ink's frame is never as tall as the terminal.
import {reservedRows} from './limits.js';
import {type Line, type Page} from './types.js';

function isBlank(line: Line): boolean {
	return line.runs.length === 0;
}

function isLink(line: Line): boolean {
	return line.runs.some(run => run.style === 'link');
}

/**
 * The lines cut into pages of `height` − 2 lines, each page made as it is
 * asked for; a page never starts with a blank line, a link wrapped over
 * several lines is never cut between two pages (it starts the next page when
 * it does not fit, if it fits on one at all), and no lines is one empty page.
 */
export function * eachPage(lines: Iterable<Line>, height: number): Generator<Page, void, undefined> {
	const perPage = Math.max(1, Math.floor(height) - reservedRows);
	let page: Line[] = [];
	let any = false;
	const add = function * (line: Line): Generator<Page, void, undefined> {
		// A separator that falls at the top of a page separates nothing.
		if (page.length === 0 && isBlank(line)) return;
		page.push(line);
		if (page.length === perPage) {
			any = true;
			yield {lines: page};
			page = [];
		}
	};

	let link: Line[] = [];
	const addLink = function * (): Generator<Page, void, undefined> {
		if (link.length > 1 && link.length <= perPage && page.length > 0 && page.length + link.length > perPage) {
			any = true;
			yield {lines: page};
			page = [];
		}

		for (const line of link) yield * add(line);
		link = [];
	};

	for (const line of lines) {
		if (isLink(line)) {
			link.push(line);
			continue;
		}

		yield * addLink();
		yield * add(line);
	}

	yield * addLink();
	if (page.length > 0 || !any) yield {lines: page};
}

/** The lines cut into pages (see eachPage). */
export function paginate(lines: Iterable<Line>, height: number): Page[] {
	return Array.from(eachPage(lines, height));
}

/** Block of the page's first non-blank line (-1, the header, for an empty page). */
export function topBlock(page: Page): number {
	return page.lines.find(line => !isBlank(line))?.block ?? -1;
}

/**
 * The page to reopen at a stored place (the block at the top of the page the
 * reader left): the first page whose top line is in that block, so a page
 * that starts inside a paragraph comes back as itself; else the page where
 * the block starts.
 */
export function pageOfPlace(pages: Page[], block: number): number {
	const index = pages.findIndex(page => topBlock(page) === block);
	return index === -1 ? pageOfBlock(pages, block) : index;
}

/**
 * The page showing the first line of `block`, or of the nearest later block
 * when it has none; the last page when nothing comes at or after it.
 */
export function pageOfBlock(pages: Page[], block: number): number {
	for (const [index, page] of pages.entries()) {
		if (page.lines.some(line => !isBlank(line) && line.block >= block)) return index;
	}

	return Math.max(0, pages.length - 1);
}
