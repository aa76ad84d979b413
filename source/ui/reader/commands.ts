// What the reader's state machine understands, named apart from the keys
// that mean it: the key table maps presses onto these, the help screen
// names them, and the reducers never see a key.

/** Which view has the keys: `filter` is the list while a filter is being typed; `mood` the mood screen (`m`). */
export type Mode = 'list' | 'filter' | 'article' | 'search' | 'picker' | 'mood';

/** A digit in the picker: the reaction at `choose` in the catalogue, at once. */
type Choice = {choose: number};

/** Every action a key can ask for; what it does depends on the mode it arrives in. */
export type Command =
	| 'up'
	| 'down'
	| 'first'
	| 'last'
	| 'open'
	| 'filter'
	| 'erase'
	| 'eraseWord'
	| 'eraseAll'
	| 'clear'
	| 'quit'
	| 'next'
	| 'previous'
	| 'back'
	| 'react'
	| 'pick'
	| 'unreact'
	| 'cancel'
	| 'help'
	| 'exit'
	| 'suspend'
	| 'reload'
	| 'openLink'
	| 'redraw'
	| 'nextArticle'
	| 'search'
	| 'nextMatch'
	| 'halfDown'
	| 'halfUp'
	| 'nextUnread'
	| 'previousUnread'
	| 'toggleRead'
	| 'markAllRead'
	| 'unreadOnly'
	| 'previousArticle'
	| 'mood'
	| 'nextGrouping'
	| Choice;

/** The reaction a digit picks (0 for the first), or -1 for any other command: the digits are data, not one name each. */
export function choiceIndex(command: Command): number {
	return typeof command === 'object' ? command.choose : -1;
}
