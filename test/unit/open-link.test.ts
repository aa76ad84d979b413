import assert from 'node:assert/strict';
import {test} from 'node:test';
import {browserCommand} from '../../source/ui/open-link.js';

const url = 'https://example.org/a?b=1&c=2';

test('$BROWSER wins, its first command of a colon-separated list, %s standing for the URL; else the platform\'s opener', () => {
	const cases: Array<[env: NodeJS.ProcessEnv, platform: NodeJS.Platform, expected: string[]]> = [
		[{BROWSER: 'firefox'}, 'linux', ['firefox', url]],
		[{BROWSER: 'w3m:lynx'}, 'linux', ['w3m', url]],
		[{BROWSER: ':lynx -dump'}, 'linux', ['lynx', '-dump', url]],
		[{BROWSER: 'echo open:%s'}, 'linux', ['echo', 'open', url]],
		[{BROWSER: 'links %s --force'}, 'darwin', ['links', url, '--force']],
		[{BROWSER: ''}, 'linux', ['xdg-open', url]],
		[{}, 'linux', ['xdg-open', url]],
		[{}, 'darwin', ['open', url]],
		[{}, 'win32', ['cmd', '/c', 'start', '""', url]],
	];
	for (const [env, platform, expected] of cases) assert.deepEqual(browserCommand(url, env, platform), expected, JSON.stringify(env));
});
