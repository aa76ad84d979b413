// The reader's frame while the folder is read (issue 7, item 18): at every
// size it fits the terminal and says how far the reading has got, in the
// status line's words for the width; under 10×3 the too-small notice. Keys
// typed meanwhile wait for the list and act on it then.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {act} from 'react';
import {cleanup, render} from 'ink-testing-library';
import {reactions} from '../../source/news/catalogue.js';
import {openSession} from '../../source/ui/reader/session.js';
import {start, step} from '../../source/ui/reader/step.js';
import {LoadingScreen} from '../../source/ui/screens/loading.js';
import {ThemeProvider} from '../../source/ui/screens/theme.js';
import {loadingView, type LoadingProgress} from '../../source/ui/view/loading.js';
import {screenSize, stepContext} from '../../source/ui/view/size.js';
import {library, numbered} from '../support/articles.js';
import {cursorLine, frameFits, renderApp, resetRenders, tempStore} from './helpers.js';

afterEach(async () => {
	await act(async () => {
		cleanup();
	});
	await resetRenders();
});

async function drawn(columns: number, rows: number, progress: LoadingProgress): Promise<string> {
	let frame = '';
	await act(async () => {
		const instance = render(
			<ThemeProvider colour={false}>
				<LoadingScreen view={loadingView(screenSize(columns, rows, 80), progress)} />
			</ThemeProvider>,
		);
		frame = instance.lastFrame() ?? '';
	});
	return frame;
}

const halfway = {read: 40_000, total: 100_000};

test('at 80×24 the status line says how many files are read of how many, and q to quit', async () => {
	const lines = (await drawn(80, 24, halfway)).split('\n');
	assert.equal(lines.length, 23);
	assert.match(lines[22]!, /^Reading 40,000 of 100,000 files… +q quit$/);
	assert.ok(lines.slice(0, 22).every(line => line.trim() === ''), 'the body is empty');
});

test('before the first slice it says the folder is being read', async () => {
	const frame = await drawn(80, 24, undefined);
	assert.match(frame.split('\n').at(-1)!, /^Reading the folder…/);
});

test('every size fits and says something of the reading; under 10×3 the too-small notice', async () => {
	const sizes: Array<[number, number]> = [[80, 24], [30, 8], [20, 4], [12, 4], [10, 3], [11, 5], [100, 30]];
	for (const [columns, rows] of sizes) {
		for (const progress of [undefined, halfway, {read: 100_000, total: 100_000}]) {
			const frame = await drawn(columns, rows, progress);
			const where = `${columns}×${rows} ${JSON.stringify(progress)}`;
			assert.equal(frameFits(frame, columns, rows), undefined, where);
			// One of the status line's wordings, said whole (not cut short), then the hint where it fits.
			const status = frame.split('\n').at(-1)!.replace(/ +q quit$/, '').trimEnd();
			assert.match(status, progress === undefined ? /^Reading( the folder)?…$/ : /^(Reading [\d,]+ of [\d,]+ files…|Reading [\d,]+\/[\d,]+…|[\d,]+\/[\d,]+|(Reading )?\d+%)$/, where);
		}
	}

	for (const [columns, rows] of [[9, 3], [10, 2], [3, 1]] as const) {
		const frame = await drawn(columns, rows, halfway);
		assert.match(frame, /^(too small|t.*…)$/, `${columns}×${rows}`);
		assert.doesNotMatch(frame, /Reading|%/);
	}
});

test('the App mounts on the state the keys typed at the first frame left, and acts on no key twice', async () => {
	const shown = library(numbered(5));
	const store = tempStore();
	const session = openSession(store);
	const context = stepContext(shown.articles, reactions, screenSize(80, 24, 80), session);
	let first = start(context);
	for (const command of ['down', 'down'] as const) first = step(first.state, {type: 'command', command}, context);
	const app = await renderApp({library: shown, store, session, first});
	assert.match(cursorLine(app.frame()) ?? '', /Article 02/);
	await app.resize(80, 20);
	assert.match(cursorLine(app.frame()) ?? '', /Article 02/, 'not acted on again');
	await app.press('j');
	assert.match(cursorLine(app.frame()) ?? '', /Article 03/, 'keys go on from there');
});
