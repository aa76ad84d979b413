import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import broadsheet from './eslint/rules.js';

// The house's walls, checked rather than written in comments: which folder
// may import what (README, "Code").
const inkAndReact = [
	{name: 'ink', message: 'only source/ui (input, screens, the hook, run) draws with Ink'},
	{name: 'react', message: 'only source/ui (input, screens, the hook, run) uses React'},
];
const inkAndReactPatterns = [{group: ['ink-*', 'react/*', 'react-*'], message: 'the pure core and the state machine draw nothing'}];
// Layout is reached through its one public file; its size limits are apart
// so that the flags can read them without loading the layout at start-up.
const layoutInside = {group: ['**/layout/*', '!**/layout/index.js', '!**/layout/limits.js'], message: 'import layout through source/layout/index.js'};

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	// Sanitising and terminal tests match control characters on purpose.
	{rules: {'no-control-regex': 'off'}},
	{
		plugins: {'@stylistic': stylistic},
		rules: {
			curly: ['error', 'multi-line', 'consistent'],
			'@stylistic/quotes': ['error', 'single', {avoidEscape: true, allowTemplateLiterals: 'avoidEscape'}],
		},
	},
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
		},
	},
	{
		files: ['source/**'],
		plugins: {broadsheet},
		rules: {'broadsheet/no-unused-exports': 'error', 'broadsheet/documented-exports': 'error'},
	},
	{
		files: ['source/**'],
		ignores: ['source/layout/**'],
		rules: {'@typescript-eslint/no-restricted-imports': ['error', {patterns: [layoutInside]}]},
	},
	{
		// Pure: no Ink or React, not even their types.
		files: ['source/news/**', 'source/layout/**', 'source/store/**', 'source/commands/**', 'source/feeds/**', 'source/errors.ts', 'source/ui/reader/**', 'source/ui/view/**', 'source/ui/input/key-table.ts'],
		rules: {'@typescript-eslint/no-restricted-imports': ['error', {paths: inkAndReact, patterns: [...inkAndReactPatterns, layoutInside]}]},
	},
	{
		files: ['source/news/**', 'source/layout/**'],
		ignores: ['source/news/library.ts'],
		rules: {'@typescript-eslint/no-restricted-imports': ['error', {
			paths: [...inkAndReact, ...['node:fs', 'node:fs/promises', 'fs', 'node:child_process'].map(name => ({name, message: 'news/ and layout/ are pure: the library is the only I/O'}))],
			patterns: [...inkAndReactPatterns, layoutInside],
		}]},
	},
	{
		// A feed becomes articles in plain functions: only fetching, reading a file and writing the folder touch the world.
		files: ['source/feeds/**'],
		ignores: ['source/feeds/fetch.ts', 'source/feeds/refresh.ts', 'source/feeds/write.ts', 'source/feeds/write-file.ts'],
		rules: {'@typescript-eslint/no-restricted-imports': ['error', {
			paths: [...inkAndReact, ...['node:fs', 'node:fs/promises', 'fs', 'node:child_process', 'node:http', 'node:https'].map(name => ({name, message: 'feeds/ turns bytes into articles purely: fetch, refresh and the writers are its only I/O'}))],
			patterns: [...inkAndReactPatterns, layoutInside],
		}]},
	},
	{
		// Screens draw what they are given: the store reaches them only as types.
		files: ['source/ui/screens/**'],
		rules: {'@typescript-eslint/no-restricted-imports': ['error', {
			paths: [],
			patterns: [layoutInside, {group: ['**/store/*'], allowTypeImports: true, message: 'screens only draw: the store is the hook\'s'}],
		}]},
	},
	{
		// Under verbatimModuleSyntax `import {type X} from 'ink'` still imports Ink for its side effects, and the
		// bundle then loads it where only a type was wanted: on the first paint's path that cost 66 ms (issue 10).
		files: ['source/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
		rules: {'@typescript-eslint/no-import-type-side-effects': 'error'},
	},
	{
		files: ['**/*.js'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly'}},
	},
);
