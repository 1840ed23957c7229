/**
 * Problem paths and the boxes they belong to. The validator reports a problem at a JSON path
 * such as `options[1].lines[0].amount`; the editor gives the box for that path an id made
 * from it, so the inline message, the error summary's link and the box always agree.
 */
import { ROOT_PATH, type Problem } from '$lib/schemas/problems';
import { KIND_FIELDS } from '$lib/state/draft';

/** One step of a path: a field name or an array index. */
export type PathSegment = string | number;

/** The three boxes of an opened range, as they appear at the end of a path. */
export const RANGE_PARTS = ['low', 'central', 'high'] as const;

const SEGMENT = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/** `options[1].lines[0].amount` → `['options', 1, 'lines', 0, 'amount']`; `(scenario)` → `[]`. */
export function parsePath(path: string): PathSegment[] {
	const segments: PathSegment[] = [];
	if (path === ROOT_PATH) return segments;
	for (const match of path.matchAll(SEGMENT)) {
		if (match[1] !== undefined) segments.push(match[1]);
		else if (match[2] !== undefined) segments.push(Number(match[2]));
		else segments.push(unquote(match[3]));
	}
	return segments;
}

function unquote(quoted: string): string {
	try {
		return String(JSON.parse(quoted));
	} catch {
		return quoted.slice(1, -1);
	}
}

/**
 * The id of the box for a path: `options[1].lines[0].amount` → `f-options-1-lines-0-amount`,
 * `…amount.low` → `f-options-1-lines-0-amount-low`. The central box of an opened range uses
 * the range's own id, so a link to the range lands on it.
 */
export function fieldId(path: string): string {
	const segments = parsePath(path).map((segment) => String(segment).replace(/[^A-Za-z0-9_]/g, '-'));
	return ['f', ...segments].join('-');
}

/** The problems with one box: those at its path and, for a range, at its low, central or high. */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
	return problems.filter(
		(problem) =>
			problem.path === path || RANGE_PARTS.some((part) => problem.path === `${path}.${part}`)
	);
}

/** The problems at exactly this path, not at its parts. */
export function problemsExactlyAt(problems: readonly Problem[], path: string): Problem[] {
	return problems.filter((problem) => problem.path === path);
}

/**
 * The inline error text for a box: each problem at its path as a sentence, and each at a part
 * of its range named by the part ("High is required").
 */
export function messagesAt(problems: readonly Problem[], path: string): string[] {
	return problemsAt(problems, path).map((problem) => {
		if (problem.path === path) return capitalise(problem.message);
		const part = problem.path.slice(path.length + 1);
		return `${capitalise(part)} ${problem.message}`;
	});
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const SETTINGS = new Set([
	'title',
	'description',
	'startYear',
	'yearBasis',
	'horizonYears',
	'inflationPercent',
	'weeksPerYear',
	'daysPerYear'
]);

const LINE_FIELDS = new Set<string>(['label', 'sources', ...Object.values(KIND_FIELDS).flat()]);

/**
 * The path of the box a problem's link should land on, or undefined when no box holds it
 * (the document as a whole, the currency). A problem with an item of a list lands on the
 * list; one with something the editor does not show (an id, a line as a whole) lands on the
 * nearest box that names the thing. Source paths are left as they are for the sources panel.
 */
export function targetPath(path: string): string | undefined {
	const segments = parsePath(path);
	const [first] = segments;
	if (first === 'sources') return path;
	if (first === 'baseline') return 'options[0].baseline';
	if (first === 'discount') {
		return segments[1] === 'ratePercent' ? 'discount.ratePercent' : 'discount.scheme';
	}
	if (first !== 'options')
		return typeof first === 'string' && SETTINGS.has(first) ? first : undefined;
	const option = segments[1];
	if (typeof option !== 'number') return undefined;
	const optionPath = `options[${option}]`;
	const field = segments[2];
	if (field === 'name' || field === 'kind') return `${optionPath}.${field}`;
	if (field === 'optimismBias') {
		const rate = segments[3] === 'oneOffPercent' ? 'oneOffPercent' : 'ongoingPercent';
		const part = segments[4];
		const end = part === 'low' || part === 'high' ? `.${part}` : '';
		return `${optionPath}.optimismBias.${rate}${end}`;
	}
	if (field !== 'lines') return `${optionPath}.name`;
	const line = segments[3];
	if (typeof line !== 'number') return `${optionPath}.lines`;
	const linePath = `${optionPath}.lines[${line}]`;
	const lineField = segments[4];
	if (typeof lineField !== 'string' || !LINE_FIELDS.has(lineField)) return `${linePath}.label`;
	const part = segments[5];
	if (part === 'low' || part === 'high') return `${linePath}.${lineField}.${part}`;
	return `${linePath}.${lineField}`;
}
