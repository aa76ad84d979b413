import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {filterArticles} from '../../source/ui/reader/filter.js';
import {article} from '../support/articles.js';

/** The filter as SPEC §6 says it, over every article each time. */
function plainFilter(articles: ReturnType<typeof article>[], query: string) {
	const terms = query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
	return articles.filter(one => {
		const text = [one.id, one.title, one.label ?? '', one.summary ?? '', ...(one.byline ? [...one.byline.authors, one.byline.source] : [])].join('\n').toLocaleLowerCase();
		return terms.every(term => text.includes(term));
	});
}

const letters = fc.constantFrom(...'abcΣσςİi ');
const word = fc.array(letters, {maxLength: 6}).map(characters => characters.join(''));

test('filterArticles: typing, erasing and retyping answer as filtering the whole list each time would', () => {
	fc.assert(fc.property(fc.array(fc.tuple(word, word), {minLength: 1, maxLength: 12}), fc.array(word, {minLength: 1, maxLength: 15}), (fields, queries) => {
		const articles = fields.map(([title, summary], index) => article(`a${index}`, {title, summary}));
		// A session's typing: each query typed a character at a time.
		for (const query of queries) {
			for (let end = 0; end <= query.length; end++) {
				const typed = query.slice(0, end);
				assert.deepEqual(filterArticles(articles, typed), plainFilter(articles, typed), JSON.stringify(typed));
			}
		}
	}));
});

test('filterArticles: a blank query keeps the very list, and a query asked again gets the same array', () => {
	const articles = [article('one', {title: 'Harbour news'}), article('two', {title: 'River news'})];
	assert.equal(filterArticles(articles, '  '), articles);
	const first = filterArticles(articles, 'news');
	filterArticles(articles, 'river');
	assert.equal(filterArticles(articles, 'news'), first);
	assert.deepEqual(first.map(one => one.id), ['one', 'two']);
});
