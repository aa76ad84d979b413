// Under 10×3 no view fits: one line says so, and the reader waits for a resize.
import {truncateEnd} from './fit.js';
import type {ViewInput} from './screen.js';

/** The notice, and nothing else: there is no room for a status line. */
export type TooSmallView = {notice: string};

/** Said whole where it fits: `too small` fits a 9-column terminal, the longer notice does not. */
export function tooSmallView({size}: Pick<ViewInput, 'size'>): TooSmallView {
	return {notice: truncateEnd(size.columns >= 18 ? 'terminal too small' : 'too small', size.columns).replace(' …', '…')};
}
