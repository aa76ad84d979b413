// One temporary folder policy for every test: made under the system's
// temporary folder with a name saying whose it is, and removed when the test
// file's run ends, passed or failed.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after} from 'node:test';

const made: string[] = [];

after(() => {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A new empty folder, removed after the test file has run. */
export function tempDir(prefix = 'broadsheet-test-'): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
