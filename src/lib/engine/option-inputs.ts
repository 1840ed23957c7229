import type { Line, Option, OptionInputField, Range } from './types';

/**
 * An option's own inputs (its optimism bias rates, methodology §4a) dressed as a line, for
 * views that name an input by its line and field: sensitivity rows, switching values and
 * claim requirements give `line: null` for these, and a view finds them here under their
 * field names ("optimismBias.oneOffPercent"), labelled "Optimism bias". It is never a cost
 * line: it has no cash and the engine never evaluates it.
 */
export const OPTION_INPUTS_LABEL = 'Optimism bias';

export function optionInputsLine(option: Option): Line {
	const bias = option.optimismBias;
	const zero: Range = { low: '0', central: '0', high: '0' };
	const inputs: Record<OptionInputField, Range> = {
		'optimismBias.oneOffPercent': bias?.oneOffPercent ?? zero,
		'optimismBias.ongoingPercent': bias?.ongoingPercent ?? zero
	};
	return {
		id: '',
		label: OPTION_INPUTS_LABEL,
		kind: 'percentOf',
		sources: [],
		percent: zero,
		of: [],
		...inputs
	} as Line;
}
