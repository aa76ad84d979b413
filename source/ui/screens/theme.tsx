// The theme and hyperlinks the screens are drawn with, handed down by
// context; what the theme holds is paint/theme.ts, which the painter reads
// before Ink loads.
import {createContext, type ReactNode, useContext} from 'react';
import type {Look} from '../paint/lines.js';
import {themeFor} from '../paint/theme.js';

const LookContext = createContext<Look>({theme: themeFor(false), hyperlinks: false});

/** Gives the screens below it the theme for `colour`, and whether to draw hyperlinks (OSC 8). */
export function ThemeProvider({colour, hyperlinks = false, children}: {colour: boolean; hyperlinks?: boolean; children: ReactNode}) {
	return <LookContext value={{theme: themeFor(colour), hyperlinks}}>{children}</LookContext>;
}

/** How the screen is drawn. */
export function useLook(): Look {
	return useContext(LookContext);
}
