// A screen drawn by Ink: its view's lines through the one component that
// draws lines. A new screen needs a view (view/screen.ts) and its lines
// (paint/lines.ts), and no component of its own. The picker, where all its
// reactions are in view, has its choice rows drawn by ink-select-input.
import {screenLines} from '../paint/lines.js';
import type {Screen, Shown} from '../view/screen.js';
import {PaintedLines} from './lines.js';
import {PickerLines} from './picker.js';
import {useLook} from './theme.js';

/** Draws the screen `shown` names. */
export function ShownScreen<S extends Screen>({shown}: {shown: Shown<S>}) {
	const lines = screenLines(shown, useLook());
	const picker = pickerOf(shown);
	if (picker?.whole) {
		const highlighted = Math.max(0, picker.choices.findIndex(choice => choice.highlighted));
		return <PickerLines lines={lines} first={picker.question.length + (picker.gap ? 1 : 0)} count={picker.choices.length} highlighted={highlighted} />;
	}

	return <PaintedLines lines={lines} />;
}

function pickerOf(shown: Shown<Screen>): Shown<'picker'>['view'] | undefined {
	return shown.screen === 'picker' ? (shown as Shown<'picker'>).view : undefined;
}
