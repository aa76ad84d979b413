// Bundles source/ into dist/: one ESM entry (dist/cli.js) that the scripting
// path runs without ever loading Ink or React, plus a lazily imported chunk
// for the interactive reader. Bundling cuts start-up from ~450 ms (resolving
// ink's module graph) to about a bare `node` start.
//
// Since dist/ holds every package it runs, the installed package depends on
// nothing: their licenses travel in dist/THIRD-PARTY-NOTICES.txt, written
// from esbuild's metafile so that it names exactly what this build bundled.
import {build} from 'esbuild';
import {chmodSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {bundleOptions} from './bundle-options.js';

/** The license notices of every package with code in the output, one section each, by name. */
function notices(metafile) {
	// A package is its folder under the last node_modules/ of an input's path
	// (nested copies, such as a second version of a package, are their own).
	const folders = new Set();
	for (const output of Object.values(metafile.outputs)) {
		for (const [input, {bytesInOutput}] of Object.entries(output.inputs)) {
			const folder = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
			if (folder && bytesInOutput > 0) folders.add(folder);
		}
	}

	const sections = new Map();
	for (const folder of folders) {
		const {name, version, license, licenses} = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
		const id = `${name}@${version}`;
		if (sections.has(id)) continue;
		const kind = typeof license === 'string' ? license : (license?.type ?? licenses?.map(each => each.type).join(' OR '));
		const files = readdirSync(folder).filter(file => /^(licen[cs]e|copying)([.-].*)?$/i.test(file)).sort();
		let text = files.map(file => readFileSync(path.join(folder, file), 'utf8').trim()).join('\n\n');
		if (!text) text = withoutLicenseFile(folder, id, kind, metafile);
		sections.set(id, {name, version, text: `${name} ${version}\nLicense: ${kind}\n\n${text}\n`});
	}

	const byName = (a, b) => (a.name === b.name ? a.version.localeCompare(b.version, 'en', {numeric: true}) : a.name < b.name ? -1 : 1);
	const packages = [...sections.values()].sort(byName);
	const rule = `\n${'-'.repeat(72)}\n\n`;
	return `broadsheet's dist/ bundles the code of the ${packages.length} packages below. Their notices follow.\n\n`
		+ packages.map(({name, version}) => `  ${name} ${version}\n`).join('') + rule + packages.map(({text}) => text).join(rule);
}

/**
 * A package that ships no license file (yoga-layout and saxes do not): the
 * copyright lines in its bundled files (else its package.json author) and,
 * for MIT or ISC, the license's standard text. Any other license stops the
 * build, for someone to look at it.
 */
function withoutLicenseFile(folder, id, kind, metafile) {
	const standard = {MIT: mitPermission, ISC: iscPermission}[kind];
	if (standard === undefined) throw new Error(`build: ${id} is bundled but ships no license file, and its license is ${kind ?? 'not given'}`);
	const holders = new Set();
	for (const input of Object.keys(metafile.inputs)) {
		if (!input.startsWith(`${folder}/`)) continue;
		for (const [, holder] of readFileSync(input, 'utf8').matchAll(/Copyright (?:\(c\)|©)\s*([^\n*]+)/gi)) holders.add(holder.trim());
	}

	let from = 'its source files';
	if (holders.size === 0) {
		const {author} = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
		const name = typeof author === 'string' ? author : author?.name;
		if (!name) throw new Error(`build: ${id} is bundled but ships no license file and names no copyright holder`);
		holders.add(name);
		from = 'its package.json author';
	}

	const copyright = [...holders].map(holder => `Copyright (c) ${holder}`).join('\n');
	return `(${id} ships no license file; the copyright line is from ${from}, the text is the ${kind} License's.)\n\n${kind} License\n\n${copyright}\n\n${standard}`;
}

const iscPermission = `Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.`;

const mitPermission = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

rmSync('dist', {recursive: true, force: true});
const {metafile} = await build({...bundleOptions, entryPoints: {cli: 'source/cli.tsx'}, outdir: 'dist', metafile: true});
chmodSync('dist/cli.js', 0o755);
writeFileSync('dist/THIRD-PARTY-NOTICES.txt', notices(metafile));
