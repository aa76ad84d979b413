// `?`: every key of the view the reader was in, from the same table the
// input handler uses. Any key closes it.
import {Box, Text} from 'ink';
import {bindings, type Mode} from './key-bindings.js';
import {displayWidth, padEnd, truncateEnd} from './text-fit.js';

const titles: Record<Mode, string> = {
	list: 'Keys in the list',
	filter: 'Keys while filtering',
	article: 'Keys in an article',
	picker: 'Keys in the reaction picker',
};

// The list's help also explains the filter: while typing, `?` is text.
const sections: Record<Mode, Mode[]> = {list: ['list', 'filter'], filter: ['filter'], article: ['article'], picker: ['picker']};

export function helpLines(mode: Mode, width: number, height: number): string[] {
	const [main, ...more] = sections[mode].map((section, index) => ({
		title: titles[section],
		rows: bindings[section].filter(binding => !binding.hidden && (index === 0 || binding.command !== 'exit')),
	}));
	const all = [main!, ...more];
	const keysWidth = Math.max(...all.flatMap(section => section.rows.map(binding => displayWidth(binding.keys))));
	const rowsOf = (section: typeof main) => section!.rows.map(binding => `${padEnd(binding.keys, keysWidth)}  ${binding.does}`);
	// What the list's rows show, beside its keys.
	const legend = mode === 'list' ? ['', 'Marks: N never opened · 😟 your reaction'] : [];
	const lines = [main!.title, '', ...rowsOf(main), ...legend, ...more.flatMap(section => ['', section.title, ...rowsOf(section)])]
		.map(line => truncateEnd(line, width));
	if (lines.length <= height) return lines;
	// Too short for all of them: the keys matter more than the title.
	const keys = lines.slice(2);
	return height <= 0 ? [] : [...keys.slice(0, height - 1), truncateEnd('…', width)];
}

type Props = {mode: Mode; width: number; height: number};

const headings = new Set(Object.values(titles));

export function HelpView({mode, width, height}: Props) {
	const lines = helpLines(mode, width, height);
	return (
		<Box flexDirection="column" height={height} flexShrink={0}>
			{lines.map((line, index) => <Text key={`${index}:${line}`} bold={headings.has(line)} wrap="truncate">{line || ' '}</Text>)}
		</Box>
	);
}
