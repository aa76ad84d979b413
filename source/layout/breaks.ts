// Where a line may break inside a run of text that has no space (wrapping
// itself breaks after a zero-width space or a soft hyphen): beside a wide
// (CJK, emoji) character, unless that would start a line with closing
// punctuation or end one with an opening mark (kinsoku). Latin words never break here: only a word wider than the
// line is cut, and that is the wrapper's last resort.

// Closing punctuation, CJK and Latin, that should not start a line.
const noLineStart = new Set([
	...'、。，．：；？！）」』】〕〉》〗〙〛｝］｠〟’”…‥・ー々〻ゝゞヽヾ',
	...'.,:;?!)]}%',
]);

// Opening marks that should not end a line.
const noLineEnd = new Set([...'（「『【〔〈《〖〘〚｛［｟〝‘“', ...'([{']);

/** May a line break between these two neighbouring non-space graphemes? */
export function canBreakBetween(before: string, beforeWidth: number, after: string, afterWidth: number): boolean {
	if (afterWidth === 0) return false;
	if (beforeWidth < 2 && afterWidth < 2) return false;
	return !noLineStart.has(after) && !noLineEnd.has(before);
}
