import type { BoundsDocument, MeasuresDocument, ResultsDocument } from '../engine/index';
import { period } from '../format/headline';
import { formatMoney } from '../format/money';
import type { FigureRef, RangeEnd } from '../workings/types';
import { MEASURES, measureLabel, type Measure } from './measures';
import { optionName } from './names';
import type { MoneyFigure } from './types';

/**
 * The summary table: each option's totals over the horizon and each difference from the
 * baseline, in cash, real terms and present value, to the penny, with the low–high range
 * beside each (methodology §5 and §6).
 */

/** A central figure and its low–high range, formatted, each figure with its working's reference. */
export interface FigureWithRange {
	/** "£13,977,011.06". */
	central: MoneyFigure;
	/** "£11,129,405.44 to £14,191,206.94", or "Same in all cases" when low and high are equal. */
	range: string;
	/** The two ends of the range on their own; null when they are equal ("Same in all cases"). */
	ends: Record<RangeEnd, MoneyFigure> | null;
}

/** A group of rows of the summary table: one option, or one difference, in every measure. */
export interface SummaryRow {
	/** The id of the option (for a difference, the option compared with the baseline). */
	id: string;
	/** The group's heading: the option's name, or "Difference: Independent fostering agency minus In-house foster carers". */
	label: string;
	isBaseline: boolean;
	figures: Record<Measure, FigureWithRange>;
}

export interface SummaryView {
	caption: string;
	/** The measures, in order: each one's key and row heading. */
	measures: { key: Measure; label: string }[];
	options: SummaryRow[];
	/** One row per option other than the baseline; empty with a single option. */
	differences: SummaryRow[];
}

/** How a group's figures are named: the central one, and each end of its range, in a measure. */
interface Refs {
	central: (measure: Measure) => FigureRef;
	end: (measure: Measure, end: RangeEnd) => FigureRef;
}

function withRange(
	central: MeasuresDocument,
	range: (measure: Measure) => BoundsDocument,
	refs: Refs,
	currency: string
): Record<Measure, FigureWithRange> {
	const entries = MEASURES.map((measure): [Measure, FigureWithRange] => {
		const { low, high } = range(measure);
		const same = low === high;
		const lowText = formatMoney(low, currency);
		const highText = formatMoney(high, currency);
		return [
			measure,
			{
				central: { text: formatMoney(central[measure], currency), ref: refs.central(measure) },
				range: same ? 'Same in all cases' : `${lowText} to ${highText}`,
				ends: same
					? null
					: {
							low: { text: lowText, ref: refs.end(measure, 'low') },
							high: { text: highText, ref: refs.end(measure, 'high') }
						}
			}
		];
	});
	return Object.fromEntries(entries) as Record<Measure, FigureWithRange>;
}

/**
 * The summary table of a results document. Every figure is the document's own penny string,
 * so the table matches the exports exactly.
 */
export function buildSummary(results: ResultsDocument): SummaryView {
	const currency = results.currency;
	const baseline = results.comparisons[0]?.baseline;
	const when = period(results.years);
	return {
		caption: `Total cost of each option ${when.charAt(0).toLowerCase()}${when.slice(1)}, to the penny`,
		measures: MEASURES.map((key) => ({ key, label: measureLabel(key, results.years) })),
		options: results.options.map((option) => ({
			id: option.id,
			label: option.name,
			isBaseline: option.id === baseline,
			figures: withRange(
				option.total,
				(measure) => ({ low: option.low[measure], high: option.high[measure] }),
				{
					central: (measure) => ({ kind: 'optionTotal', option: option.id, measure }),
					end: (measure, end) => ({ kind: 'optionTotal', option: option.id, measure, case: end })
				},
				currency
			)
		})),
		differences: results.comparisons.map((comparison) => ({
			id: comparison.option,
			label: `Difference: ${optionName(results, comparison.option)} minus ${optionName(results, comparison.baseline)}`,
			isBaseline: false,
			figures: withRange(
				comparison.difference,
				(measure) => comparison.differenceRange[measure],
				{
					central: (measure) => ({ kind: 'difference', option: comparison.option, measure }),
					end: (measure, end) => ({
						kind: 'differenceRange',
						option: comparison.option,
						measure,
						end
					})
				},
				currency
			)
		}))
	};
}
