// The terminal's size, kept current: Ink re-lays out the width on a resize
// but does not re-render for it and ignores the height, so the reader
// listens itself and passes the size down as props.
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

type TerminalSize = {columns: number; rows: number};

const fallback: TerminalSize = {columns: 80, rows: 24};

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || fallback.columns, rows: stdout.rows || fallback.rows};
}

/** The terminal's columns and rows, 80×24 where it does not say. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		// The same size keeps the same object: a new one would render the whole reader again for nothing.
		const onResize = () => {
			const next = sizeOf(stdout);
			setSize(size => (size.columns === next.columns && size.rows === next.rows ? size : next));
		};

		stdout.on('resize', onResize);
		// A resize between the first render and this effect would be missed.
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
