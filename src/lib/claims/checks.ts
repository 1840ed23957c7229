import type { Analysis, Scenario } from '../engine/index';
import type { ClaimCheck } from './types';

/**
 * Each claim of the scenario with what the engine says of it (methodology §6a), its defaults
 * resolved (baseline, years) as the engine applied them, in the scenario's order. Empty when
 * the scenario has no claims.
 *
 * @param analysis `analyse(scenario)`: its `claims` are the scenario's, one for one
 */
export function claimChecks(scenario: Scenario, analysis: Analysis): ClaimCheck[] {
	const claims = scenario.claims ?? [];
	return (analysis.claims ?? []).flatMap((result) => {
		const claim = claims.find((each) => each.id === result.id);
		if (!claim) return [];
		return [
			{
				claim: {
					id: claim.id,
					text: claim.text,
					...(claim.source === undefined ? {} : { source: claim.source }),
					option: result.option,
					baseline: result.baseline,
					measure: result.measure,
					years: result.years,
					amount: claim.amount
				},
				difference: result.difference,
				range: result.range,
				verdict: result.verdict,
				requires: result.requires
			}
		];
	});
}
