// The reactions a reader can pick, in the order the picker offers them (SPEC §5).
export const reactions = [
	{id: 'happy', emoji: '😊', label: 'Happy'},
	{id: 'hopeful', emoji: '🤞', label: 'Hopeful'},
	{id: 'surprised', emoji: '😮', label: 'Surprised'},
	{id: 'indifferent', emoji: '😐', label: 'Indifferent'},
	{id: 'worried', emoji: '😟', label: 'Worried'},
	{id: 'sad', emoji: '😢', label: 'Sad'},
	{id: 'angry', emoji: '😠', label: 'Angry'},
] as const;

export type Reaction = (typeof reactions)[number];
export type ReactionId = Reaction['id'];

export const reactionIds: readonly ReactionId[] = reactions.map(reaction => reaction.id);

// A Map rather than an object lookup, so that `toString` or `__proto__` are never ids.
const byId = new Map<string, Reaction>(reactions.map(reaction => [reaction.id, reaction]));

export function isReactionId(x: string): x is ReactionId {
	return byId.has(x);
}

export function reactionById(id: string): Reaction | undefined {
	return byId.get(id);
}
