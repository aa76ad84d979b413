// One page of the article, as the layout cut it: only this page's lines are
// ever handed to Ink. The styles come from the table --print uses too.
import {Box, Text} from 'ink';
import {textProps} from '../layout/style.js';
import {type Page} from '../layout/types.js';

type Props = {
	page: Page;
	/** Rows the page may take (its lines, then blank rows). */
	height: number;
	/** Columns left blank before the text (centring on a wide terminal). */
	indent: number;
	colour: boolean;
};

export function ArticleView({page, height, indent, colour}: Props) {
	return (
		<Box flexDirection="column" height={height} paddingLeft={indent} flexShrink={0}>
			{page.lines.map((line, index) => (
				// Lines have no identity beyond their place on the page.
				<Text key={index} wrap="truncate">
					{line.runs.length === 0 ? ' ' : line.runs.map((run, runIndex) => (
						<Text key={runIndex} {...textProps(run.style, colour)}>{run.text}</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
