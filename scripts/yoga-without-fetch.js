import {readFileSync} from 'node:fs';

// Yoga (Ink's layout engine) loads its WebAssembly from a base64 data URL
// with fetch() when fetch exists, which makes Node load undici (~50 ms of the
// reader's first paint). Its own fallback decodes the same bytes in place:
// make it take that path, in Yoga's file only.
export const yogaWithoutFetch = {
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
