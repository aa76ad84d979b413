// A screen drawn by Ink: its view's lines through the one component that
// draws lines. A new screen needs a view (view/screen.ts) and its lines
// (paint/lines.ts), and no component of its own.
import {screenLines} from '../paint/lines.js';
import type {Screen, Shown} from '../view/screen.js';
import {PaintedLines} from './lines.js';
import {useLook} from './theme.js';

/** Draws the screen `shown` names. */
export function ShownScreen<S extends Screen>({shown}: {shown: Shown<S>}) {
	return <PaintedLines lines={screenLines(shown, useLook())} />;
}
