// Display width, measured the way string-width measures it: per grapheme,
// so that summing the graphemes of a line gives string-width of the line.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter();

export function graphemes(text: string): string[] {
	const out: string[] = [];
	for (const {segment} of segmenter.segment(text)) out.push(segment);
	return out;
}

// Wrapping asks for the width of every grapheme of an article; most repeat.
const cache = new Map<string, number>();
const cacheLimit = 20_000;

export function graphemeWidth(grapheme: string): number {
	if (grapheme.length === 1) {
		const code = grapheme.charCodeAt(0);
		if (code >= 0x20 && code < 0x7f) return 1;
	}

	let width = cache.get(grapheme);
	if (width === undefined) {
		width = stringWidth(grapheme);
		if (cache.size >= cacheLimit) cache.clear();
		cache.set(grapheme, width);
	}

	return width;
}
