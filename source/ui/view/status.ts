// The status line's text: what is where on the left, then a message or the
// article's title, then the key hints at the right edge when they fit. The
// hints go first when space runs out, then the middle; the left part (the
// page number, the filter being typed) goes last.
import {displayWidth, truncateEnd} from './text-fit.js';

export type StatusParts = {left: string; middle: string; spacer: string; hints: string};

const gap = 2;
const middleMinimum = 12;
// Fewer columns than this show too little of a title or message to be worth it.
const middleUseful = 6;

/** `hints` are alternatives, longest first: the first that leaves the middle some room is shown. */
export function statusParts(left: string, middle: string, hints: readonly string[], width: number): StatusParts {
	const shownLeft = truncateEnd(left, width);
	const leftWidth = displayWidth(shownLeft);
	const room = width - leftWidth - (leftWidth > 0 ? gap : 0);
	const leftGap = leftWidth > 0 && room > 0 ? ' '.repeat(gap) : '';
	const middleWanted = Math.min(displayWidth(middle), middleMinimum);
	const hint = hints.find(text => text !== '' && displayWidth(text) + (middleWanted > 0 ? middleWanted + gap : 0) <= room) ?? '';
	const hintsWidth = displayWidth(hint);
	const withHints = hint !== '';
	const middleRoom = withHints ? room - hintsWidth - gap : room;
	const shownMiddle = middleRoom >= Math.min(displayWidth(middle), middleUseful) ? truncateEnd(middle, middleRoom) : '';
	if (!withHints) return {left: shownLeft + (shownMiddle ? leftGap : ''), middle: shownMiddle, spacer: '', hints: ''};
	const spacer = ' '.repeat(Math.max(0, room - displayWidth(shownMiddle) - hintsWidth));
	return {left: shownLeft + leftGap, middle: shownMiddle, spacer, hints: hint};
}
