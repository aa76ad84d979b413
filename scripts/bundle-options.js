// How broadsheet is bundled, shared by scripts/build.js and the bench's
// Ink hello-world, so that the two are measured alike.
import {readFileSync} from 'node:fs';

// Yoga (Ink's layout engine) loads its WebAssembly from a base64 data URL
// with fetch() when fetch exists, which makes Node load undici (~50 ms of the
// reader's first paint). Its own fallback decodes the same bytes in place:
// make it take that path, in Yoga's file only.
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, ({path}) => {
			const source = readFileSync(path, 'utf8');
			const patched = source.replaceAll('"function"!=typeof fetch', 'true');
			if (patched === source) throw new Error('yoga-without-fetch: the fetch test was not found; check the yoga-layout version');
			return {contents: patched, loader: 'js'};
		});
	},
};

export const bundleOptions = {
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
};
