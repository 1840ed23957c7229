import { ID_PATTERN } from './fields';
import { MESSAGES } from './messages';
import { formatPath } from './problems';

/**
 * The rules that span fields (format.md): unique ids, a baseline that names an option,
 * line sources that exist, percentOf lines that name existing non-percentOf lines of
 * their own option (at most once each), years inside the horizon, periods a year on a
 * line priced per hour, and claims that name two different options, a source that exists
 * and years inside the horizon.
 *
 * They run even when other fields are invalid, so that every problem is reported at once.
 * The value is therefore treated as unknown: a rule reads only the parts that are well
 * formed, and says nothing where an earlier problem already explains the failure (a
 * reference is only checked when every id it could point at is readable). Lookups use
 * Map and Set, never plain objects, so ids such as "constructor" or "__proto__" are safe.
 */

/** A problem found by a cross-field rule, at a path from the scenario's root. */
export interface ReferenceIssue {
	path: (string | number)[];
	message: string;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Json[] | undefined {
	return Array.isArray(value) && value.every(isRecord) ? value : undefined;
}

function isId(value: unknown): value is string {
	return typeof value === 'string' && ID_PATTERN.test(value);
}

function isYear(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100;
}

/**
 * Reports repeated ids among `items` at `[...at, index, 'id']`, and gives the readable ids
 * (or `undefined` when some item has no readable id, so references cannot be judged).
 */
function uniqueIds(
	items: unknown[],
	at: (string | number)[],
	what: string,
	report: (issue: ReferenceIssue) => void
): Set<string> | undefined {
	const first = new Map<string, number>();
	let complete = true;
	items.forEach((item, index) => {
		const id = isRecord(item) ? item.id : undefined;
		if (!isId(id)) {
			complete = false;
			return;
		}
		const earlier = first.get(id);
		if (earlier === undefined) first.set(id, index);
		else {
			const firstPath = formatPath([...at, earlier]);
			report({ path: [...at, index, 'id'], message: MESSAGES.duplicateId(what, id, firstPath) });
		}
	});
	return complete ? new Set(first.keys()) : undefined;
}

function checkYears(
	line: Json,
	at: (string | number)[],
	horizonYears: number | undefined,
	report: (issue: ReferenceIssue) => void
): void {
	for (const field of line.kind === 'oneOff' ? ['year'] : ['fromYear', 'toYear']) {
		const value = line[field];
		if (horizonYears !== undefined && isYear(value) && value > horizonYears) {
			report({ path: [...at, field], message: MESSAGES.outsideHorizon(horizonYears, value) });
		}
	}
	if (line.kind === 'oneOff') return;
	const { fromYear, toYear } = line;
	if (isYear(fromYear) && isYear(toYear) && fromYear > toYear) {
		report({ path: [...at, 'toYear'], message: MESSAGES.toYearBeforeFromYear(fromYear, toYear) });
	}
}

function checkPeriods(
	line: Json,
	at: (string | number)[],
	report: (issue: ReferenceIssue) => void
): void {
	if (line.kind === 'recurring' && line.per === 'hour' && line.periodsPerYear === undefined) {
		report({ path: [...at, 'periodsPerYear'], message: MESSAGES.hourNeedsPeriods() });
	}
}

function checkPercentOf(
	line: Json,
	at: (string | number)[],
	kinds: Map<string, unknown> | undefined,
	optionId: string | undefined,
	report: (issue: ReferenceIssue) => void
): void {
	if (line.kind !== 'percentOf' || !Array.isArray(line.of)) return;
	const named = new Map<string, number>();
	line.of.forEach((id: unknown, index) => {
		if (!isId(id)) return;
		const path = [...at, 'of', index];
		const earlier = named.get(id);
		if (earlier !== undefined) {
			report({ path, message: MESSAGES.namedTwice(id, formatPath([...at, 'of', earlier])) });
			return;
		}
		named.set(id, index);
		if (kinds === undefined) return;
		if (!kinds.has(id)) report({ path, message: MESSAGES.noLine(id, optionId) });
		else if (kinds.get(id) === 'percentOf') report({ path, message: MESSAGES.namesPercentOf(id) });
	});
}

function checkSources(
	line: Json,
	at: (string | number)[],
	sourceIds: Set<string> | undefined,
	report: (issue: ReferenceIssue) => void
): void {
	if (sourceIds === undefined || !Array.isArray(line.sources)) return;
	line.sources.forEach((id: unknown, index) => {
		if (isId(id) && !sourceIds.has(id)) {
			report({ path: [...at, 'sources', index], message: MESSAGES.noSource(id) });
		}
	});
}

/** Checks every cross-field rule of a (possibly partly invalid) scenario. */
export function checkReferences(value: unknown): ReferenceIssue[] {
	const issues: ReferenceIssue[] = [];
	const report = (issue: ReferenceIssue): void => {
		issues.push(issue);
	};
	if (!isRecord(value)) return issues;

	const sources = Array.isArray(value.sources) ? value.sources : undefined;
	const sourceIds = sources && uniqueIds(sources, ['sources'], 'source', report);
	const { horizonYears } = value;
	const horizon = isYear(horizonYears) ? horizonYears : undefined;

	if (!Array.isArray(value.options)) return issues;
	const optionIds = uniqueIds(value.options, ['options'], 'option', report);
	if (isId(value.baseline) && optionIds !== undefined && !optionIds.has(value.baseline)) {
		const ids = [...optionIds].slice(0, 10);
		report({ path: ['baseline'], message: MESSAGES.noOption(value.baseline, ids) });
	}

	const firstOption = records(value.options)?.[0]?.id;
	const baseline = value.baseline === undefined ? firstOption : value.baseline;
	checkClaims(value.claims, { optionIds, sourceIds, horizon, baseline }, report);

	value.options.forEach((option, optionIndex) => {
		if (!isRecord(option) || !Array.isArray(option.lines)) return;
		const at = ['options', optionIndex, 'lines'];
		const lineIds = uniqueIds(option.lines, at, 'line', report);
		const lines = records(option.lines);
		const kinds = lineIds && lines && new Map(lines.map((line) => [line.id as string, line.kind]));
		const optionId = isId(option.id) ? option.id : undefined;
		option.lines.forEach((line, lineIndex) => {
			if (!isRecord(line)) return;
			const lineAt = [...at, lineIndex];
			checkYears(line, lineAt, horizon, report);
			checkPeriods(line, lineAt, report);
			checkPercentOf(line, lineAt, kinds, optionId, report);
			checkSources(line, lineAt, sourceIds, report);
		});
	});
	return issues;
}

interface ClaimContext {
	optionIds: Set<string> | undefined;
	sourceIds: Set<string> | undefined;
	horizon: number | undefined;
	/** The scenario's baseline as written or defaulted, when readable. */
	baseline: unknown;
}

/** Claims (methodology §6a): unique ids, two different options, a source, years in the horizon. */
function checkClaims(
	claims: unknown,
	context: ClaimContext,
	report: (issue: ReferenceIssue) => void
): void {
	if (!Array.isArray(claims)) return;
	const { optionIds, sourceIds, horizon, baseline } = context;
	uniqueIds(claims, ['claims'], 'claim', report);
	const ids = optionIds === undefined ? [] : [...optionIds].slice(0, 10);
	claims.forEach((claim, index) => {
		if (!isRecord(claim)) return;
		const at = ['claims', index];
		const names = (field: 'option' | 'baseline'): boolean => {
			const id = claim[field];
			if (!isId(id) || optionIds === undefined) return false;
			if (optionIds.has(id)) return true;
			report({ path: [...at, field], message: MESSAGES.noOption(id, ids) });
			return false;
		};
		const option = names('option');
		if (claim.baseline !== undefined) {
			if (names('baseline') && option && claim.baseline === claim.option) {
				report({
					path: [...at, 'baseline'],
					message: MESSAGES.claimAgainstItself(claim.baseline as string)
				});
			}
		} else if (option && isId(baseline) && claim.option === baseline) {
			report({ path: [...at, 'option'], message: MESSAGES.claimWithBaseline(baseline) });
		}
		const { years, source } = claim;
		if (horizon !== undefined && isYear(years) && years > horizon) {
			report({ path: [...at, 'years'], message: MESSAGES.outsideHorizon(horizon, years) });
		}
		if (sourceIds !== undefined && isId(source) && !sourceIds.has(source)) {
			report({ path: [...at, 'source'], message: MESSAGES.noSource(source) });
		}
	});
}
