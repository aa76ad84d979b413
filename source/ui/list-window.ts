// The list scrolls as a window over the articles: the top row moves only
// when the cursor would leave the window, and never so far that the window
// shows empty rows while there are articles above it.

export function clampIndex(index: number, count: number): number {
	return Math.max(0, Math.min(index, count - 1));
}

/** The first row to show, given the last one shown and where the cursor is now. */
export function windowTop(top: number, cursor: number, height: number, count: number): number {
	const rows = Math.max(1, height);
	let next = Math.min(top, cursor);
	if (cursor >= next + rows) next = cursor - rows + 1;
	return Math.max(0, Math.min(next, count - rows));
}

/** The list's share of the body's rows: a header line once there are two, the articles in the rest. */
export function listRows(bodyHeight: number): {hasHeader: boolean; articles: number} {
	const hasHeader = bodyHeight >= 2;
	return {hasHeader, articles: hasHeader ? bodyHeight - 1 : bodyHeight};
}
