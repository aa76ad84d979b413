// What an error says, in one line: the status line and stderr have room
// for one, and a stack or a multi-line message would break either.

/** The first line of an error's message, whatever was thrown. */
export function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n', 1)[0] ?? '';
}
