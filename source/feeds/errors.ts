// Why a feed could not be imported: one line for the user, exit 1. The folder
// is never touched when one is thrown, since nothing is written before the
// whole source has been read and parsed.
import {BroadsheetError} from '../errors.js';

/** A source that cannot be read, is not XML, is not a feed, or broke off; the message names it and says why. */
export class FeedError extends BroadsheetError {
	override name = 'FeedError';
}
