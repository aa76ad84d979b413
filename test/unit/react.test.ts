// --react takes the catalogue's reactions, or none; any other word is a usage
// error that lists them, read from the catalogue.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {reactionNamed} from '../../source/commands/react.js';
import {UsageError} from '../../source/errors.js';
import {type Reaction, reactionIds, reactions} from '../../source/news/catalogue.js';

test('each reaction names itself, none names no reaction', () => {
	for (const id of reactionIds) assert.equal(reactionNamed(id), id);
	assert.equal(reactionNamed('none'), null);
});

for (const word of ['ecstatic', '', 'Happy', '__proto__', 'toString']) {
	test(`"${word}" is a usage error listing every reaction and none`, () => {
		assert.throws(() => reactionNamed(word), (error: unknown) => error instanceof UsageError && error.exitCode === 2
			&& error.message === `unknown reaction "${word}"; use one of: happy, hopeful, surprised, indifferent, worried, sad, angry, none`);
	});
}

test('a longer catalogue takes its eighth reaction, and the error lists it', () => {
	const eight = [...reactions, {id: 'bored', emoji: '🥱', label: 'Bored'}] as unknown as Reaction[];
	assert.equal(reactionNamed('bored', eight), 'bored');
	assert.throws(() => reactionNamed('bored'), /unknown reaction "bored"/);
	assert.throws(() => reactionNamed('ecstatic', eight), /use one of: happy, hopeful, surprised, indifferent, worried, sad, angry, bored, none$/);
});
