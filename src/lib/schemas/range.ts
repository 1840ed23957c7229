import Decimal from 'decimal.js';
import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import { z } from 'zod';
import type { Range } from '../engine/types';
import { checkDecimal, decimalInput, type DecimalBounds } from './decimal';
import { MESSAGES } from './messages';

/**
 * The input side of a Range (format.md, "Numbers"): a single decimal, or an object with
 * `central` and optionally `low` and `high`. Shared by every Range field so the JSON Schema
 * describes it once.
 */
export const rangeInput = z.union(
	[
		decimalInput,
		z.strictObject({
			low: decimalInput.optional(),
			central: decimalInput,
			high: decimalInput.optional()
		})
	],
	{
		error: (issue) =>
			issue.input === undefined ? undefined : MESSAGES.notDecimalOrRange(issue.input)
	}
);

type RangeInput = z.output<typeof rangeInput>;
type RangeObject = Exclude<RangeInput, string | number | LosslessNumber>;

/** Whether a Range input is the `{low, central, high}` form (a JSON number is an object too). */
function isRangeObject(input: RangeInput): input is RangeObject {
	return typeof input === 'object' && !isLosslessNumber(input);
}

const ENDS = ['low', 'central', 'high'] as const;

/**
 * A Range field whose every value lies within `bounds`, normalised to
 * `{ low, central, high }`: a single value fills all three, a missing end equals
 * `central`. Values out of bounds are reported at the value (`amount.low`), an order
 * broken at the Range itself (`amount: low (850) must not be above central (825)`).
 */
export function range(
	bounds: DecimalBounds = {}
): z.ZodPipe<typeof rangeInput, z.ZodTransform<Range, RangeInput>> {
	return rangeInput.transform((input, context): Range => {
		const given = isRangeObject(input) ? input : { central: input };
		const texts: Partial<Record<(typeof ENDS)[number], string>> = {};
		let failed = false;
		for (const end of ENDS) {
			const value = given[end];
			if (value === undefined) continue;
			const checked = checkDecimal(value, bounds);
			if (checked.ok) texts[end] = checked.text;
			else {
				failed = true;
				const path = isRangeObject(input) ? [end] : [];
				context.addIssue({ code: 'custom', message: checked.message, input: value, path });
			}
		}
		const central = texts.central;
		if (failed) return z.NEVER;
		if (central === undefined) {
			context.addIssue({ code: 'custom', message: MESSAGES.required(), input, path: ['central'] });
			return z.NEVER;
		}
		const low = texts.low ?? central;
		const high = texts.high ?? central;
		let ordered = true;
		if (new Decimal(low).greaterThan(central)) {
			context.addIssue({ code: 'custom', message: MESSAGES.lowAboveCentral(low, central), input });
			ordered = false;
		}
		if (new Decimal(high).lessThan(central)) {
			context.addIssue({
				code: 'custom',
				message: MESSAGES.highBelowCentral(high, central),
				input
			});
			ordered = false;
		}
		return ordered ? { low, central, high } : z.NEVER;
	});
}
