// The errors a user can act on. Each knows how the process ends when it
// reaches the command line, so the CLI maps none of them by name: its message
// is the one line on stderr, its exitCode the status (SPEC §3).

/** An error whose message is meant for the user; `exitCode` 1 says the work failed, 2 that the command line was wrong. */
export class BroadsheetError extends Error {
	readonly exitCode: 1 | 2 = 1;
}

/** The command line asks for something broadsheet cannot do as asked: an unknown flag, a bad value or combination, an unknown reaction, the reader without a terminal. */
export class UsageError extends BroadsheetError {
	override readonly exitCode = 2;
}
