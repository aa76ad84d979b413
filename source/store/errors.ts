import {statSync} from 'node:fs';
import path from 'node:path';
import {BroadsheetError} from '../errors.js';

/**
 * Thrown (or rejected with) when the reactions store cannot be read or written
 * (exit 1); the message is one line that names the file and says why, ready for stderr.
 * `busy` says that only another process's lock stood in the way, so trying
 * again a moment later may succeed.
 */
export class StoreError extends BroadsheetError {
	readonly busy: boolean;

	constructor(message: string, options?: ErrorOptions & {busy?: boolean}) {
		super(message, options);
		this.name = 'StoreError';
		this.busy = options?.busy ?? false;
	}
}

const plainReasons: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	EISDIR: 'it is a folder, not a file',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'the path is too long',
	EIO: 'input/output error',
};

/** Why `error` stopped us from using the store at `file`, in words a user can act on. */
export function reasonFor(error: unknown, file: string): string {
	const code = errorCode(error);
	if (code === 'ENOTDIR' || code === 'EEXIST') {
		const blocker = firstNonFolderAbove(file);
		if (blocker !== undefined) {
			return `${blocker} is not a folder`;
		}
	}

	if (code === 'ELOCKED') {
		return `another process holds its lock (remove ${file}.lock if no broadsheet is running)`;
	}

	if (code !== undefined && code in plainReasons) {
		return plainReasons[code]!;
	}

	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n', 1)[0]!;
}

/** The `code` of a Node or proper-lockfile error (`ENOENT`, `ELOCKED`), or undefined for anything else thrown. */
export function errorCode(error: unknown): string | undefined {
	if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
		return error.code;
	}

	return undefined;
}

// The nearest ancestor of `file` that exists but is not a folder: what made mkdir -p fail.
function firstNonFolderAbove(file: string): string | undefined {
	const ancestors: string[] = [];
	for (let current = path.dirname(file); ; current = path.dirname(current)) {
		ancestors.unshift(current);
		if (path.dirname(current) === current) {
			break;
		}
	}

	for (const ancestor of ancestors) {
		try {
			if (!statSync(ancestor).isDirectory()) {
				return ancestor;
			}
		} catch {
			return undefined;
		}
	}

	return undefined;
}
