// Runs the built program as a user's shell would: a child process with its
// own environment, stdout a pipe. Every test gets fresh folders, removed when
// its test file ends (test/support/temp.ts, reached through tsx).
import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {tempDir} from '../support/temp.js';

export {tempDir};
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = path.join(root, 'dist/cli.js');
export const shipped = path.join(root, 'articles');

/** A clean environment: no colour hints, a private store, data folder and cache (the library index). */
export function cleanEnv(extra = {}) {
	const env = {...process.env};
	for (const name of ['NO_COLOR', 'FORCE_COLOR', 'BROADSHEET_DIR', 'BROADSHEET_CONFIG_DIR', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'CI']) delete env[name];
	return {...env, BROADSHEET_CONFIG_DIR: tempDir('broadsheet-store-'), XDG_DATA_HOME: tempDir('broadsheet-data-'), XDG_CACHE_HOME: tempDir('broadsheet-cache-'), ...extra};
}

export function run(args, {env = cleanEnv(), input, nodeArgs = []} = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [...nodeArgs, cli, ...args], {env, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
		child.stdin.end(input);
	});
}
