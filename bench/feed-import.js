// `broadsheet import` of a generated 5,000-item feed against newsboat 2.21
// loading the same file into a fresh cache (issue 8, "Performance": at most
// newsboat's time). Run from bench/run.js: `npm run bench -- import`.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
// The same seeded generator as the articles', so every run times the very same feed.
import {random} from './corpus.js';

const items = 5000;

const words = ('council transit budget minister harbour winter plan vote delays commuters rail '
	+ 'bridge repairs funding schools hospital report inquiry market prices energy grid '
	+ 'storm forecast river flooding residents mayor opposition union strike talks '
	+ 'agreement shipping port exports farmers harvest drought water supply tariffs '
	+ 'court ruling appeal election campaign polls turnout district housing rents '
	+ 'construction permits safety regulators airline airport runway noise emissions').split(' ');
const names = ['Ada Moreno', 'Tomás Lindqvist', 'Priya Natarajan', 'Jon Okafor', 'Mei Takahashi', 'Ruth Abernathy', 'Karim Haddad', 'Olga Petrenko'];
const sections = ['Politics', 'Business', 'World', 'Science', 'Transport', 'Climate', 'Local', 'Health'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const zones = ['+0000', '+0100', '-0500', '+0530', 'GMT'];

function feedXml() {
	const next = random(8);
	const pick = list => list[Math.floor(next() * list.length)];
	const sentence = (length = 8 + Math.floor(next() * 10)) => {
		const text = Array.from({length}, () => pick(words)).join(' ');
		return `${text[0].toUpperCase()}${text.slice(1)}.`;
	};
	const pad = n => String(n).padStart(2, '0');
	// Real feeds mix inline markup, entities and quotes into their paragraphs.
	const paragraph = () => {
		const kind = next();
		if (kind < 0.2) return `<p>&#8220;${sentence()}&#8221; said ${pick(names)}, adding that the ${pick(words)} &amp; ${pick(words)} would wait.</p>`;
		if (kind < 0.35) return `<blockquote><p>${sentence()} ${sentence()}</p></blockquote>`;
		return `<p>${sentence()} <a href="https://news.example.org/${pick(words)}">${sentence(3)}</a> ${sentence()} <em>${sentence(4)}</em> ${sentence()}</p>`;
	};

	const parts = [`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>The Bench Gazette</title>
<link>https://news.example.org/</link>
<description>Generated news for timing imports</description>
<language>en-gb</language>
`];
	let time = Date.UTC(2026, 10, 30, 23, 0, 0);
	for (let index = 0; index < items; index++) {
		time -= Math.floor(next() * 40 * 60_000);
		const date = new Date(time);
		const pubDate = `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${pick(zones)}`;
		const title = sentence(5 + Math.floor(next() * 6)).slice(0, -1);
		const slug = title.toLowerCase().replaceAll(' ', '-');
		const body = Array.from({length: 2 + Math.floor(next() * 3)}, paragraph).join('\n');
		parts.push(`<item>
<title>${title}</title>
<guid isPermaLink="false">bench-gazette-${index}</guid>
<link>https://news.example.org/${index}/${slug}</link>
<pubDate>${pubDate}</pubDate>
<dc:creator>${pick(names)}</dc:creator>
<category>${pick(sections)}</category>
<description>&lt;p&gt;${sentence()} ${sentence()}&lt;/p&gt;</description>
<content:encoded><![CDATA[${body}]]></content:encoded>
</item>
`);
	}

	parts.push('</channel>\n</rss>\n');
	return parts.join('');
}

function timed(command, args, options) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {...options, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	const time = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.error || result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}${result.stdout}`);
	return time;
}

function newsboatVersion() {
	const result = spawnSync('newsboat', ['--version'], {encoding: 'utf8'});
	return result.error ? undefined : result.stdout.split(' - ')[0].trim();
}

/** How many items newsboat stored: its own word, not its exit code, which is 0 even when a feed failed to load. */
function newsboatItems(cache, args, options) {
	const sqlite = spawnSync('sqlite3', [cache, 'select count(*) from rss_item'], {encoding: 'utf8'});
	if (!sqlite.error && sqlite.status === 0) return Number(sqlite.stdout.trim());
	const unread = spawnSync('newsboat', [...args, '-x', 'print-unread'], {...options, encoding: 'utf8'});
	return Number(/(\d+) unread/.exec(unread.stdout)?.[1] ?? 0);
}

/** Times both, alternating which goes first, each round into a fresh folder and a fresh cache; returns the medians. */
export function feedImport({cli, rounds, temp, env, median, ms}) {
	const work = mkdtempSync(path.join(temp, 'import-'));
	const feed = path.join(work, 'feed.xml');
	const xml = feedXml();
	writeFileSync(feed, xml);
	writeFileSync(path.join(work, 'urls'), `${pathToFileURL(feed).href}\n`);
	// An empty config of its own, so nothing on this machine changes what newsboat does.
	writeFileSync(path.join(work, 'newsboat.conf'), '');
	const version = newsboatVersion();
	const times = {broadsheet: [], newsboat: [], floor: []};
	let texts = [];

	const runs = {
		broadsheet(round) {
			const folder = path.join(work, `articles-${round}`);
			const store = path.join(work, `store-${round}`);
			mkdirSync(folder);
			mkdirSync(store);
			times.broadsheet.push(timed(process.execPath, [cli, '--dir', folder, 'import', feed], {env: {...env, BROADSHEET_CONFIG_DIR: store, XDG_DATA_HOME: store}}));
			const written = readdirSync(folder).filter(name => name.endsWith('.txt'));
			if (written.length !== items) throw new Error(`broadsheet import wrote ${written.length} files, not ${items}`);
			if (texts.length === 0) texts = written.map(name => readFileSync(path.join(folder, name), 'utf8'));
		},
		// newsboat writes one SQLite file, broadsheet a file an article; this is what the
		// filesystem alone charges for the latter, which no change to parsing can win back.
		floor(round) {
			const folder = path.join(work, `floor-${round}`);
			mkdirSync(folder);
			const start = process.hrtime.bigint();
			for (const [index, text] of texts.entries()) {
				const temporary = path.join(folder, `.${index}.tmp`);
				writeFileSync(temporary, text, {flag: 'wx', mode: 0o644});
				renameSync(temporary, path.join(folder, `article-${index}.txt`));
			}

			times.floor.push(Number(process.hrtime.bigint() - start) / 1e6);
		},
		newsboat(round) {
			// -x needs no terminal and no TERM; a HOME of its own keeps it off the user's ~/.newsboat.
			const home = path.join(work, `newsboat-${round}`);
			mkdirSync(home);
			const options = {env: {PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_CACHE_HOME: path.join(home, 'cache')}};
			const cache = path.join(home, 'cache.db');
			const args = ['-C', path.join(work, 'newsboat.conf'), '-u', path.join(work, 'urls'), '-c', cache];
			times.newsboat.push(timed('newsboat', [...args, '-x', 'reload'], options));
			const loaded = newsboatItems(cache, args, options);
			if (loaded !== items) throw new Error(`newsboat loaded ${loaded} items of ${items} from ${feed}, so its time measures nothing`);
		},
	};
	const order = version ? ['broadsheet', 'floor', 'newsboat'] : ['broadsheet', 'floor'];
	// Each round's folders stay until the run ends: deleting 10,000 files between rounds
	// made the next round's file creation and newsboat's fsyncs several times slower here.
	const count = Math.max(3, Math.floor(rounds / 3));
	for (let round = 0; round < count; round++) {
		for (const name of round % 2 === 0 ? order : order.toReversed()) runs[name](round);
	}

	console.log(`\nimport of a ${items}-item RSS 2.0 feed (${(xml.length / 1024 / 1024).toFixed(1)} MB) into an empty folder, ${count} rounds`);
	if (!version) console.log('  newsboat is not installed, so broadsheet is timed alone (Debian: apt-get install newsboat)');
	const labels = {broadsheet: 'broadsheet import', newsboat: `${version} -x reload`, floor: `its ${items} files written by node alone`};
	for (const [name, values] of Object.entries(times)) {
		if (values.length > 0) console.log(`  ${labels[name].padEnd(44)} median ${ms(median(values)).padStart(10)}   rounds ${values.map(value => value.toFixed(0)).join(' ')} ms`);
	}

	if (version) {
		const ratio = median(times.broadsheet) / median(times.newsboat);
		console.log(`  broadsheet / newsboat ×${ratio.toFixed(2)} (target: at most ×1.00, newsboat's time): ${ratio <= 1 ? 'met' : 'NOT met'}`);
		console.log(`  files alone / newsboat ×${(median(times.floor) / median(times.newsboat)).toFixed(2)} (what this filesystem charges for a file an article)`);
	}

	return {broadsheet: median(times.broadsheet), newsboat: version ? median(times.newsboat) : undefined};
}
