// SPEC §3's order of precedence for colour: the flag, then NO_COLOR (set and
// not empty), then FORCE_COLOR, then whether the output is a terminal that
// can show colour (TERM=dumb cannot). chalk ignores NO_COLOR, so this
// decides and chalk is told the level.

/** Whether to colour stdout: the flag, else the environment, else whether it is a terminal that shows colour. */
export function wantsColour(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
	if (flag !== undefined) return flag;
	if (env['NO_COLOR']) return false;
	const force = env['FORCE_COLOR'];
	if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
	return isTerminal && env['TERM'] !== 'dumb';
}
