// o in the built reader, in a real terminal: the article's link goes to
// $BROWSER (here a script that writes down what it was given) and the status
// line says so; an article without a link says that instead.
import assert from 'node:assert/strict';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {tempDir} from './helpers.js';
import {startTerminal, terminalEnv} from './terminal.js';

test('o hands the link to $BROWSER and says so; without a link it says there is none', async () => {
	const dir = tempDir('broadsheet-link-');
	const record = path.join(dir, 'opened.txt');
	const browser = path.join(dir, 'browser.sh');
	writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" > '${record}'\n`);
	chmodSync(browser, 0o755);
	const articles = path.join(dir, 'news');
	const {mkdirSync} = await import('node:fs');
	mkdirSync(articles);
	writeFileSync(path.join(articles, 'linked.txt'), '2026-02-05\n\nA linked story\n\nBy Ann Lee, Wire: The lead.\n\nLink: https://example.org/story?a=1&b=2\n');
	writeFileSync(path.join(articles, 'plain.txt'), '2026-02-04\n\nA plain story\n\nBy Ann Lee, Wire: The lead.\n');
	const terminal = startTerminal(['--dir', articles], {env: terminalEnv({BROWSER: browser})});
	try {
		await terminal.waitFor(/A plain story/);
		await terminal.ready();
		terminal.press('enter');
		await terminal.waitFor(/^Page 1\/1/m);
		terminal.press('o');
		await terminal.waitFor(/Opened https:\/\/example\.org\/story\?a=1&b=2/);
		for (let tries = 0; tries < 50 && !existsSync(record); tries++) await new Promise(resolve => setTimeout(resolve, 50));
		assert.equal(readFileSync(record, 'utf8'), 'https://example.org/story?a=1&b=2\n');
		terminal.press('J');
		await terminal.waitFor(/^A plain story$/m);
		terminal.press('o');
		await terminal.waitFor(/This article has no link/);
		terminal.press('q');
		terminal.press('q');
		assert.equal((await terminal.waitForExit()).code, 0);
	} finally {
		await terminal.close();
	}
});
