// What an error says, in one line: the status line and stderr have room
// for one, and a stack or a multi-line message would break either.
import {StoreError} from '../../store/errors.js';

// The store says `cannot write the reactions store <path>: <reason>`, whole on
// stderr; a status line cuts the end off, and a long path left no room for the
// reason, the part a user can act on. The store's file is always config.json
// (storeFile), which tells where its path ends even when the reason holds `: `.
// StoreError has no fields for the path and the reason yet, so they are read
// back from this one shape; any other message stays as it is.
const storeMessage = /^cannot (read|write) the reactions store (.*?config\.json): (.+)$/u;

/** The first line of an error's message, whatever was thrown; a store's error with its reason first and its path last. */
export function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const line = text.split('\n', 1)[0] ?? '';
	return error instanceof StoreError ? reasonFirst(line) : line;
}

/** A store's one-line message (`cannot read the reactions store <path>: <reason>`) with its reason first and its path last; any other line as it is. */
export function reasonFirst(line: string): string {
	const match = storeMessage.exec(line);
	if (!match) return line;
	const [, action, file, reason] = match as unknown as [string, string, string, string];
	// The lead-in says a write failed (`Not saved: `, `Not reloaded: `); a read has none.
	const verb = action === 'read' ? 'cannot read: ' : '';
	// A reason that ends in its own aside (the lock's `(remove … if no broadsheet is running)`) takes the path into it.
	const where = `reactions store ${file}`;
	return reason.endsWith(')') ? `${verb}${reason.slice(0, -1)}; ${where})` : `${verb}${reason} (${where})`;
}
