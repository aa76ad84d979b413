// While the folder is read (a large one takes a second or more): the
// reader's frame at once, its body empty and its status line saying how far
// the reading has got; under 10×3 the too-small notice, as on any screen.
import type {FrameView} from './frame.js';
import {displayWidth} from './fit.js';
import type {ScreenSize} from './size.js';
import {statusLine} from './status.js';
import {type TooSmallView, tooSmallView} from './too-small.js';

/** How far the reading has got: files read, of how many; undefined before the first slice. */
export type LoadingProgress = {read: number; total: number} | undefined;

/** The frame while the folder is read, or the notice on a terminal too small for one. */
export type LoadingView = {frame: FrameView; body: number} | {tooSmall: TooSmallView};

const count = (value: number) => value.toLocaleString('en-US');

/** What the status line says, longest first: the first that fits is shown, else the last, cut. */
function saying(progress: LoadingProgress): string[] {
	if (progress === undefined) return ['Reading the folder…', 'Reading…'];
	const read = count(progress.read);
	const total = count(progress.total);
	const percent = `${Math.floor((100 * progress.read) / Math.max(1, progress.total))}%`;
	return [`Reading ${read} of ${total} files…`, `Reading ${read}/${total}…`, `${read}/${total}`, `Reading ${percent}`, percent];
}

/** The loading frame at this size; only q, Ctrl+C and Ctrl+Z act meanwhile, so q is the one hint. */
export function loadingView(size: ScreenSize, progress: LoadingProgress): LoadingView {
	if (size.tooSmall) return {tooSmall: tooSmallView({size})};
	const alternatives = saying(progress);
	const left = alternatives.find(text => displayWidth(text) <= size.columns) ?? alternatives.at(-1)!;
	return {frame: {width: size.columns, height: size.rows - 1, status: statusLine({left, middle: '', hints: ['q quit']}, null, size.columns)}, body: size.body};
}
