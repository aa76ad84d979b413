// One page of the article, each run in its layout style.
import {Box, Text} from 'ink';
import {type ArticleScreenView} from '../view/article.js';
import {Frame} from './frame.js';
import {hyperlinked, useHyperlinks} from './hyperlink.js';
import {useTheme} from './theme.js';

/** Draws the article screen. */
export function ArticleScreen({frame, lines, height, indent, link}: ArticleScreenView) {
	const theme = useTheme();
	const hyperlinks = useHyperlinks() && link !== null;
	return (
		<Frame frame={frame}>
			<Box flexDirection="column" height={height} paddingLeft={indent} flexShrink={0}>
				{lines.map((line, index) => (
					// Lines have no identity beyond their place on the page.
					<Text key={index} wrap="truncate">
						{line.runs.length === 0 ? ' ' : line.runs.map((run, runIndex) => (
							<Text key={runIndex} {...theme.text(run.style)}>{hyperlinks && run.style === 'link' ? hyperlinked(run.text, link!) : run.text}</Text>
						))}
					</Text>
				))}
			</Box>
		</Frame>
	);
}
