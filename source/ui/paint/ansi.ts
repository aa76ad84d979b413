// The painter: a screen's lines (paint/lines.ts) as ANSI, written before Ink
// and React have loaded, so the reader's first frame waits only for Node and
// the folder. Styles go through chalk, as Ink's <Text> does, so colour is
// decided alike (FORCE_COLOR, the terminal); Ink then draws the same lines
// into the same cells, and the hand-over shows nothing.
import chalk, {backgroundColorNames, type BackgroundColorName, type ChalkInstance, foregroundColorNames, type ForegroundColorName} from 'chalk';
import type {PaintLine, PaintRun} from './lines.js';

function isChalkColour(name: string | undefined): name is ForegroundColorName {
	return (foregroundColorNames as readonly string[]).includes(name ?? '');
}

/** Ink's backgroundColor="green" as chalk's bgGreen; undefined for a name chalk has no background of. */
export function chalkBackground(name: string | undefined): BackgroundColorName | undefined {
	if (name === undefined) return undefined;
	const background = `bg${name.charAt(0).toUpperCase()}${name.slice(1)}`;
	return (backgroundColorNames as readonly string[]).includes(background) ? background as BackgroundColorName : undefined;
}

function styled({text, props}: PaintRun): string {
	let paint: ChalkInstance = chalk;
	if (props.dimColor) paint = paint.dim;
	if (isChalkColour(props.color)) paint = paint[props.color];
	const background = chalkBackground(props.backgroundColor);
	if (background !== undefined) paint = paint[background];
	if (props.bold) paint = paint.bold;
	if (props.italic) paint = paint.italic;
	if (props.underline) paint = paint.underline;
	if (props.inverse) paint = paint.inverse;
	return paint === chalk ? text : paint(text);
}

const home = '\u001B[H';
const eraseLineEnd = '\u001B[K';

/**
 * The whole screen as one write: from the top left, each line then the rest
 * of its row erased (a frame painted before this one may have been longer),
 * the rows below erased, and the cursor back at the top left, where Ink
 * starts its first frame.
 */
export function paintedFrame(lines: readonly PaintLine[]): string {
	const rows = lines.map(line => line.map(part => styled(part)).join('') + eraseLineEnd);
	return `${home}${rows.join('\r\n')}\u001B[J${home}`;
}
