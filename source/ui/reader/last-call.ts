// Views are computed again on every render and the reducer filters on every
// key, though most keys change none of what these depend on.

/** `compute`, remembering its last call: called again with the same arguments (by identity), it answers without computing. */
export function rememberLast<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
	let last: {args: Args; result: Result} | undefined;
	return (...args) => {
		if (last?.args.length !== args.length || last.args.some((arg, index) => arg !== args[index])) last = {args, result: compute(...args)};
		return last.result;
	};
}
