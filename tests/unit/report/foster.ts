/** The foster-placements worked example, built as the validator would hand it to the engine. */
import type { Scenario } from '$lib/engine';
import { fixed, option, percentOf, range, recurring, scenario } from '../../fixtures/scenarios';

export const FOSTER: Scenario = scenario({
	title: 'Foster placements: in-house carers or an independent agency',
	baseline: 'in-house',
	options: [
		{
			...option(
				'in-house',
				[
					recurring({
						id: 'placements',
						label: 'Foster placements',
						amount: range('300', '325', '350'),
						per: 'week',
						quantity: fixed('100')
					})
				],
				'in-house'
			),
			name: 'In-house foster carers'
		},
		{
			...option(
				'agency',
				[
					recurring({
						id: 'placements',
						label: 'Agency foster placements',
						amount: range('800', '825', '850'),
						per: 'week',
						quantity: fixed('100')
					}),
					percentOf({
						id: 'contract-management',
						label: 'Commissioning and contract management',
						percent: range('1', '2', '4'),
						of: ['placements']
					})
				],
				'agency'
			),
			name: 'Independent fostering agency'
		}
	]
});
