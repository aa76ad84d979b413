// Under 10×3: the notice alone, no frame (there is no room for a status line).
import {Text} from 'ink';
import {type TooSmallView} from '../view/too-small.js';

/** Draws the too-small notice. */
export function TooSmallScreen({notice}: TooSmallView) {
	return <Text>{notice}</Text>;
}
