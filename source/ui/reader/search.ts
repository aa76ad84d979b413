// `/` in an article, as less searches: a literal pattern, any case unless it
// holds a capital letter (smart case), matched line by line as the article is
// laid out, so what is found is what is on screen.

/** Whether the pattern asks for its own case: it holds a capital letter. */
function caseMatters(pattern: string): boolean {
	return pattern !== pattern.toLocaleLowerCase();
}

/** Where `pattern` occurs in `text`: [start, end) ranges in code units, not overlapping, in order. */
export function matchRanges(text: string, pattern: string): Array<[number, number]> {
	if (pattern === '') return [];
	const exact = caseMatters(pattern);
	const haystack = exact ? text : text.toLocaleLowerCase();
	const needle = exact ? pattern : pattern.toLocaleLowerCase();
	// Lower-casing can change a string's length (İ): ranges are only taken where it did not.
	if (haystack.length !== text.length) return haystack.includes(needle) ? [[0, 0]] : [];
	const ranges: Array<[number, number]> = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
	return ranges;
}

/** Whether the line's text holds the pattern. */
export function lineMatches(text: string, pattern: string): boolean {
	return matchRanges(text, pattern).length > 0;
}
