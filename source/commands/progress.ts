// The progress bar `update` draws on a terminal's stderr while feeds come in.

const barCells = 20;

/** `updating feeds [########------------] 4/10`: ASCII, so that it is one column a cell in every terminal and font. */
export function progressBar(what: string, done: number, total: number): string {
	const filled = total === 0 ? barCells : Math.round((done / total) * barCells);
	return `${what} [${'#'.repeat(filled)}${'-'.repeat(barCells - filled)}] ${done}/${total}`;
}
