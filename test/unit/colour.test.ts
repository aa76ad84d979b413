import assert from 'node:assert/strict';
import {test} from 'node:test';
import {wantsColour} from '../../source/commands/colour.js';

const cases: Array<[flag: boolean | undefined, env: NodeJS.ProcessEnv, terminal: boolean, colour: boolean]> = [
	[undefined, {}, true, true],
	[undefined, {}, false, false],
	[undefined, {TERM: 'dumb'}, true, false],
	[undefined, {TERM: 'xterm-256color'}, true, true],
	[undefined, {NO_COLOR: '1'}, true, false],
	[undefined, {NO_COLOR: ''}, true, true],
	[undefined, {NO_COLOR: '1', FORCE_COLOR: '1'}, false, false],
	[undefined, {FORCE_COLOR: '1'}, false, true],
	[undefined, {FORCE_COLOR: ''}, false, true],
	[undefined, {FORCE_COLOR: '3', TERM: 'dumb'}, false, true],
	[undefined, {FORCE_COLOR: '0'}, true, false],
	[undefined, {FORCE_COLOR: 'false'}, true, false],
	[true, {NO_COLOR: '1'}, false, true],
	[false, {FORCE_COLOR: '1'}, true, false],
];

for (const [flag, env, terminal, colour] of cases) {
	test(`colour ${colour ? 'on' : 'off'}: flag ${flag}, ${JSON.stringify(env)}, ${terminal ? 'a terminal' : 'a pipe'}`, () => {
		assert.equal(wantsColour(flag, env, terminal), colour);
	});
}
