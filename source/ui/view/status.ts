// The status line's text: what is where on the left, then a message or the
// article's title, then the key hints at the right edge when they fit. The
// hints go first when space runs out, then the middle; the left part (the
// page number, the filter being typed) goes last.
import type {Message} from '../reader/state.js';
import {displayWidth, truncateEnd} from './fit.js';

/** What a screen puts on its status line, before fitting. */
export type StatusText = {
	/** What is where: the page, the filter being typed. */
	left: string;
	/** The article's title or a count, unless there is a message. */
	middle: string;
	/** Key hints, alternatives longest first (the key table's `hints`). */
	hints: readonly string[];
};

/**
 * The status line in parts to be styled apart; together they are at most the
 * width, and with `fill` (spaces after the rest) exactly the width, so that a
 * line drawn as a bar spans the screen.
 */
export type StatusView = {left: string; middle: string; spacer: string; hints: string; fill: string; error: boolean};

const gap = 2;
const middleMinimum = 12;
// Fewer columns than this show too little of a title or message to be worth it.
const middleUseful = 6;

function fit(left: string, middle: string, hints: readonly string[], width: number, whole: boolean): Omit<StatusView, 'error' | 'fill'> {
	const shownLeft = truncateEnd(left, width);
	const leftWidth = displayWidth(shownLeft);
	const room = width - leftWidth - (leftWidth > 0 ? gap : 0);
	const leftGap = leftWidth > 0 && room > 0 ? ' '.repeat(gap) : '';
	// The first alternative that leaves the middle some room is shown (all of it when it must show whole).
	const middleWanted = whole ? displayWidth(middle, width) : Math.min(displayWidth(middle, width), middleMinimum);
	const hint = hints.find(text => text !== '' && displayWidth(text) + (middleWanted > 0 ? middleWanted + gap : 0) <= room) ?? '';
	const hintsWidth = displayWidth(hint);
	const withHints = hint !== '';
	const middleRoom = withHints ? room - hintsWidth - gap : room;
	const shownMiddle = middleRoom >= Math.min(displayWidth(middle, width), middleUseful) ? truncateEnd(middle, middleRoom) : '';
	if (!withHints) return {left: shownLeft + (shownMiddle ? leftGap : ''), middle: shownMiddle, spacer: '', hints: ''};
	const spacer = ' '.repeat(Math.max(0, room - displayWidth(shownMiddle) - hintsWidth));
	return {left: shownLeft + leftGap, middle: shownMiddle, spacer, hints: hint};
}

/**
 * The line `width` columns can show. A message takes the middle until the
 * next key, and it is news: the hints give way to shorter ones until it shows
 * whole, and an error takes their room altogether. A title only keeps a few
 * columns against the hints.
 */
export function statusLine(text: StatusText, message: Message | null, width: number): StatusView {
	const parts = message === null ? fit(text.left, text.middle, text.hints, width, false) : fit(text.left, message.text, message.error ? [] : text.hints, width, true);
	// Measured part by part as fit cut them, at the widest a terminal draws them, so the filled line is never wider than the width.
	const used = [parts.left, parts.middle, parts.spacer, parts.hints].reduce((sum, part) => sum + displayWidth(part), 0);
	return {...parts, fill: ' '.repeat(Math.max(0, width - used)), error: message?.error ?? false};
}
