// The reader's frame while the folder is read: an empty body, and the status
// line saying how far the reading has got (or the too-small notice).
import {loadingLines} from '../paint/lines.js';
import type {LoadingView} from '../view/loading.js';
import {PaintedLines} from './lines.js';
import {useLook} from './theme.js';

/** Draws the loading frame, or the too-small notice. */
export function LoadingScreen({view}: {view: LoadingView}) {
	return <PaintedLines lines={loadingLines(view, useLook())} />;
}
