import {BroadsheetError} from '../errors.js';

/** A page past the last: exit 1. */
export class PageError extends BroadsheetError {}
