// Every screen as lines of styled runs: the one drawing of the reader.
// The views (view/*.ts) say what a screen holds; this says where each piece
// goes and how it looks, row by row, exactly the frame's height. Ink draws
// these lines through one component (screens/lines.tsx), and the painter
// (paint/ansi.ts) draws the very same lines as ANSI before Ink has loaded,
// so the first frame and Ink's frame over it are the same cells.
import type {Line} from '../../layout/index.js';
import type {Screen, Shown} from '../view/screen.js';
import type {FrameView} from '../view/frame.js';
import type {LoadingView} from '../view/loading.js';
import type {StatusView} from '../view/status.js';
import type {ArticleScreenView} from '../view/article.js';
import type {HelpScreenView} from '../view/help.js';
import type {ListScreenView} from '../view/list.js';
import type {MoodRun, MoodScreenView} from '../view/mood.js';
import type {PickerScreenView} from '../view/picker.js';
import type {TooSmallView} from '../view/too-small.js';
import type {ChromeProps, Theme} from './theme.js';

/** A piece of a line in one style. */
export type PaintRun = {text: string; props: ChromeProps};

/** One row of the screen, left to right; never wider than the screen. */
export type PaintLine = readonly PaintRun[];

/** How a screen is drawn: the theme, and whether the terminal follows OSC 8 hyperlinks. */
export type Look = {theme: Theme; hyperlinks: boolean};

/** `text` as a hyperlink to `url`: OSC 8 in, the text, OSC 8 out. */
function hyperlinked(text: string, url: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}

// A run inside a styled line takes the line's style under its own, as a <Text> inside a <Text> does.
const run = (text: string, props: ChromeProps = {}, under: ChromeProps = {}): PaintRun => ({text, props: {...under, ...props}});

function statusLine(status: StatusView, theme: Theme): PaintLine {
	const bar = theme.statusLine;
	return [
		run(status.left, theme.place, bar),
		run(status.middle, status.error ? theme.error : theme.message, bar),
		run(status.spacer, {}, bar),
		run(status.hints, theme.hints, bar),
		run(status.fill, {}, bar),
	].filter(part => part.text !== '');
}

// The body cut or padded to the frame's height above the status line.
function framed(frame: FrameView, body: readonly PaintLine[], theme: Theme): PaintLine[] {
	const height = Math.max(0, frame.height - 1);
	// An empty run draws nothing and, alone in a <Text>, would take no row at all.
	const lines = body.slice(0, height).map(line => line.filter(part => part.text !== ''));
	while (lines.length < height) lines.push([]);
	return frame.height > 0 ? [...lines, statusLine(frame.status, theme)] : [];
}

function listLines({frame, header, rows, empty}: ListScreenView, {theme}: Look): PaintLine[] {
	const body: PaintLine[] = [];
	if (header !== null) body.push([run(header, theme.header)]);
	if (empty !== null) body.push([run(empty, theme.empty)]);
	for (const row of rows) {
		const under = row.selected ? theme.selectedRow : {};
		body.push([
			run(row.pointer, row.selected ? theme.selectedPointer : theme.pointer, under),
			run(row.mark, row.selected ? theme.selectedMark : theme.unreadMark, under),
			run(row.title, row.selected ? theme.selectedTitle : row.unread ? theme.unreadTitle : theme.title, under),
			run(row.meta, row.selected ? theme.selectedMeta : theme.meta, under),
		].filter(part => part.text !== ''));
	}

	return framed(frame, body, theme);
}

function articleLines({frame, lines, indent, link}: ArticleScreenView, {theme, hyperlinks}: Look): PaintLine[] {
	const margin = indent > 0 ? [run(' '.repeat(indent))] : [];
	const lineOf = (line: Line): PaintLine => [...margin, ...line.runs.map(part => run(hyperlinks && link !== null && part.style === 'link' ? hyperlinked(part.text, link) : part.text, theme.text(part.style)))];
	return framed(frame, lines.map(line => lineOf(line)), theme);
}

function helpLines({frame, lines}: HelpScreenView, {theme}: Look): PaintLine[] {
	return framed(frame, lines.map(line => [run(line.text, line.heading ? theme.heading : {})]), theme);
}

function pickerLines({frame, question, gap, choices, indent, compact}: PickerScreenView, {theme}: Look): PaintLine[] {
	const margin = indent > 0 ? [run(' '.repeat(indent))] : [];
	const body: PaintLine[] = question.map(line => [...margin, run(line, theme.question)]);
	if (gap) body.push([]);
	if (compact) {
		const cells = compact.cells.map((cell, index) => run(`${index > 0 ? ' ' : ''}${cell.text}`, cell.highlighted ? theme.highlightedChoice : theme.choice));
		body.push([...margin, ...cells, ...(compact.name ? [run(`  ${compact.name}`, theme.highlightedChoice)] : [])]);
	} else {
		for (const choice of choices) body.push([...margin, run(choice.pointer, theme.pointer), run(choice.label, choice.highlighted ? theme.highlightedChoice : theme.choice)]);
	}

	return framed(frame, body, theme);
}

// A stretch of a mood bar or of its legend: in colour, spaces on the reaction's colour; else its fill characters (one column each).
function moodRun(part: MoodRun, theme: Theme): PaintRun {
	if (part.reaction === undefined || theme.reaction === null) return run(part.text);
	return run(' '.repeat(part.text.length), theme.reaction(part.reaction));
}

function moodLines(view: MoodScreenView, {theme}: Look): PaintLine[] {
	const body: PaintLine[] = [];
	if (view.sparkline !== '') body.push([run(view.sparkline, theme.sparkline)]);
	for (const line of view.summary) body.push([run(line, theme.summary)]);
	for (const line of view.legend) body.push(line.map(part => moodRun(part, theme)));
	if (view.gap) body.push([]);
	if (view.empty !== null) body.push([run(view.empty, theme.empty)]);
	for (const row of view.rows) {
		// The first run is the group's name, padded to its column: the rest the bar and the count.
		const [name, ...bar] = row.runs;
		const pointer = row.selected ? '❯'.padEnd(view.gutter) : ' '.repeat(view.gutter);
		body.push([run(pointer, theme.pointer), ...(name ? [run(name.text, row.selected ? theme.selectedMoodKey : theme.moodKey)] : []), ...bar.map(part => moodRun(part, theme))]);
	}

	if (view.detail !== '') body.push([run(view.detail, theme.moodDetail)]);
	return framed(view.frame, body, theme);
}

function tooSmallLines({notice}: TooSmallView): PaintLine[] {
	return [[run(notice)]];
}

const painters: {[S in Screen]: (view: Shown<S>['view'], look: Look) => PaintLine[]} = {
	list: listLines,
	article: articleLines,
	picker: pickerLines,
	mood: moodLines,
	help: helpLines,
	tooSmall: tooSmallLines,
};

/** The lines of the screen `shown` names. */
export function screenLines<S extends Screen>(shown: Shown<S>, look: Look): PaintLine[] {
	const paint: (view: Shown<S>['view'], look: Look) => PaintLine[] = painters[shown.screen];
	return paint(shown.view, look);
}

/** The lines of the loading frame (an empty body, the status line saying how far the reading has got). */
export function loadingLines(view: LoadingView, {theme}: Look): PaintLine[] {
	if ('tooSmall' in view) return tooSmallLines(view.tooSmall);
	return framed(view.frame, [], theme);
}
