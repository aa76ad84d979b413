// Every screen's frame: its body, then the status line, together exactly
// rows − 1 lines (a frame as tall as the terminal makes Ink 6 clear the
// screen on every render) and never wider than the terminal.
import {Box} from 'ink';
import {type ReactNode} from 'react';
import {type Message} from './reader-state.js';
import {StatusLine} from './status-line.js';

type Props = {
	columns: number;
	rows: number;
	/** Status line: what is where (the page, the filter). */
	left: string;
	/** Status line: the article's title or a count, unless there is a message. */
	middle: string;
	/** Status line: key hints, longest first. */
	hints: readonly string[];
	message: Message | null;
	colour: boolean;
	children: ReactNode;
};

export function Frame({columns, rows, left, middle, hints, message, colour, children}: Props) {
	const error = message?.error === true;
	return (
		<Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
			{children}
			<StatusLine
				left={left}
				middle={message?.text ?? middle}
				// An error needs the room more than the hints do, until the next key.
				hints={error ? [] : hints}
				width={columns}
				error={error}
				colour={colour}
			/>
		</Box>
	);
}
