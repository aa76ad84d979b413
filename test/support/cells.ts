// A headless terminal (@xterm/headless) that draws as terminals do today,
// and its screen read back cell by cell: what a user would see, to compare
// two ways of drawing the same screen.
import xterm from '@xterm/headless';
import stringWidth from 'string-width';

// @xterm/headless is CommonJS: under ESM its classes hang off the default export.
const {Terminal} = xterm;
type Terminal = InstanceType<typeof Terminal>;

// xterm.js measures with Unicode 6 unless told otherwise, where most emoji
// (🏮, 😮) take one cell; terminals today give them two, as string-width
// does. This width table makes the headless terminal draw like them.
const cellWidths = new Map<number, 0 | 1 | 2>();
function cellWidth(codePoint: number): 0 | 1 | 2 {
	let width = cellWidths.get(codePoint);
	if (width === undefined) {
		width = Math.min(2, stringWidth(String.fromCodePoint(codePoint))) as 0 | 1 | 2;
		cellWidths.set(codePoint, width);
	}

	return width;
}

const modernWidths = {
	version: 'string-width',
	wcwidth: cellWidth,
	// As xterm's own tables do: a zero-width character joins the one before it. The value packs (width << 1) | joins.
	charProperties(codePoint: number, preceding: number): number {
		let width: number = cellWidth(codePoint);
		let joins = width === 0 && preceding !== 0;
		if (joins) {
			const before = (preceding >> 1) & 3;
			if (before === 0) joins = false;
			else width = Math.max(width, before);
		}

		return (width << 1) | (joins ? 1 : 0);
	},
};

/** A headless terminal of cols×rows that draws wide characters as terminals today do. */
export function headlessTerminal(cols: number, rows: number): Terminal {
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	terminal.unicode.register(modernWidths);
	terminal.unicode.activeVersion = modernWidths.version;
	return terminal;
}

/** Writes `data` into the headless terminal and settles once it is parsed. */
export async function written(terminal: Terminal, data: string): Promise<void> {
	return new Promise(resolve => {
		terminal.write(data, resolve);
	});
}

/** Every cell of the visible screen as text (its characters, width and attributes), a row a line: two screens that look alike give the same. */
export function cells(terminal: Terminal): string[] {
	const buffer = terminal.buffer.active;
	const rowsShown: string[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		const shown: string[] = [];
		for (let x = 0; x < terminal.cols; x++) {
			const cell = line?.getCell(x);
			if (!cell) continue;
			const attributes = [cell.isBold() && 'b', cell.isDim() && 'd', cell.isItalic() && 'i', cell.isUnderline() && 'u', cell.isInverse() && 'r', `f${cell.getFgColorMode()}:${cell.getFgColor()}`, `g${cell.getBgColorMode()}:${cell.getBgColor()}`].filter(Boolean).join('');
			shown.push(`${cell.getChars() || ' '}/${cell.getWidth()}/${attributes}`);
		}

		rowsShown.push(shown.join(' '));
	}

	return rowsShown;
}

