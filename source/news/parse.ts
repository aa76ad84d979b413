// An article file (SPEC §1) read into an Article: blocks split on blank
// lines, then date, title, label, summary, byline, body, link and prompt
// recognised in that order.
import {isUtf8} from 'node:buffer';
import type {Article, Byline} from './article.js';
import {parseByline} from './byline.js';
import {dateLineText, parseDate} from './dates.js';
import {sanitise} from './sanitise.js';
import {countWords} from './words.js';
import {BroadsheetError} from '../errors.js';

/** Why a file is not an article (exit 1); the message is the short reason shown to the user. */
export class ArticleError extends BroadsheetError {
	override name = 'ArticleError';
}

/** One block of an article file: the lines between blank lines. */
export type Block = {
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

/** The text as the parser reads it: no BOM, LF line breaks, nothing unsafe for a terminal (sanitise). */
export function normalise(text: string): string {
	return sanitise(text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n'));
}

/**
 * A normalised text's blocks as readParts reads them: all of them split at
 * once (parseArticle), or each one only when asked for (head.ts, which never
 * splits the body).
 */
export type Blocks = {
	readonly count: number;
	at(index: number): Block;
	/** False only if the block's text surely does not start with `Link: `: most blocks are never split to ask linkOf. */
	mayBeLink(index: number): boolean;
};

/**
 * One block's text as splitBlocks makes it, from the stretch of a normalised
 * text it takes, from its first line's start to its last line's end.
 */
export function blockOf(stretch: string): Block {
	return splitBlocks(stretch)[0]!;
}

/** What readParts finds: every field but the body, and which blocks the body is. */
type Parts = Omit<Article, 'id' | 'file' | 'paragraphs' | 'byline' | 'words'> & {
	byline: BylineBlock | null;
	/** The body's blocks are those from bodyStart up to, not including, bodyEnd (the prompt's block, or the end), but for links. */
	bodyStart: number;
	bodyEnd: number;
};

/** Whether block `index` is a link, asked only of blocks that may be one. */
function isLinkAt(blocks: Blocks, index: number): boolean {
	return blocks.mayBeLink(index) && linkOf(blocks.at(index)) !== null;
}

/** §1's parts, in order: date, title, label, byline (within reach of the title), summary, prompt, link. */
function readParts(blocks: Blocks): Parts {
	const {count} = blocks;
	const date = count > 0 ? parseDate(blocks.at(0).text) : null;
	const titleIndex = date === null ? 0 : 1;
	if (titleIndex >= count) throw new ArticleError('no title');
	const title = blocks.at(titleIndex).text;

	let next = titleIndex + 1;
	let label: string | null = null;
	if (next < count && isLabel(blocks.at(next))) {
		label = blocks.at(next).text;
		next++;
	}

	let byline: BylineBlock | null = null;
	let bylineIndex = next;
	for (; bylineIndex <= titleIndex + bylineReach && bylineIndex < count; bylineIndex++) {
		byline = bylineOf(blocks.at(bylineIndex));
		if (byline) break;
	}

	let summary: string | null = null;
	let bodyStart = next;
	if (byline) {
		const summaryTexts: string[] = [];
		for (let index = next; index < bylineIndex; index++) {
			if (!isLinkAt(blocks, index)) summaryTexts.push(blocks.at(index).text);
		}

		if (summaryTexts.length > 0) summary = summaryTexts.join(' ');
		bodyStart = bylineIndex + 1;
	}

	let prompt: string | null = null;
	let bodyEnd = count;
	if (bodyStart < count) {
		const last = blocks.at(count - 1);
		if (isPrompt(last)) {
			prompt = last.text;
			bodyEnd--;
		}
	}

	let link: string | null = null;
	for (let index = titleIndex + 1; index < count; index++) {
		if (isLinkAt(blocks, index)) {
			link = linkOf(blocks.at(index));
			break;
		}
	}

	return {
		date,
		dateText: date === null ? null : dateLineText(blocks.at(0).text),
		title,
		label,
		summary,
		byline,
		link,
		prompt,
		bodyStart,
		bodyEnd,
	};
}

/** The article's fields but its body, as readParts found them, and the body's lead (the byline block's text after its `: `), or null. */
export type Head = Omit<Article, 'paragraphs' | 'words'> & {lead: string | null; bodyStart: number; bodyEnd: number};

/** Reads the parts of a normalised text's blocks; `file` is the file's name inside the folder. */
export function readHead(blocks: Blocks, file: string): Head {
	const parts = readParts(blocks);
	const {byline} = parts;
	return {
		id: file.replace(/\.txt$/u, ''),
		file,
		date: parts.date,
		dateText: parts.dateText,
		title: parts.title,
		label: parts.label,
		summary: parts.summary,
		byline: byline?.byline ?? null,
		link: parts.link,
		prompt: parts.prompt,
		lead: byline ? byline.lead : null,
		bodyStart: parts.bodyStart,
		bodyEnd: parts.bodyEnd,
	};
}

/** Whether block `index` is one of the body's paragraphs (not a link) in a text whose head is `head`. */
export function isBodyBlock(blocks: Blocks, head: Head, index: number): boolean {
	return index >= head.bodyStart && index < head.bodyEnd && !isLinkAt(blocks, index);
}

/** Reads decoded file text; `file` is the file's name inside the folder. */
export function parseArticle(text: string, file: string): Article {
	const split = splitBlocks(normalise(text));
	const blocks: Blocks = {
		count: split.length,
		at: index => split[index]!,
		mayBeLink: index => split[index]!.text.startsWith('Link: '),
	};
	const head = readHead(blocks, file);
	const paragraphs: string[] = [];
	if (head.lead !== null && head.lead !== '') paragraphs.push(head.lead);
	for (let index = head.bodyStart; index < head.bodyEnd; index++) {
		if (isBodyBlock(blocks, head, index)) paragraphs.push(split[index]!.body);
	}

	return {
		id: head.id,
		file,
		date: head.date,
		dateText: head.dateText,
		title: head.title,
		label: head.label,
		summary: head.summary,
		byline: head.byline,
		paragraphs,
		link: head.link,
		prompt: head.prompt,
	};
}

/**
 * A file's bytes as text, a leading BOM dropped, or an ArticleError that says
 * why they are not an article: empty, binary (NUL bytes), not UTF-8, or only
 * white space.
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes.length === 0) throw new ArticleError('empty file');
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (buffer.includes(0)) throw new ArticleError('binary file (holds NUL bytes)');
	// isUtf8 checks as a fatal TextDecoder does, in native code, and toString then only decodes: a fatal decoder was a tenth of a first scan of 10,000 files.
	if (!isUtf8(buffer)) throw new ArticleError('not valid UTF-8');
	const bom = buffer[0] === 0xEF && buffer[1] === 0xBB && buffer[2] === 0xBF ? 3 : 0;
	const text = buffer.toString('utf8', bom);
	if (text.trim() === '') throw new ArticleError('empty file');
	return text;
}

/** Reads a file's bytes, or says why they are not an article. */
export function decodeArticle(bytes: Uint8Array, file: string): Article {
	return parseArticle(decodeText(bytes), file);
}
