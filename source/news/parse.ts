// An article file (SPEC §1) read into an Article: blocks split on blank
// lines, then date, title, label, summary, byline, body, link and prompt
// recognised in that order.
import {type Article, type Byline} from './article.js';
import {parseByline} from './byline.js';
import {dateLineText, parseDate} from './dates.js';
import {sanitise} from './sanitise.js';
import {countWords} from './words.js';
import {BroadsheetError} from '../errors.js';

/** Why a file is not an article (exit 1); the message is the short reason shown to the user. */
export class ArticleError extends BroadsheetError {
	override name = 'ArticleError';
}

type Block = {
	/** The block's lines, each trimmed, joined with spaces: what a title, label, byline, link or prompt is read from. */
	text: string;
	/** The same with its zero-width spaces, which say where a body line may break but have no place in any other field. */
	body: string;
	/** How many lines the block takes in the file. */
	lines: number;
};

// A byline further down than this is a body paragraph that starts with `By `.
const bylineReach = 4;
const promptLength = 100;
const labelWords = 3;
const labelLength = 30;
// §1's "no final `.`, `!`, `?` or `:`" says a sentence is no label. A sentence ends
// as its script ends it: `。`, `！`, `？`, `．`, `｡`, `‼`, the danda… (Unicode's
// Sentence_Terminal), a colon in either width, or an ellipsis, which trails a sentence off
// (`他说……`) and never ends a section's name. Closing quotes and brackets after it
// (`他说“好。”`, `(Updated.)`) still leave a sentence.
const sentenceEnd = /[\p{Sentence_Terminal}:\uFF1A\uFE55\u2026\u22EF][\p{Pe}\p{Pf}"']*$/u;

function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	let lines: string[] = [];
	const flush = () => {
		if (lines.length === 0) return;
		const body = lines.join(' ');
		blocks.push({text: body.replaceAll('\u200B', ''), body, lines: lines.length});
		lines = [];
	};

	for (const line of text.split('\n')) {
		const trimmed = line.trim();
		if (trimmed === '') flush();
		else lines.push(trimmed);
	}

	flush();
	return blocks;
}

function linkOf(block: Block): string | null {
	const match = /^Link: (\S+)$/u.exec(block.text);
	if (!match) return null;
	try {
		const {protocol} = new URL(match[1]!);
		return protocol === 'http:' || protocol === 'https:' ? match[1]! : null;
	} catch {
		return null;
	}
}

type BylineBlock = {byline: Byline; lead: string};

function bylineOf(block: Block): BylineBlock | null {
	if (!block.text.startsWith('By ')) return null;
	const colon = block.text.indexOf(': ');
	if (colon === -1) return null;
	const byline = parseByline(block.text.slice(0, colon));
	if (!byline) return null;
	// The lead is body text: it keeps its zero-width spaces. The body's first colon followed,
	// past any zero-width spaces, by a space is the one `text` found: removing them keeps the order.
	const cut = /:\u200B* /u.exec(block.body)!;
	return {byline, lead: block.body.slice(cut.index + cut[0].length).trim()};
}

/**
 * Whether text has §1's shape of a label: at most 3 words as §4 counts them (each CJK
 * character one, so `今天下雨了` is five), at most 30 characters, and no sentence end.
 * Not being a byline or a link is told apart: the feed writer, which must write a label
 * only where this reads one back, has its own test for those.
 */
export function labelShaped(text: string): boolean {
	return (
		// Too long to be a label, told before anything splits it: a body block can be megabytes.
		text.length <= labelLength * 2
		&& [...text].length <= labelLength
		&& countWords([text]) <= labelWords
		&& !sentenceEnd.test(text)
	);
}

function isLabel(block: Block): boolean {
	return labelShaped(block.text) && bylineOf(block) === null && linkOf(block) === null;
}

function isPrompt(block: Block): boolean {
	return block.lines === 1 && promptShaped(block.text);
}

/**
 * Whether a one-line block's text reads as §1's prompt: it ends with `?`, is
 * at most 100 characters and addresses the reader (`you` or `your` as a word).
 * The feed writer asks it, so that a last paragraph is never read back as one.
 */
export function promptShaped(text: string): boolean {
	return (
		text.endsWith('?')
		&& text.length <= promptLength * 2
		&& [...text].length <= promptLength
		&& /(?<![\p{L}\p{N}_])your?(?![\p{L}\p{N}_])/iu.test(text)
	);
}

function normalise(text: string): string {
	return sanitise(text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n'));
}

/** Reads decoded file text; `file` is the file's name inside the folder. */
export function parseArticle(text: string, file: string): Article {
	const blocks = splitBlocks(normalise(text));
	const date = blocks[0] ? parseDate(blocks[0].text) : null;
	const titleIndex = date === null ? 0 : 1;
	const titleBlock = blocks[titleIndex];
	if (!titleBlock) throw new ArticleError('no title');

	let next = titleIndex + 1;
	let label: string | null = null;
	const labelBlock = blocks[next];
	if (labelBlock && isLabel(labelBlock)) {
		label = labelBlock.text;
		next++;
	}

	let byline: BylineBlock | null = null;
	let bylineIndex = next;
	for (; bylineIndex <= titleIndex + bylineReach && bylineIndex < blocks.length; bylineIndex++) {
		byline = bylineOf(blocks[bylineIndex]!);
		if (byline) break;
	}

	const isLink = (block: Block) => linkOf(block) !== null;
	let summary: string | null = null;
	let rest = blocks.slice(next);
	if (byline) {
		const summaryBlocks = blocks.slice(next, bylineIndex).filter(block => !isLink(block));
		if (summaryBlocks.length > 0) summary = summaryBlocks.map(block => block.text).join(' ');
		rest = blocks.slice(bylineIndex + 1);
	}

	const last = rest.at(-1);
	const prompt = last && isPrompt(last) ? last.text : null;
	if (prompt !== null) rest = rest.slice(0, -1);

	const paragraphs = rest.filter(block => !isLink(block)).map(block => block.body);
	if (byline && byline.lead !== '') paragraphs.unshift(byline.lead);

	const linkBlock = blocks.slice(titleIndex + 1).find(block => isLink(block));
	return {
		id: file.replace(/\.txt$/u, ''),
		file,
		date,
		dateText: date === null ? null : dateLineText(blocks[0]!.text),
		title: titleBlock.text,
		label,
		summary,
		byline: byline?.byline ?? null,
		paragraphs,
		link: linkBlock ? linkOf(linkBlock) : null,
		prompt,
	};
}

/** Reads a file's bytes, or says why they are not an article. */
export function decodeArticle(bytes: Uint8Array, file: string): Article {
	if (bytes.length === 0) throw new ArticleError('empty file');
	if (bytes.includes(0)) throw new ArticleError('binary file (holds NUL bytes)');
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		throw new ArticleError('not valid UTF-8');
	}

	// TextDecoder has already dropped a leading BOM.
	if (text.trim() === '') throw new ArticleError('empty file');
	return parseArticle(text, file);
}
