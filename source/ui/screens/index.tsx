// One component per screen, chosen by the screen's name: the record is
// typed over every screen, so a screen without a component does not compile.
import {type ComponentType} from 'react';
import {type Screen, type Screens, type Shown} from '../view/screen.js';
import {ArticleScreen} from './article.js';
import {HelpScreen} from './help.js';
import {ListScreen} from './list.js';
import {PickerScreen} from './picker.js';
import {TooSmallScreen} from './too-small.js';

const screens: {[S in Screen]: ComponentType<Screens[S]['view']>} = {
	list: ListScreen,
	article: ArticleScreen,
	picker: PickerScreen,
	help: HelpScreen,
	tooSmall: TooSmallScreen,
};

/** Draws the screen `shown` names, with its view as props. */
export function ShownScreen<S extends Screen>({shown}: {shown: Shown<S>}) {
	const Drawn: ComponentType<Screens[S]['view']> = screens[shown.screen];
	return <Drawn {...shown.view} />;
}
