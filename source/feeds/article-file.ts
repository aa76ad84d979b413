// One feed item as one article file (SPEC §7), in the format of SPEC §1, so
// that it reads back through parseArticle as the fields the item gave. §1
// recognises each part by its shape, so a field whose text has the shape of
// another part would read back as that part; each such trap has its rule
// below, next to the part it guards.
import {createHash} from 'node:crypto';
import type {Feed, FeedDate, FeedItem} from './feed.js';
import {fieldText, paragraphsOf} from './html.js';
import {bylineHead, nameText} from './byline-head.js';
import {parseDate} from '../news/dates.js';
import {labelShaped, promptShaped} from '../news/parse.js';

const monthNames = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The item's title as the file writes it; undefined when nothing is left of it (the item is skipped). */
export function itemTitle(item: FeedItem): string | undefined {
	const title = fieldText(item.title ?? '');
	return title === '' ? undefined : title;
}

/** A FeedDate as `5 February 2026` and its weekday; undefined for a day no calendar has. */
function dateWords(date: FeedDate | undefined): {day: string; weekday: string} | undefined {
	if (!date) return undefined;
	const {year, month, day} = date;
	// §1 reads four-digit years only, and the weekday comes from the proleptic calendar.
	if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999 || month < 1 || month > 12) return undefined;
	const words = `${day} ${monthNames[month - 1]!} ${year}`;
	if (parseDate(words) === null) return undefined;
	return {day: words, weekday: weekdayNames[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!};
}

/** Whether a block would read as §1's label (the rule parseArticle applies to the block after the title). */
function readsAsLabel(text: string): boolean {
	return labelShaped(text)
		&& !readsAsByline(text)
		&& !readsAsLink(text);
}

/** Whether a block would read as a byline: `By ` at the start and a `: ` inside. */
function readsAsByline(text: string): boolean {
	return text.startsWith('By ') && text.includes(': ');
}

// Any URL after `Link: `, valid or not: telling them apart is the reader's job,
// and a block that only looks like a link is as confusing as one that is.
function readsAsLink(text: string): boolean {
	return /^Link: \S+$/u.test(text);
}

/** The item's link as the `Link:` block writes it: a valid http(s) URL without white space, else undefined. */
function itemLink(item: FeedItem): string | undefined {
	const link = fieldText(item.link ?? '');
	let url: URL;
	try {
		url = new URL(link);
	} catch {
		return undefined;
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	// As the feed wrote it when §1 can read it so; else the URL's own spelling,
	// which escapes the spaces that would end it.
	return /^\S+$/u.test(link) ? link : url.href;
}

/**
 * The summary's blocks; undefined when it cannot be written to read back.
 * A summary shaped as a byline (`By the river: …`) or a link is cut into
 * blocks after its `: ` marks, since §1 joins summary blocks with a space:
 * it reads back whole and no block holds `: `. A short summary with no label
 * before it would read as the label, and is left out: the body tells the
 * story, and a label the feed did not give would be a worse lie. So is one
 * that needs more blocks than the byline's reach (four blocks after the title)
 * leaves room for.
 */
function summaryBlocks(summary: string, hasLabel: boolean): string[] | undefined {
	if (summary === '') return undefined;
	const blocks: string[] = [];
	let rest = summary;
	while (readsAsByline(rest) || readsAsLink(rest)) {
		const cut = rest.indexOf(': ');
		blocks.push(rest.slice(0, cut + 1));
		rest = rest.slice(cut + 2);
	}

	blocks.push(rest);
	if (!hasLabel && readsAsLabel(blocks[0]!)) return undefined;
	return blocks.length <= (hasLabel ? 2 : 3) ? blocks : undefined;
}

/**
 * A body paragraph after the lead, as the file writes it. One that is `Link:
 * <URL>` would be taken for the item's link and lost from the body: its first
 * space becomes a no-break space, which reads the same and is no link.
 */
function bodyParagraph(paragraph: string): string {
	return readsAsLink(paragraph) ? paragraph.replace(' ', '\u00A0') : paragraph;
}

const untitled = '(untitled)';

/** The parts of the item an article file is made from, as they will read back, beside its title. */
function articleParts(feed: Feed, item: FeedItem, fallbackSource: string, title: string) {
	const date = dateWords(item.date);
	const category = item.categories.map(fieldText).find(text => text !== '');
	const label = category !== undefined && readsAsLabel(category) ? category : undefined;
	const content = item.content ? paragraphsOf(item.content) : [];
	// The description is read once: the summary beside a content, else the body.
	const description = item.description ? paragraphsOf(item.description) : [];
	const summary = content.length > 0 && description.length > 0 ? summaryBlocks(fieldText(description.join(' ')), label !== undefined) : undefined;
	// With no body at all the byline still needs a lead after its `: `, or it
	// is no byline and the source is lost: the title is the item's only text.
	const body = content.length > 0 ? content : description.length > 0 ? description : [title];
	const source = nameText(feed.title ?? '') || nameText(fallbackSource) || 'feed';
	return {date, label, summary, body, source, link: itemLink(item)};
}

/**
 * The article file for one item of a feed (SPEC §7), and the key that finds
 * it again on the next import. `fallbackSource` names the source when the feed
 * has no title. Items without a title should be skipped (see itemTitle).
 */
export function articleFile(feed: Feed, item: FeedItem, fallbackSource: string): {key: string; text: string} {
	return {key: itemKey(feed, item), text: articleText(feed, item, fallbackSource)};
}

/**
 * The article file's text alone: what the folder writer needs once it has
 * planned the item's key and title (`title`, the item's itemTitle, which it
 * need not clean a second time). The caller skips untitled items; a title
 * made only of control characters still has to be some title, or the file is
 * no article.
 */
export function articleText(feed: Feed, item: FeedItem, fallbackSource: string, title = itemTitle(item) ?? untitled): string {
	const {date, label, summary, body, source, link} = articleParts(feed, item, fallbackSource, title);
	const blocks: string[] = [];
	if (date) blocks.push(`• ${date.weekday}, ${date.day}`);
	// An undated item whose title reads as a date would lose its title to the
	// date line: the title is written as the date line too, which keeps the
	// title as written and dates the item by the day it names.
	else if (parseDate(title) !== null) blocks.push(title);
	blocks.push(title);
	if (label !== undefined) blocks.push(label);
	if (summary) blocks.push(...summary);
	const [lead, ...rest] = body;
	blocks.push(`${bylineHead(item.authors, source, date)}: ${lead}`);
	blocks.push(...rest.map(bodyParagraph));
	if (link !== undefined) {
		blocks.push(`Link: ${link}`);
	} else {
		const last = blocks.at(-1)!;
		// Without a link after it, a last paragraph that asks the reader
		// something would read as the prompt and leave the body. A block over
		// two lines is no prompt and reads back as one line; a question
		// without a space to break at gets the default prompt after it.
		if (rest.length > 0 && promptShaped(last)) {
			const space = last.lastIndexOf(' ');
			if (space > 0) blocks[blocks.length - 1] = `${last.slice(0, space)}\n${last.slice(space + 1)}`;
			else blocks.push('How did you feel after reading this news?');
		}
	}

	return blocks.join('\n\n') + '\n';
}

const keyLength = 12;

/**
 * A stable id for an item across imports: its guid, else its link, else its
 * date and title, within its feed (the Atom id, else the site link, else the
 * title), hashed to 12 hex digits (48 bits: a library of a million items has
 * a one in 500 chance of a single collision).
 */
export function itemKey(feed: Feed, item: FeedItem): string {
	const scope = feed.id?.trim() || feed.link?.trim() || feed.title?.trim() || '';
	const guid = item.guid?.trim();
	const link = item.link?.trim();
	const date = item.date ? `${item.date.year}-${item.date.month}-${item.date.day}` : '';
	const id = guid ? `guid ${guid}` : link ? `link ${link}` : `item ${date} ${item.title?.trim() ?? ''}`;
	return createHash('sha256').update(`${scope}\n${id}`).digest('hex').slice(0, keyLength);
}

const slugLength = 60;
// Latin letters that NFKD leaves whole, spelled as English keyboards spell them.
const latinLetters: Record<string, string> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i'};

/** The title as readable ASCII: lowercase words joined by `-`, cut at a word within 60 characters; `article` when no Latin letter or digit is left. */
function slugOf(title: string): string {
	const ascii = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ßæœøđðłþı]/gu, letter => latinLetters[letter]!);
	const words = ascii.split(/[^a-z0-9]+/u).filter(word => word !== '');
	let slug = '';
	for (const word of words) {
		const longer = slug === '' ? word : `${slug}-${word}`;
		if (longer.length > slugLength) break;
		slug = longer;
	}

	// One word longer than the whole allowance is cut inside it.
	if (slug === '' && words.length > 0) slug = words[0]!.slice(0, slugLength);
	return slug === '' ? 'article' : slug;
}

/**
 * The file id for an item: its title's slug, then its key (`lost-dog-found-3f9c0a12b4de`).
 * The key alone finds the file again, so a retitled item keeps its file.
 */
export function articleName(title: string, key: string): string {
	return `${slugOf(title)}-${key}`;
}

const keySuffix = new RegExp(`-([0-9a-f]{${keyLength}})(?:\\.txt)?$`, 'u');

/** The key at the end of a file id or file name made by articleName; undefined for any other name. */
export function keyOfName(name: string): string | undefined {
	return keySuffix.exec(name)?.[1];
}
