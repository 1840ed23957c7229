/** A problem the user can fix (bad arguments or bad input): exit 2, one message per line. */
export class InputError extends Error {
	readonly problems: readonly string[];
	readonly showUsage: boolean;

	constructor(problems: readonly string[], showUsage = false) {
		super(problems.join('\n'));
		this.problems = problems;
		this.showUsage = showUsage;
	}
}
