// The painter's frame (drawn before Ink loads) and Ink's frame of the same
// lines must be the same cells, or Ink taking over would show: each screen,
// at several sizes, in colour, is drawn both ways into a headless terminal
// and compared cell by cell (characters, widths, attributes, colours).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import chalk from 'chalk';
import {render} from 'ink-testing-library';
import type {ReactionId} from '../../source/news/catalogue.js';
import type {ReaderState} from '../../source/ui/reader/state.js';
import {start, step} from '../../source/ui/reader/step.js';
import type {Command} from '../../source/ui/reader/commands.js';
import {paintedFrame} from '../../source/ui/paint/ansi.js';
import {loadingLines, screenLines} from '../../source/ui/paint/lines.js';
import {themeFor} from '../../source/ui/paint/theme.js';
import {ShownScreen} from '../../source/ui/screens/index.js';
import {LoadingScreen} from '../../source/ui/screens/loading.js';
import {ThemeProvider} from '../../source/ui/screens/theme.js';
import {loadingView} from '../../source/ui/view/loading.js';
import {screenSize} from '../../source/ui/view/size.js';
import {article, longParagraphs} from '../support/articles.js';
import {cells, headlessTerminal, written} from '../support/cells.js';
import {pureReader} from '../support/reader.js';
import {resetRenders} from './helpers.js';

afterEach(resetRenders);

// Colour on, for Ink's <Text> and the painter alike (both style through chalk): the attributes are compared too.
chalk.level = 1;

const articles = [
	article('lantern', {title: '🏮 港湾镇灯笼节点亮旧码头，三万游客夜游海岸', label: '节庆', summary: '停办三年的灯笼节今年回到旧码头', link: 'https://example.com/lantern', paragraphs: ['港湾镇一年一度的灯笼节星期五晚上在旧码头开幕。🏮 “引号” and a \u0022quote\u0022.', ...longParagraphs(6)]}),
	article('council', {title: 'Millbrook council passes budget by one vote after a long night', label: 'city hall'}),
	article('bakers', {title: "Elmsford's young bakers rise to the occasion", date: null}),
	...Array.from({length: 30}, (_, index) => article(`more-${index}`, {title: `More news, number ${index} — with “quotes”`})),
];

const sizes: Array<[number, number]> = [[100, 30], [80, 24], [50, 16], [12, 4], [9, 3], [120, 40]];

// The screens, each as the commands that lead to it from the list.
const screens: Array<[string, Command[]]> = [
	['list', []],
	['list, cursor moved down a page', ['down', 'down', 'next']],
	['article', ['open']],
	['article, page 2', ['open', 'next']],
	['picker', ['open', 'react']],
	['help', ['help']],
	['help over an article', ['open', 'help']],
	['mood', ['mood']],
	['mood by source, the cursor on the second', ['mood', 'nextGrouping', 'down']],
	['a mood group\'s articles', ['mood', 'nextGrouping', 'nextGrouping', 'open']],
	['mood over an article, with help', ['open', 'mood', 'help']],
];

// Reactions of every kind, so that the mood screen's bars and legend hold every colour.
const stored = Object.fromEntries(['happy', 'hopeful', 'surprised', 'indifferent', 'worried', 'sad', 'angry', 'angry', 'worried'].map((reaction, index) => [articles[index]!.id, reaction as ReactionId]));

async function inkCells(tree: React.ReactElement, columns: number, rows: number): Promise<string[]> {
	const ink = render(tree);
	// ink-testing-library's stdout is 100 columns, and Ink lays out its root at the terminal's width.
	if (columns > 100) {
		Object.defineProperty(ink.stdout, 'columns', {value: columns, configurable: true});
		ink.rerender(tree);
	}

	const terminal = headlessTerminal(columns, rows);
	await written(terminal, `${(ink.lastFrame() ?? '').replaceAll('\n', '\r\n')}`);
	ink.unmount();
	return cells(terminal);
}

async function paintedCells(frame: string, columns: number, rows: number): Promise<string[]> {
	const terminal = headlessTerminal(columns, rows);
	await written(terminal, frame);
	return cells(terminal);
}

for (const [columns, rows] of sizes) {
	test(`at ${columns}×${rows} the painted frame is Ink's frame, cell for cell, on every screen`, async () => {
		const {context, view} = pureReader({articles, columns, rows, stored});
		for (const [name, commands] of screens) {
			let state: ReaderState = start(context).state;
			for (const command of commands) state = step(state, {type: 'command', command}, context).state;
			const shown = view(state);
			const look = {theme: themeFor(true), hyperlinks: false};
			const painted = await paintedCells(paintedFrame(screenLines(shown, look)), columns, rows);
			const drawn = await inkCells(<ThemeProvider colour><ShownScreen shown={shown} /></ThemeProvider>, columns, rows);
			assert.deepEqual(painted, drawn, `${name} at ${columns}×${rows}`);
			// Drawn, and in colour: the status bar is in inverse video wherever a frame fits.
			if (shown.screen !== 'tooSmall') assert.ok(painted.some(row => /\/\d\/[bdiu]*r/.test(row)), `${name}: nothing in inverse video at ${columns}×${rows}`);
		}

		const loading = loadingView(screenSize(columns, rows, 80), {read: 3, total: 7});
		const look = {theme: themeFor(true), hyperlinks: false};
		assert.deepEqual(await paintedCells(paintedFrame(loadingLines(loading, look)), columns, rows), await inkCells(<ThemeProvider colour><LoadingScreen view={loading} /></ThemeProvider>, columns, rows), `loading at ${columns}×${rows}`);
	});
}
