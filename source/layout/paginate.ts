// Lines into pages of H − 2 lines: the reader keeps one terminal row for its
// status bar and one free, so Ink's frame is never as tall as the terminal.
import {reservedRows} from './limits.js';
import type {ArticlePages} from './pages.js';
import type {Line, Page} from './types.js';

function isBlank(line: Line): boolean {
	return line.runs.length === 0;
}

function isLink(line: Line): boolean {
	return line.runs.some(run => run.style === 'link');
}

/** What cutting pages needs to know of a line: whether it is a blank separator, and whether it is part of the link. */
export type PageRules<T> = {isBlank(line: T): boolean; isLink(line: T): boolean};

/**
 * Cuts lines (of any shape the rules can read) into pages of `height` − 2
 * lines, a line at a time: a page never starts with a blank line, a link
 * wrapped over several lines is never cut between two pages (it starts the
 * next page when it does not fit, if it fits on one at all), and no lines is
 * one empty page. Each page is handed to `onPage` as soon as it is whole.
 */
export class PageCutter<T> {
	private readonly perPage: number;
	private page: T[] = [];
	private any = false;
	private link: T[] = [];

	constructor(height: number, private readonly rules: PageRules<T>, private readonly onPage: (page: T[]) => void) {
		this.perPage = Math.max(1, Math.floor(height) - reservedRows);
	}

	/** The next line. */
	push(line: T): void {
		if (this.rules.isLink(line)) {
			this.link.push(line);
			return;
		}

		this.addLink();
		this.add(line);
	}

	/** No more lines: the last page goes out. */
	finish(): void {
		this.addLink();
		if (this.page.length > 0 || !this.any) this.onPage(this.page);
	}

	private add(line: T): void {
		// A separator that falls at the top of a page separates nothing.
		if (this.page.length === 0 && this.rules.isBlank(line)) return;
		this.page.push(line);
		if (this.page.length === this.perPage) this.pageDone();
	}

	private pageDone(): void {
		this.any = true;
		this.onPage(this.page);
		this.page = [];
	}

	private addLink(): void {
		const {link, page, perPage} = this;
		if (link.length > 1 && link.length <= perPage && page.length > 0 && page.length + link.length > perPage) this.pageDone();
		for (const line of link) this.add(line);
		this.link = [];
	}
}

/** The lines cut into pages (see PageCutter), each page made as it is asked for. */
function * eachPageOf<T>(lines: Iterable<T>, height: number, rules: PageRules<T>): Generator<T[], void, undefined> {
	let done: T[][] = [];
	const cutter = new PageCutter<T>(height, rules, page => {
		done.push(page);
	});
	for (const line of lines) {
		cutter.push(line);
		if (done.length > 0) {
			yield * done;
			done = [];
		}
	}

	cutter.finish();
	yield * done;
}

const lineRules: PageRules<Line> = {isBlank, isLink};

/** The lines cut into pages (see eachPageOf). */
export function * eachPage(lines: Iterable<Line>, height: number): Generator<Page, void, undefined> {
	for (const page of eachPageOf(lines, height, lineRules)) yield {lines: page};
}

/** The lines cut into pages (see eachPage). */
export function paginate(lines: Iterable<Line>, height: number): Page[] {
	return Array.from(eachPage(lines, height));
}

/** An article's pages: all laid out (an array), or laid out as they are shown. */
type Pages = readonly Page[] | ArticlePages;

function allLaidOut(pages: Pages): pages is readonly Page[] {
	return Array.isArray(pages);
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
export function pageOfPlace(pages: Pages, block: number): number {
	if (!allLaidOut(pages)) return pages.pageOfPlace(block);
	const index = pages.findIndex(page => topBlock(page) === block);
	return index === -1 ? pageOfBlock(pages, block) : index;
}

/**
 * The page showing the first line of `block`, or of the nearest later block
 * when it has none; the last page when nothing comes at or after it.
 */
export function pageOfBlock(pages: Pages, block: number): number {
	if (!allLaidOut(pages)) return pages.pageOfBlock(block);
	for (const [index, page] of pages.entries()) {
		if (page.lines.some(line => !isBlank(line) && line.block >= block)) return index;
	}

	return Math.max(0, pages.length - 1);
}
