import { presetDocument } from './catalogue';
import { employerNationalInsurance, ukSettings, yearly } from './lines';
import type { Preset } from './types';

/**
 * An improvement consultancy against an in-house improvement team, for three years. The
 * consultancy's fee is Sandwell's; the in-house team is an assumption, as no published cost
 * of one was found.
 */
export const IMPROVEMENT_CONSULTANCY: Preset = {
	id: 'improvement-consultancy',
	title: 'Improving a failing service: a consultancy or an in-house team',
	summary:
		"3 years of improvement work on children's services: the £1.5 million in fees Sandwell paid the consultancy iMpower, which left the service rated inadequate, against an in-house improvement team of 4 at £55,000 a year each. The in-house team is an assumption: replace its size and pay, and the consultancy's fees, with the council's own figures.",
	document: presetDocument({
		title: 'Improving a failing service: a consultancy or an in-house team',
		description:
			'Three years of improvement work. The consultancy option is the £1.5 million in fees Sandwell paid iMpower, according to Sandwell UNISON, after which the service was rated inadequate; the fee is spread evenly over the three years. No published cost of an in-house improvement team was found, so the in-house option is an assumption: 4 posts at £55,000 a year, with the average employer pension contribution and employer National Insurance. Neither option says anything about results: compare what each would deliver as well as what it costs.',
		...ukSettings(2026, 3),
		baseline: 'in-house',
		options: [
			{
				id: 'in-house',
				name: 'In-house improvement team',
				kind: 'in-house',
				lines: [
					{
						id: 'team',
						label: 'Improvement team: salary and pension',
						kind: 'staff',
						fte: '4',
						salary: '55000',
						onCostPercent: '21.1',
						sources: ['assume-improvement-team', 'lgps-2022'],
						notes:
							'4 posts at £55,000 a year: an assumption. On-costs: 21.1%, the average employer contribution to the Local Government Pension Scheme (2022 valuation).'
					},
					employerNationalInsurance({
						source: 'assume-improvement-team',
						posts: '4',
						perPost: '7500',
						sum: { salary: '£55,000', perPost: '£7,500' }
					})
				]
			},
			{
				id: 'consultancy',
				name: 'Improvement consultancy',
				kind: 'private',
				lines: [
					yearly({
						id: 'fees',
						label: 'Consultancy fees',
						amount: '500000',
						sources: ['sandwell-unison-impower', 'assume-fee-timing'],
						notes:
							'£1.5 million over three years at Sandwell, spread evenly here: £500,000 a year. The timing is an assumption.'
					})
				]
			}
		]
	})
};
