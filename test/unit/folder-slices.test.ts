// A large folder read in slices (issue 7, item 18): the same library as read
// at once, with its progress said, and the event loop given turns meanwhile.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {FolderError, openLibrary, openLibraryInSlices} from '../../source/commands/folder.js';
import type {Library} from '../../source/news/library.js';
import {scanFolder, scanFolderInSlices} from '../../source/news/library.js';
import {articleFolder} from '../support/articles.js';

const files = Object.fromEntries(Array.from({length: 25}, (_, index) => [`f${String(index).padStart(2, '0')}.txt`, index % 5 === 0 ? '' : `Title ${index}\n`]));

test('a scan in slices gives the library a scan at once gives, saying how far it has got', async () => {
	const dir = articleFolder(files);
	const progress: Array<[number, number]> = [];
	const sliced = await scanFolderInSlices(dir, (read, total) => progress.push([read, total]), 10);
	assert.deepEqual(sliced, scanFolder(dir));
	assert.deepEqual(progress, [[10, 25], [20, 25], [25, 25]]);
});

test('between slices the event loop has a turn', async () => {
	const dir = articleFolder(files);
	let turned = false;
	const seen: boolean[] = [];
	setImmediate(() => (turned = true));
	await scanFolderInSlices(dir, () => seen.push(turned), 10);
	assert.deepEqual(seen, [false, true, true]);
});

test('openLibraryInSlices chooses the folder openLibrary chooses', async () => {
	const dir = articleFolder(files);
	// Bodies are getters (read when asked for) and placePages the index's closures: compare what each article reads as.
	const plain = ({articles, placePages: _, ...rest}: Library) => ({...rest, articles: articles.map(article => ({...article, paragraphs: article.paragraphs}))});
	assert.deepEqual(plain(await openLibraryInSlices(dir, {}, () => undefined)), plain(openLibrary(dir, {})));
	await assert.rejects(openLibraryInSlices(`${dir}/missing`, {}, () => undefined), FolderError);
});
