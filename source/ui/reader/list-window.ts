// A list scrolls as a window over its items (the articles, the picker's
// reactions): the top row moves only when the cursor would leave the
// window, and never so far that the window shows empty rows while there are
// items above it. Nothing rotates round at the ends.

/** An index kept inside a list of `count` (0 for an empty one), so that the ends stop the cursor. */
export function clampIndex(index: number, count: number): number {
	return Math.max(0, Math.min(index, count - 1));
}

/** The first row to show, given the last one shown and where the cursor is now: the window follows the cursor, it does not jump. */
export function windowTop(top: number, cursor: number, height: number, count: number): number {
	const rows = Math.max(1, height);
	let next = Math.min(top, cursor);
	if (cursor >= next + rows) next = cursor - rows + 1;
	return Math.max(0, Math.min(next, count - rows));
}
