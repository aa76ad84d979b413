/** The reactions a reader can pick, in the order the picker offers them (SPEC §5). */
export const reactions = [
	{id: 'happy', emoji: '😊', label: 'Happy'},
	{id: 'hopeful', emoji: '🤞', label: 'Hopeful'},
	{id: 'surprised', emoji: '😮', label: 'Surprised'},
	{id: 'indifferent', emoji: '😐', label: 'Indifferent'},
	{id: 'worried', emoji: '😟', label: 'Worried'},
	{id: 'sad', emoji: '😢', label: 'Sad'},
	{id: 'angry', emoji: '😠', label: 'Angry'},
] as const;

/** One reaction: the id the store keeps and `--react` takes, and the emoji and label shown for it. */
export type Reaction = (typeof reactions)[number];
/** A reaction's id: what the store keeps for an article, and what `--react` names. */
export type ReactionId = Reaction['id'];

/** Every id, in the picker's order, as plain ReactionIds rather than the catalogue's literal entries. */
export const reactionIds: readonly ReactionId[] = reactions.map(reaction => reaction.id);

// A Map rather than an object lookup, so that `toString` or `__proto__` are never ids.
const byId = new Map<string, Reaction>(reactions.map(reaction => [reaction.id, reaction]));

/** Whether a string from outside (a flag, the store's file) names a reaction of this catalogue. */
export function isReactionId(x: string): x is ReactionId {
	return byId.has(x);
}

/** The reaction an id names, for its emoji and label; undefined for any string that is not an id. */
export function reactionById(id: string): Reaction | undefined {
	return byId.get(id);
}
