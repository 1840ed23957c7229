import { presetDocument } from './catalogue';
import type { Preset } from './types';

/**
 * A council social work team against the same team run as a social work practice pilot,
 * which also drew a government grant in each of its two years.
 */
export const PRACTICE_PILOTS: Preset = {
	id: 'practice-pilots',
	title: 'Social work practice pilots: a council team or an independent practice',
	summary:
		"2 years of a team of 10 social workers, kept in the council or run as an independent social work practice. The practice costs the same team plus the government grants each pilot received (£150,000 in its first year, £240,000 in its second, 2008 to 2010) and the council's client-side team, an assumption. Replace the team's size, pay and the client-side cost with local figures.",
	document: presetDocument({
		title: 'Social work practice pilots: a council team or an independent practice',
		description:
			"Two years of a team of 10 full-time social workers, in the council or in an independent social work practice like the pilots of 2008 to 2010. The same team is assumed under both options, at the top of the permanent pay scale found in 2018 with the average employer pension contribution and employer National Insurance. The practice adds the grants the Department for Children, Schools and Families gave each pilot, entered as paid then, not uplifted to today's prices, and the council's own cost of overseeing the practice, an assumption.",
		currency: 'GBP',
		startYear: 2026,
		yearBasis: 'financial',
		horizonYears: 2,
		weeksPerYear: '52',
		daysPerYear: '365',
		inflationPercent: '2',
		discount: { scheme: 'green-book' },
		baseline: 'council',
		options: [
			{
				id: 'council',
				name: 'Council social work team',
				kind: 'in-house',
				lines: [
					{
						id: 'social-workers',
						label: 'Social workers: salary and pension',
						kind: 'staff',
						fte: '10',
						salary: '35000',
						onCostPercent: '21.1',
						sources: ['cc-2018-pay-gap', 'lgps-2022', 'assume-social-work-team']
					},
					{
						id: 'national-insurance',
						label: 'Employer National Insurance',
						kind: 'recurring',
						amount: '4500',
						per: 'year',
						quantity: '10',
						sources: [
							'ni-2025-rate',
							'ni-2025-threshold',
							'assume-employer-ni-worked-out',
							'assume-social-work-team'
						],
						notes:
							'15% of pay above £5,000 a year: (£35,000 − £5,000) × 15% = £4,500 for each post. Worked out here from the rate and the threshold.'
					}
				]
			},
			{
				id: 'practice',
				name: 'Social work practice',
				kind: 'not-for-profit',
				lines: [
					{
						id: 'social-workers',
						label: 'Social workers: salary and pension',
						kind: 'staff',
						fte: '10',
						salary: '35000',
						onCostPercent: '21.1',
						sources: ['cc-2018-pay-gap', 'lgps-2022', 'assume-same-team']
					},
					{
						id: 'national-insurance',
						label: 'Employer National Insurance',
						kind: 'recurring',
						amount: '4500',
						per: 'year',
						quantity: '10',
						sources: [
							'ni-2025-rate',
							'ni-2025-threshold',
							'assume-employer-ni-worked-out',
							'assume-same-team'
						]
					},
					{
						id: 'grant-year-1',
						label: 'Government grant, first year',
						kind: 'oneOff',
						amount: '150000',
						year: 1,
						sources: ['cc-2010-practice-pilots'],
						notes:
							"What each pilot received in 2008-09, as paid then, not adjusted to today's prices."
					},
					{
						id: 'grant-year-2',
						label: 'Government grant, second year',
						kind: 'oneOff',
						amount: '240000',
						year: 2,
						sources: ['cc-2010-practice-pilots'],
						notes:
							"What each pilot received in 2009-10, as paid then, not adjusted to today's prices."
					},
					{
						id: 'client-side',
						label: "The council's client-side team",
						kind: 'percentOf',
						percent: { low: '1', central: '2', high: '3' },
						of: ['social-workers', 'national-insurance'],
						sources: ['assume-client-side']
					}
				]
			}
		]
	})
};
