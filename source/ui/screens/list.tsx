// The article list: a header line, then the rows of the window that fit.
import {Box, Text} from 'ink';
import {type ListScreenView} from '../view/list.js';
import {Frame} from './frame.js';
import {useTheme} from './theme.js';

/** Draws the list screen. */
export function ListScreen({frame, header, rows, empty, height}: ListScreenView) {
	const theme = useTheme();
	return (
		<Frame frame={frame}>
			<Box flexDirection="column" height={(header === null ? 0 : 1) + height} flexShrink={0}>
				{header === null ? null : <Text {...theme.header} wrap="truncate">{header}</Text>}
				{empty === null ? null : <Text {...theme.empty} wrap="truncate">{empty}</Text>}
				{rows.map(row => (
					// A row's parts are exactly the width together, so a selected row's bar spans the screen.
					<Text key={row.id} wrap="truncate" {...(row.selected ? theme.selectedRow : {})}>
						<Text {...(row.selected ? theme.selectedPointer : theme.pointer)}>{row.pointer}</Text>
						<Text {...(row.selected ? theme.selectedMark : theme.unreadMark)}>{row.mark}</Text>
						<Text {...(row.selected ? theme.selectedTitle : row.unread ? theme.unreadTitle : theme.title)}>{row.title}</Text>
						<Text {...(row.selected ? theme.selectedMeta : theme.meta)}>{row.meta}</Text>
					</Text>
				))}
			</Box>
		</Frame>
	);
}
