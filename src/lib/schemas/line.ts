import { z } from 'zod';
import { decimal } from './decimal';
import { choice, identifier, list, text, wholeNumber } from './fields';
import { range } from './range';

/**
 * The five kinds of cost line (format.md, "A line"; methodology §4), each a strict object:
 * a field that belongs to another kind, or to none, is an error rather than ignored.
 *
 * Bounds the format leaves open, chosen so every input is bounded:
 * - a line names at most {@link MAX_LINE_SOURCES} sources (the scenario holds at most 200);
 * - a percentOf line names at most {@link MAX_OF} lines (an option holds at most 100);
 * - notes are at most {@link MAX_NOTES_LENGTH} characters.
 * Years are checked here against 1..100 (the longest horizon); the check against the
 * scenario's own horizon, and the rule that a line priced per hour gives its periods a
 * year, are in references.ts.
 */

export const MAX_LINE_SOURCES = 200;
export const MAX_OF = 100;
export const MAX_NOTES_LENGTH = 5000;
export const MAX_LABEL_LENGTH = 200;
export const MAX_HORIZON_YEARS = 100;

export const PERS = ['week', 'month', 'year', 'day', 'hour'] as const;

/** The most periods a line may bill a year: the hours of a leap year (format.md, 1.1). */
export const MAX_PERIODS_PER_YEAR = '8784';
export const LINE_KINDS = ['recurring', 'staff', 'oneOff', 'risk', 'percentOf'] as const;

/** A year of the horizon, 1-based. */
const year = wholeNumber(1, MAX_HORIZON_YEARS);
const notNegative = { atLeast: '0' };
/** Growth and uplift percentages (format.md, 1.1): above −100 and at most 1000. */
export const GROWTH_BOUNDS = { above: '-100', atMost: '1000' };
const growth = GROWTH_BOUNDS;

const common = {
	id: identifier,
	label: text(MAX_LABEL_LENGTH).optional(),
	sources: list(identifier, { max: MAX_LINE_SOURCES, noun: 'source', nouns: 'sources' }).default(
		() => []
	),
	notes: text(MAX_NOTES_LENGTH, false, 'multiline').optional()
};

/** The object schemas of each kind, before the label default: the input side of a line. */
export const lineObjects = {
	recurring: z.strictObject({
		...common,
		kind: z.literal('recurring'),
		amount: range(),
		per: choice(PERS),
		periodsPerYear: decimal({ above: '0', atMost: MAX_PERIODS_PER_YEAR }).optional(),
		quantity: range(notNegative).prefault('1'),
		quantityGrowthPercent: range(growth).prefault('0'),
		upliftPercent: range(growth).optional(),
		fromYear: year.optional(),
		toYear: year.optional()
	}),
	staff: z.strictObject({
		...common,
		kind: z.literal('staff'),
		fte: range(notNegative),
		salary: range(),
		onCostPercent: range(notNegative).prefault('0'),
		upliftPercent: range(growth).optional(),
		fromYear: year.optional(),
		toYear: year.optional()
	}),
	oneOff: z.strictObject({
		...common,
		kind: z.literal('oneOff'),
		amount: range(),
		year: year.default(1),
		upliftPercent: range(growth).optional()
	}),
	risk: z.strictObject({
		...common,
		kind: z.literal('risk'),
		probabilityPercent: range({ atLeast: '0', atMost: '100' }),
		impact: range(),
		upliftPercent: range(growth).optional(),
		fromYear: year.optional(),
		toYear: year.optional()
	}),
	percentOf: z.strictObject({
		...common,
		kind: z.literal('percentOf'),
		percent: range({ atLeast: '-100', atMost: '1000' }),
		of: list(identifier, { min: 1, max: MAX_OF, noun: 'line', nouns: 'lines' })
	})
};

/** A line of any kind, with its label defaulting to its id. */
export const lineSchema = z
	.discriminatedUnion('kind', [
		lineObjects.recurring,
		lineObjects.staff,
		lineObjects.oneOff,
		lineObjects.risk,
		lineObjects.percentOf
	])
	.transform((line) => ({ ...line, label: line.label ?? line.id }));
