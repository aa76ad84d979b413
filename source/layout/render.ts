// A laid-out line as a string for stdout. Plain output holds no escape
// sequence; colour goes through a Chalk whose level is fixed here, because
// whether to colour was decided by the caller (flags, NO_COLOR, FORCE_COLOR,
// TTY), not by chalk's own detection.
import {Chalk, foregroundColorNames, type ChalkInstance, type ForegroundColorName} from 'chalk';
import {textProps} from './style.js';
import type {Line, Run} from './types.js';

/** `color` for a terminal that shows colour; `plain` text holds no escape sequence at all. */
export type RenderMode = 'color' | 'plain';

const chalk = new Chalk({level: 1});

/** The line's text without styles. */
export function lineText(line: Line): string {
	return line.runs.map(run => run.text).join('');
}

function isChalkColour(name: string | undefined): name is ForegroundColorName {
	return (foregroundColorNames as readonly string[]).includes(name ?? '');
}

function styledRun(run: Run): string {
	const props = textProps(run.style, true);
	let paint: ChalkInstance = chalk;
	if (props.bold) paint = paint.bold;
	if (props.dimColor) paint = paint.dim;
	if (props.italic) paint = paint.italic;
	if (props.underline) paint = paint.underline;
	if (props.inverse) paint = paint.inverse;
	if (isChalkColour(props.color)) paint = paint[props.color];
	return paint === chalk ? run.text : paint(run.text);
}

/** The line as `--print` writes it. */
export function renderLine(line: Line, mode: RenderMode): string {
	if (mode === 'plain') return lineText(line);
	return line.runs.map(run => styledRun(run)).join('');
}
