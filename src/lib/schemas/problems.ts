import type { z } from 'zod';
import { MAX_SHOWN_LENGTH, MESSAGES, show } from './messages';

/**
 * Problems: how the format layer reports invalid input (format.md, "Errors").
 *
 * A problem is a JSON path and a sentence, shown as `path: message`:
 *
 *     options[1].lines[0].amount: low (850) must not be above central (825)
 *
 * Paths use dots for fields and brackets for array items; a field name that is not a
 * plain identifier is quoted (`options[0]["my field"]`); a problem with the document as a
 * whole has the path `(scenario)`. Problems come all at once, each once, in the order of
 * the document (then the format's order for missing fields), at most {@link MAX_PROBLEMS}.
 */
export interface Problem {
	/** Where the problem lies, such as `options[0].lines[2].of[0]`, or `(scenario)`. */
	path: string;
	/** A sentence a person can act on, starting in lower case. */
	message: string;
}

/** The path of a problem with the document as a whole. */
export const ROOT_PATH = '(scenario)';

/** The most problems listed; a last one at the root says how many more there were. */
export const MAX_PROBLEMS = 100;

type PathSegment = PropertyKey;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A zod path as people read it: `['options', 1, 'lines', 0, 'amount']` → `options[1].lines[0].amount`. */
export function formatPath(path: readonly PathSegment[]): string {
	if (path.length === 0) return ROOT_PATH;
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else {
			const key = String(segment);
			if (!IDENTIFIER.test(key) || key.length > MAX_SHOWN_LENGTH) text += `[${show(key)}]`;
			else text += text === '' ? key : `.${key}`;
		}
	}
	return text;
}

/** A problem as one line of text: `path: message`. */
export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}

/** The result of checking input against a schema with {@link parseWithProblems}. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses `input` with `schema`, turning every issue into a {@link Problem}. It never
 * throws: an unexpected exception becomes one problem at the root.
 */
export function parseWithProblems<T extends z.ZodType>(
	schema: T,
	input: unknown
): Checked<z.output<T>> {
	try {
		const suggestions = new WeakMap<readonly string[], Map<string, string>>();
		const result = schema.safeParse(input, {
			error: (issue) => genericMessage(issue, suggestions),
			reportInput: true
		});
		if (result.success) return { ok: true, value: result.data };
		return { ok: false, problems: toProblems(result.error.issues, input, suggestions) };
	} catch {
		return { ok: false, problems: [{ path: ROOT_PATH, message: MESSAGES.internalError() }] };
	}
}

type RawIssue = z.core.$ZodRawIssue;

/**
 * The message for any issue a schema did not word itself. It also notes, for unknown
 * fields, the nearest field the object does know, to suggest it.
 *
 * The suggestion leans on two details of zod 4 that are not public API: the raw issue's
 * `inst` is the strict object (whose `_zod.def.shape` lists its fields), and the final
 * issue keeps the same `keys` array. Should either change, suggestions quietly stop (the
 * message falls back to the plain "unknown field") and the tests that expect them fail.
 */
function genericMessage(
	issue: RawIssue,
	suggestions: WeakMap<readonly string[], Map<string, string>>
): string {
	const input = issue.input;
	if (input === undefined && issue.code !== 'unrecognized_keys') return MESSAGES.required();
	switch (issue.code) {
		case 'invalid_type':
			return MESSAGES.wrongType(issue.expected, input);
		case 'invalid_union': {
			if (issue.discriminator !== undefined) {
				const value = isRecord(input) ? input[issue.discriminator] : undefined;
				if (value === undefined) return MESSAGES.required();
				const options: unknown = 'options' in issue ? issue.options : undefined;
				return MESSAGES.oneOf(Array.isArray(options) ? options : [], value);
			}
			return MESSAGES.notValid(input);
		}
		case 'invalid_value':
			return MESSAGES.oneOf(issue.values, input);
		case 'unrecognized_keys':
			suggestions.set(issue.keys, suggestFields(issue.keys, knownFields(issue.inst), input));
			return MESSAGES.unknownField(issue.keys[0] ?? '');
		default:
			return MESSAGES.notValid(input);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field names of the strict object that raised an unknown-field issue. */
function knownFields(inst: unknown): string[] {
	const shape = (inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
	return isRecord(shape) ? Object.keys(shape) : [];
}

function suggestFields(
	keys: readonly string[],
	known: string[],
	input: unknown
): Map<string, string> {
	const present = new Set(isRecord(input) ? Object.keys(input) : []);
	const candidates = known.filter((field) => !present.has(field));
	const suggested = new Map<string, string>();
	for (const key of keys) {
		const field = nearest(key, candidates);
		if (field !== undefined) suggested.set(key, field);
	}
	return suggested;
}

/** The candidate a typo most likely meant, if any is close enough. */
function nearest(key: string, candidates: readonly string[]): string | undefined {
	if (key.length > 64) return undefined;
	const allowed = Math.max(1, Math.min(2, Math.floor(key.length / 3)));
	let best: string | undefined;
	let bestDistance = allowed + 1;
	for (const candidate of candidates) {
		const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
		// A suggestion must keep at least one character of what was typed.
		if (distance < bestDistance && distance < key.length) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push([i]);
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[0].push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, rows[i - 2][j - 2] + 1);
			}
			rows[i].push(value);
		}
	}
	return rows[a.length][b.length];
}

/**
 * The issues to report for one issue. A union (a Range: a decimal or an object) that
 * failed reports, in place of "must be a decimal or a range", the issues of the one
 * alternative whose type matched, such as `amount.central: is required`.
 */
function unwrapUnion(issue: z.core.$ZodIssue, prefix: PropertyKey[]): z.core.$ZodIssue[] {
	const path = [...prefix, ...issue.path];
	if (issue.code === 'invalid_union' && issue.discriminator === undefined) {
		const matched = issue.errors.filter((branch) => !branch.every(isTypeMismatch));
		if (matched.length === 1) return matched[0].flatMap((inner) => unwrapUnion(inner, path));
	}
	return [{ ...issue, path }];
}

function isTypeMismatch(issue: z.core.$ZodIssue): boolean {
	return (
		issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_union')
	);
}

interface Located {
	path: PathSegment[];
	problem: Problem;
}

function toProblems(
	issues: readonly z.core.$ZodIssue[],
	input: unknown,
	suggestions: WeakMap<readonly string[], Map<string, string>>
): Problem[] {
	const located: Located[] = [];
	for (const issue of issues.flatMap((issue) => unwrapUnion(issue, []))) {
		if (issue.code === 'unrecognized_keys') {
			const suggested = suggestions.get(issue.keys);
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				const message = MESSAGES.unknownField(key, suggested?.get(key));
				located.push({ path, problem: { path: formatPath(path), message } });
			}
		} else {
			const problem = { path: formatPath(issue.path), message: issue.message };
			located.push({ path: issue.path, problem });
		}
	}
	const seen = new Set<string>();
	const unique = located.filter(({ problem }) => {
		const key = formatProblem(problem);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const order = new DocumentOrder(input);
	const positions = new Map(unique.map((entry) => [entry, order.positionOf(entry.path)]));
	unique.sort((a, b) => comparePositions(positions.get(a) ?? [], positions.get(b) ?? []));
	const problems = unique.map((entry) => entry.problem);
	if (problems.length <= MAX_PROBLEMS) return problems;
	const more = problems.length - MAX_PROBLEMS;
	return [
		...problems.slice(0, MAX_PROBLEMS),
		{ path: ROOT_PATH, message: MESSAGES.moreProblems(more) }
	];
}

/**
 * Where a path lies in the document: the index of each field among its object's fields
 * (as written) and of each item in its array. Fields missing from the document sort after
 * the ones present, keeping the format's order among themselves.
 */
class DocumentOrder {
	#input: unknown;
	#fieldIndexes = new WeakMap<object, Map<string, number>>();

	constructor(input: unknown) {
		this.#input = input;
	}

	positionOf(path: readonly PathSegment[]): number[] {
		const position: number[] = [];
		let node = this.#input;
		for (const segment of path) {
			if (Array.isArray(node) && typeof segment === 'number') {
				position.push(segment);
				node = node[segment];
			} else if (isRecord(node) && typeof segment === 'string') {
				const index = this.#fieldIndex(node, segment);
				position.push(index ?? Number.MAX_SAFE_INTEGER);
				node = index === undefined ? undefined : node[segment];
			} else {
				position.push(Number.MAX_SAFE_INTEGER);
				node = undefined;
			}
		}
		return position;
	}

	#fieldIndex(node: Record<string, unknown>, field: string): number | undefined {
		let indexes = this.#fieldIndexes.get(node);
		if (indexes === undefined) {
			indexes = new Map(Object.keys(node).map((key, index) => [key, index]));
			this.#fieldIndexes.set(node, indexes);
		}
		return indexes.get(field);
	}
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		if (a[i] !== b[i]) return a[i] - b[i];
	}
	return a.length - b.length;
}
