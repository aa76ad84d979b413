// What a terminal sends for each key, shared by the component tests (written
// to ink-testing-library's stdin) and the end-to-end tests (written to a
// pseudo-terminal).
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	space: ' ',
	backspace: '\u007F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	ctrlC: '\u0003',
} as const;
