// Bundles source/ into dist/: one ESM entry (dist/cli.js) that the scripting
// path runs without ever loading Ink or React, plus a lazily imported chunk
// for the interactive reader. Bundling cuts start-up from ~450 ms (resolving
// ink's module graph) to about a bare `node` start.
import {build} from 'esbuild';
import {chmodSync, rmSync} from 'node:fs';
import {yogaWithoutFetch} from './yoga-without-fetch.js';

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	// Names stay readable in the one-line errors that quote them.
	keepNames: true,
	// Ink's development reconciler is slower and leaks a performance entry per render.
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink only imports it under DEV=true; it is not installed.
	external: ['react-devtools-core'],
	banner: {
		// CommonJS dependencies (proper-lockfile, graceful-fs) call require() for builtins.
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
	},
	plugins: [yogaWithoutFetch],
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
