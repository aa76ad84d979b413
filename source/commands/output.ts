// The end of a command's output: a stdout that fails (a full disk, a broken
// device) is one line and exit 1, never a stack trace; a reader that closes
// the pipe early (`| head`) is not an error; and the process ends only once
// what it wrote has been handed to the system, so a long stderr on a pipe
// arrives whole.
import {BroadsheetError} from '../errors.js';

/** stdout failed for a reason other than a closed pipe: exit 1. */
export class OutputError extends BroadsheetError {}

/** A stream as `written` needs it: Node's stdout and stderr are such streams. */
type Stream = {write(text: string, done: (error?: Error | null) => void): unknown; errored?: Error | null};

/** Whether an error is the reader of a pipe having gone: the output is no longer wanted, which is not a failure. */
export function isClosedPipe(error: unknown): boolean {
	return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/** The system's words for a write error: `no space left on device` from `ENOSPC: no space left on device, write`. */
function reasonOf(error: NodeJS.ErrnoException): string {
	return /^E[A-Z\d]+: ([^,]+)/.exec(error.message)?.[1] ?? error.code ?? error.message;
}

/** The first error the stream failed with, once everything written to it so far has been handed on; undefined if none. */
export function drained(stream: Stream): Promise<NodeJS.ErrnoException | undefined> {
	return new Promise(resolve => {
		// A stream that failed earlier answers later writes with "destroyed": the first error is the one to tell.
		const settle = (error?: Error | null) => resolve((stream.errored ?? error ?? undefined) as NodeJS.ErrnoException | undefined);
		try {
			stream.write('', settle);
		} catch (error) {
			settle(error as Error);
		}
	});
}

/** Waits for stdout to take everything written to it; an OutputError if it could not (a closed pipe is no error). */
export async function written(stdout: Stream): Promise<void> {
	const error = await drained(stdout);
	if (error && !isClosedPipe(error)) throw new OutputError(`cannot write output: ${reasonOf(error)}`);
}
