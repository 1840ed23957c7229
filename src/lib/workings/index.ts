/**
 * Workings (issue 3): how any money figure of the results was worked out from the inputs,
 * with the actual numbers, the formula, the rounding and the sources behind each input.
 * Pure builders: they read the scenario and the engine's exact analysis and return plain
 * data (steps made of text parts), which `$lib/components/workings` renders.
 */
import type { Analysis, Scenario } from '$lib/engine';
import { differenceRangeWorking, differenceWorking, differenceYearWorking } from './comparison';
import { sensitivityWorking, switchingValueWorking } from './sensitivity';
import { lineYearWorkingView } from './line-year';
import { lineTotalWorking, optionTotalWorking, optionYearWorking } from './totals';
import type { FigureRef, Working } from './types';

export type * from './types';
export {
	bestStrength,
	caveatsFor,
	formatSourceDate,
	lineSources,
	sourceView,
	sourcesFor,
	STRENGTH_ORDER,
	strengthLabel,
	strengthRank,
	weakestStrength
} from './sources';
export { stepText, superscript } from './text';
export * from './notes';
export { figureKey, sameFigure } from './figure-key';

/**
 * The working behind one figure of the results.
 *
 * @param ref which figure; options and lines by id, years 1-based
 * @param scenario the validated scenario the analysis was computed from
 * @param analysis `analyse(scenario)`: the engine's exact figures
 * @throws RangeError when the reference names an option, line, year or input that is not there
 */
export function buildWorking(ref: FigureRef, scenario: Scenario, analysis: Analysis): Working {
	switch (ref.kind) {
		case 'lineYear':
			return lineYearWorkingView(ref, scenario, analysis);
		case 'lineTotal':
			return lineTotalWorking(ref, scenario, analysis);
		case 'optionYear':
			return optionYearWorking(ref, scenario, analysis);
		case 'optionTotal':
			return optionTotalWorking(ref, scenario, analysis);
		case 'difference':
			return differenceWorking(ref, scenario, analysis);
		case 'differenceYear':
			return differenceYearWorking(ref, scenario, analysis);
		case 'differenceRange':
			return differenceRangeWorking(ref, scenario, analysis);
		case 'switchingValue':
			return switchingValueWorking(ref, scenario, analysis);
		case 'sensitivity':
			return sensitivityWorking(ref, scenario, analysis);
	}
}
