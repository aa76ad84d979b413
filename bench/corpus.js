// The bench's articles, generated in the SPEC §1 format: every field varied
// (each form of date or none, a label or none, bylines with one or two
// authors and a dateline or not, summaries, straight and curly quotes, inch
// marks, links, prompts), seeded so that every run reads the very same bytes.
// Article n is the same in every library, so the 1,000-article library is the
// first tenth of the 10,000 one.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {freshFolder, temp} from './common.js';

/** A seeded generator (mulberry32): the same seed, the same numbers. */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const words = ('council transit budget minister harbour winter plan vote delays commuters rail '
	+ 'bridge repairs funding schools hospital report inquiry market prices energy grid '
	+ 'storm forecast river flooding residents mayor opposition union strike talks '
	+ 'agreement shipping port exports farmers harvest drought water supply tariffs '
	+ 'court ruling appeal election campaign polls turnout district housing rents '
	+ 'construction permits safety regulators airline airport runway noise emissions '
	+ 'the a of and to in on for with after before over under about against between').split(' ');
const names = ['Ada Moreno', 'Tomás Lindqvist', 'Priya Natarajan', 'Jon Okafor', 'Mei Takahashi', 'Ruth Abernathy', 'Karim Haddad', 'Olga Petrenko'];
const sources = ['BBC News', 'The Valley Courier', 'Harbour Daily', 'Reuters', 'Millbrook Gazette'];
const labels = ['politics', 'city hall', 'transport', 'local', 'world', 'climate', 'health', 'business'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** One article of about `size` bytes (its body grows to reach it), from seed `seed`. */
export function articleText(seed, size = 5000) {
	const next = random(seed + 1);
	const pick = list => list[Math.floor(next() * list.length)];
	const sentence = (length = 6 + Math.floor(next() * 12)) => {
		let text = pick(words);
		for (let index = 1; index < length; index++) text += ` ${pick(words)}`;
		return `${text[0].toUpperCase()}${text.slice(1)}.`;
	};
	const paragraph = () => {
		const kind = next();
		if (kind < 0.15) return `"${sentence()}" said ${pick(names)}, who added that the ${pick(words)} would wait.`;
		if (kind < 0.25) return `${pick(names)} called it “${sentence(4).slice(0, -1)}” and left. ${sentence()}`;
		if (kind < 0.3) return `The 12" ${pick(words)} pipe under ${pick(names).split(' ')[1]} Street burst twice. ${sentence()}`;
		return `${sentence()} ${sentence()} ${sentence()}`;
	};

	const blocks = [];
	const day = 1 + Math.floor(next() * 28);
	const month = Math.floor(next() * 12);
	const year = 2024 + Math.floor(next() * 3);
	const dateForm = next();
	if (dateForm < 0.3) blocks.push(`• ${pick(weekdays)}, ${day} ${months[month]} ${year}`);
	else if (dateForm < 0.55) blocks.push(`${months[month]} ${day}, ${year}`);
	else if (dateForm < 0.8) blocks.push(`- ${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
	else if (dateForm < 0.9) blocks.push(`${day} ${months[month]} ${year}`);
	blocks.push(`${sentence(5 + Math.floor(next() * 8)).slice(0, -1)} ${seed}`);
	if (next() < 0.6) blocks.push(pick(labels));
	const lead = paragraph();
	if (next() < 0.75) {
		if (next() < 0.7) blocks.push(sentence(12 + Math.floor(next() * 14)));
		const authors = next() < 0.3 ? `${pick(names)} and ${pick(names)}` : pick(names);
		const dateline = next() < 0.6 ? `, ${months[month].slice(0, 3)} ${day}` : '';
		blocks.push(`By ${authors}, ${pick(sources)}${dateline}: ${lead}`);
	} else {
		blocks.push(lead);
	}

	let length = blocks.reduce((sum, block) => sum + block.length + 2, 0);
	let linked = next() < 0.3;
	while (length < size) {
		const block = linked && next() < 0.1 ? `Link: https://news.example.org/${seed}/${pick(words)}` : paragraph();
		if (block.startsWith('Link:')) linked = false;
		blocks.push(block);
		length += block.length + 2;
	}

	if (next() < 0.4) blocks.push(`How did you feel about the ${pick(words)} ${pick(words)}?`);
	return `${blocks.join('\n\n')}\n`;
}

const idOf = index => `bench-${String(index).padStart(5, '0')}`;
const libraries = new Map();

/** A folder of `count` generated articles of ~5 KB (3–7 KB each), made once a run. */
export function library(count) {
	if (libraries.has(count)) return libraries.get(count);
	const folder = path.join(temp, `library-${count}`);
	mkdirSync(folder);
	for (let index = 0; index < count; index++) {
		const sizes = random(index * 7919);
		writeFileSync(path.join(folder, `${idOf(index)}.txt`), articleText(index, 3000 + Math.floor(sizes() * 4000)));
	}

	libraries.set(count, folder);
	return folder;
}

/** A folder holding one generated article of about `bytes`, named `big`. */
export function bigArticle(bytes) {
	const folder = path.join(temp, `big-${bytes}`);
	mkdirSync(folder, {recursive: true});
	writeFileSync(path.join(folder, 'big.txt'), articleText(424_242, bytes));
	return folder;
}

/**
 * A copy of `folder` whose files are not in the page cache: written afresh,
 * flushed to disk, then dropped from the cache with posix_fadvise(DONTNEED) —
 * per file, so nobody else's cache on this shared machine is touched (no
 * root's drop_caches). Returns the copy and how many of its pages are still cached.
 */
export function coldCopy(folder) {
	const copy = freshFolder('cold');
	cpSync(folder, copy, {recursive: true});
	const files = readdirSync(copy).map(name => path.join(copy, name));
	spawnSync('sync', {stdio: 'ignore'});
	evict(files);
	return {folder: copy, resident: residentPages(files)};
}

const python = ['import os, sys',
	'for name in sys.stdin.read().split("\\0")[:-1]:',
	'    fd = os.open(name, os.O_RDONLY); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED); os.close(fd)'].join('\n');

function evict(files) {
	const input = files.map(file => `${file}\0`).join('');
	// One python process for all files; GNU dd (coreutils) per file where python is missing: slower, the same effect.
	const result = spawnSync('python3', ['-c', python], {input, stdio: ['pipe', 'ignore', 'pipe']});
	if (result.error || result.status !== 0) {
		const dd = spawnSync('xargs', ['-0', 'sh', '-c', 'for f; do dd if="$f" iflag=nocache count=0 status=none; done', 'sh'], {input, stdio: ['pipe', 'ignore', 'pipe']});
		if (dd.status !== 0) throw new Error(`could not drop the copy from the page cache: ${dd.stderr}`);
	}
}

/** How many of the files' pages are in the page cache (util-linux fincore), or NaN without it. */
function residentPages(files) {
	const result = spawnSync('xargs', ['-0', 'fincore', '--raw', '--noheadings', '--output', 'PAGES'], {input: files.map(file => `${file}\0`).join(''), encoding: 'utf8'});
	if (result.error || result.status !== 0) return Number.NaN;
	return result.stdout.split('\n').filter(Boolean).reduce((sum, pages) => sum + Number(pages), 0);
}
