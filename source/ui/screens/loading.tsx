// The reader's frame while the folder is read: an empty body, and the status
// line saying how far the reading has got.
import {Box} from 'ink';
import {type LoadingView} from '../view/loading.js';
import {Frame} from './frame.js';
import {TooSmallScreen} from './too-small.js';

/** Draws the loading frame, or the too-small notice. */
export function LoadingScreen({view}: {view: LoadingView}) {
	if ('tooSmall' in view) return <TooSmallScreen {...view.tooSmall} />;
	return (
		<Frame frame={view.frame}>
			<Box height={view.body} flexShrink={0} />
		</Frame>
	);
}
