// The article's link drawn as a hyperlink (OSC 8) where the terminal is known
// to follow one: the Link line of the header becomes clickable. The target is
// the article's link as the parser kept it (an http(s) URL holding no control
// character), never any other text of the article, which stays plain.
import {createContext, type ReactNode, useContext} from 'react';

const HyperlinkContext = createContext(false);

/** Whether the terminal the reader draws in follows OSC 8 hyperlinks (supports-hyperlinks says). */
export function HyperlinkProvider({hyperlinks, children}: {hyperlinks: boolean; children: ReactNode}) {
	return <HyperlinkContext.Provider value={hyperlinks}>{children}</HyperlinkContext.Provider>;
}

/** Whether to draw hyperlinks here. */
export function useHyperlinks(): boolean {
	return useContext(HyperlinkContext);
}

/** `text` as a hyperlink to `url`: OSC 8 in, the text, OSC 8 out. */
export function hyperlinked(text: string, url: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}
