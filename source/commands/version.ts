// `--version`: the version in package.json.
import {createRequire} from 'node:module';
import type {Context} from './context.js';

/** Writes the version, alone on a line. */
export async function run(context: Context): Promise<void> {
	// Bundled into dist/cli.js: package.json sits one folder above it.
	const require = createRequire(import.meta.url);
	context.write((require('../package.json') as {version: string}).version + '\n');
}
