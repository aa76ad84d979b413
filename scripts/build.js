// Bundles source/ into dist/: one ESM entry (dist/cli.js) that the scripting
// path runs without ever loading Ink or React, plus a lazily imported chunk
// for the interactive reader. Bundling cuts start-up from ~450 ms (resolving
// ink's module graph) to about a bare `node` start.
import {build} from 'esbuild';
import {chmodSync, rmSync} from 'node:fs';
import {bundleOptions} from './bundle-options.js';

rmSync('dist', {recursive: true, force: true});
await build({...bundleOptions, entryPoints: {cli: 'source/cli.tsx'}, outdir: 'dist'});
chmodSync('dist/cli.js', 0o755);
