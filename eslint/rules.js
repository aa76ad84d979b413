// The project's own lint rules: exports nothing imports (found by knip, so
// that `npx eslint .` catches dead code as it catches everything else), and
// exports without a doc comment. knip builds the whole import graph once per
// lint run (about a second); each file is told of its own unused exports.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

let findings;

function knipFindings() {
	if (findings) return findings;
	const knip = path.join(process.cwd(), 'node_modules', '.bin', 'knip');
	let output;
	try {
		output = execFileSync(knip, ['--reporter', 'json', '--include', 'files,exports,types,nsExports,nsTypes,duplicates', '--no-progress'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	} catch (error) {
		// knip exits 1 when it finds something; its report is still on stdout.
		output = error.stdout;
		if (!output) throw new Error(`knip failed: ${String(error.stderr ?? error.message).split('\n')[0]}`);
	}

	findings = new Map();
	for (const issue of JSON.parse(output).issues) {
		// A file nothing imports is reported as a whole (knip lists no exports of it).
		const file = issue.files.length > 0 ? [{name: '', line: 1, col: 1}] : [];
		const unused = [...file, ...issue.exports, ...issue.types, ...issue.nsExports, ...issue.nsTypes, ...issue.duplicates.flat()];
		if (unused.length > 0) findings.set(path.resolve(issue.file), unused);
	}

	return findings;
}

const noUnusedExports = {
	meta: {
		type: 'problem',
		docs: {description: 'an export that no other module imports (found by knip)'},
		schema: [],
		messages: {
			unused: '"{{name}}" is exported but nothing imports it: stop exporting it, or delete it',
			unusedFile: 'nothing imports this file: import it, or delete it',
		},
	},
	create(context) {
		return {
			Program() {
				for (const {name, line, col} of knipFindings().get(path.resolve(context.filename)) ?? []) {
					context.report({loc: {line, column: Math.max(0, col - 1)}, messageId: name === '' ? 'unusedFile' : 'unused', data: {name}});
				}
			},
		};
	},
};

// Exported functions, types, classes and constants are the modules' surface:
// each says in a doc comment what it is for, where an editor shows it.
const documentedExports = {
	meta: {
		type: 'suggestion',
		docs: {description: 'an exported declaration without a /** */ comment'},
		schema: [],
		messages: {undocumented: 'say what "{{name}}" is for in a /** */ comment above it'},
	},
	create(context) {
		const check = node => {
			if (!node.declaration) return;
			const before = context.sourceCode.getCommentsBefore(node).at(-1);
			if (before?.type === 'Block' && before.value.startsWith('*')) return;
			const {declaration} = node;
			const name = declaration.id?.name ?? declaration.declarations?.map(each => each.id.name).join(', ') ?? 'default';
			context.report({node, messageId: 'undocumented', data: {name}});
		};

		return {ExportNamedDeclaration: check, ExportDefaultDeclaration: check};
	},
};

/** The project's own lint rules. */
export default {rules: {'no-unused-exports': noUnusedExports, 'documented-exports': documentedExports}};
