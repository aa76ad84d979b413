// The terminal sizes layout works with (SPEC §3), shared by the flags that
// take a size, `--print` on a terminal, and the reader's too-small screen.

/** The narrowest terminal laid out at all. */
export const minimumWidth = 10;
/** The shortest terminal laid out at all: the reserved rows, and one row of text. */
export const minimumHeight = 3;

/** Rows of the terminal that hold no text: the reader's status line and one kept free. */
export const reservedRows = 2;
