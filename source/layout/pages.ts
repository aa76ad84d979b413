// An article's pages at one size, known before any of them is laid out. A
// counting pass finds where every line breaks (offsets into the text, no
// styled runs), the pages are cut from that, and a page's lines are made when
// it is first asked for: opening a long article lays out the page on screen,
// not the thousand after it, and `Page X/Y` is exact from the start.
import {PageCutter} from './paginate.js';
import type {Line, Page} from './types.js';

/** The article's lines at one width as the counting pass left them: read by index, a line made only when asked for. */
export type LineTable = {
	readonly count: number;
	isBlank(index: number): boolean;
	isLink(index: number): boolean;
	block(index: number): number;
	line(index: number): Line;
};

// No text line on the page (the one empty page of an article with no lines):
// below every block, so that no block is found there.
const noBlock = -0x8000_0000;

/** The last index in [0, count) for which `below` holds (they come first), or -1. */
function lastWhere(count: number, below: (index: number) => boolean): number {
	let low = 0;
	let high = count;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (below(middle)) low = middle + 1;
		else high = middle;
	}

	return low - 1;
}

/**
 * The pages of an article at W × H (the same pages, line for line, as cutting
 * all its lines would give), each laid out once, when first asked for. The
 * pages' lines in order are one run of lines, as scrolling sees them: a line
 * is named by its index in that run.
 */
export class ArticlePages {
	/** How many pages there are. */
	readonly length: number;
	/** How many lines the pages hold in all. */
	readonly lineCount: number;
	// For each page: the table index of its first line, where it starts in the run (one more entry: the end), its top block, and the block of its last text line.
	private readonly firsts: Int32Array;
	private readonly starts: Int32Array;
	private readonly tops: Int32Array;
	private readonly lastBlocks: Int32Array;
	private readonly made: Array<Page | undefined>;

	constructor(private readonly table: LineTable, height: number) {
		const firsts: number[] = [];
		const sizes: number[] = [];
		const rules = {isBlank: (index: number) => table.isBlank(index), isLink: (index: number) => table.isLink(index)};
		const cutter = new PageCutter<number>(height, rules, page => {
			// A page's lines are consecutive in the table: only blanks before its first are left out.
			firsts.push(page[0] ?? 0);
			sizes.push(page.length);
		});
		for (let index = 0; index < table.count; index++) cutter.push(index);
		cutter.finish();

		this.length = firsts.length;
		this.firsts = Int32Array.from(firsts);
		this.starts = new Int32Array(this.length + 1);
		this.tops = new Int32Array(this.length);
		this.lastBlocks = new Int32Array(this.length);
		for (let page = 0; page < this.length; page++) {
			const first = firsts[page]!;
			const end = first + sizes[page]!;
			this.starts[page + 1] = this.starts[page]! + sizes[page]!;
			let top = first;
			while (top < end && table.isBlank(top)) top++;
			this.tops[page] = top < end ? table.block(top) : -1;
			let last = end - 1;
			while (last >= first && table.isBlank(last)) last--;
			this.lastBlocks[page] = last >= first ? table.block(last) : noBlock;
		}

		this.lineCount = this.starts[this.length]!;
		this.made = Array.from({length: this.length});
	}

	/** Page `index`'s lines, made the first time it is asked for. Shared: do not mutate. */
	page(index: number): Page {
		let page = this.made[index];
		if (page === undefined) {
			const first = this.firsts[index]!;
			const size = this.starts[index + 1]! - this.starts[index]!;
			const lines: Line[] = [];
			for (let line = 0; line < size; line++) lines.push(this.table.line(first + line));
			page = {lines};
			this.made[index] = page;
		}

		return page;
	}

	/** Where page `index` starts in the run of lines (the run's length past the last page). */
	pageStart(index: number): number {
		return this.starts[Math.max(0, Math.min(index, this.length))]!;
	}

	/** The page holding line `line` of the run (the last page for a line past the end). */
	pageAt(line: number): number {
		return Math.max(0, Math.min(this.length - 1, lastWhere(this.length, page => this.starts[page]! <= line)));
	}

	/** Line `line` of the run, laying out its page if need be. */
	line(line: number): Line | undefined {
		if (line < 0 || line >= this.lineCount) return undefined;
		const page = this.pageAt(line);
		return this.page(page).lines[line - this.starts[page]!];
	}

	/** The block line `line` of the run carries, without laying anything out. */
	blockAt(line: number): number | undefined {
		if (line < 0 || line >= this.lineCount) return undefined;
		const page = this.pageAt(line);
		return this.table.block(this.firsts[page]! + line - this.starts[page]!);
	}

	/** Block of page `index`'s first non-blank line (-1, the header, for an empty page). */
	topBlock(index: number): number {
		return this.tops[index] ?? -1;
	}

	/**
	 * The page showing the first line of `block`, or of the nearest later block
	 * when it has none; the last page when nothing comes at or after it.
	 */
	pageOfBlock(block: number): number {
		// Blocks only grow down the article: the pages whose text all comes before the block come first.
		const before = lastWhere(this.length, page => this.lastBlocks[page]! < block);
		return before + 1 < this.length ? before + 1 : Math.max(0, this.length - 1);
	}

	/**
	 * The page to reopen at a stored place: the first page whose top line is in
	 * that block, else the page where the block starts.
	 */
	pageOfPlace(block: number): number {
		const page = lastWhere(this.length, index => this.tops[index]! < block) + 1;
		return page < this.length && this.tops[page] === block ? page : this.pageOfBlock(block);
	}
}
