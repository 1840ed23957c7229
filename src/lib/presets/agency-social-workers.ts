import { presetDocument } from './catalogue';
import { employerNationalInsurance, socialWorkers, ukSettings, yearly } from './lines';
import type { Preset } from './types';

/**
 * A team of children's social workers employed by the council, or engaged through an
 * agency at an hourly rate, or as a managed agency team at a day rate.
 */
export const AGENCY_SOCIAL_WORKERS: Preset = {
	id: 'agency-social-workers',
	title: 'Social workers: permanent staff or agency',
	summary:
		"A team of 10 children's social workers for 3 years: permanent staff at just over £35,000 a year plus pension and National Insurance, agency workers at £35 an hour (about £62,100 a year), or a managed agency team at £350 a day. Agency figures are what the worker was paid or what one council paid, from 2018 to 2022. Replace the team's size, the salary and the rates with the council's own, and check the pension rate, which varies a lot between councils.",
	document: presetDocument({
		title: 'Social workers: permanent staff or agency',
		description:
			"A team of 10 full-time children's social workers for three years. Permanent staff are paid at the top of the pay scale found in 2018 (just over £35,000), with the average employer pension contribution to the Local Government Pension Scheme (21.1%) and employer National Insurance at the April 2025 rate. Agency workers are costed at £35 an hour, from the same 2018 investigation, which is the worker's pay before the agency's own fee. The managed team is costed at the day rate Sheffield paid in 2021-22. Figures are entered as published, not uplifted to today's prices. The team's size and the days worked a year are assumptions.",
		...ukSettings(2026, 3),
		baseline: 'permanent',
		options: [
			{
				id: 'permanent',
				name: 'Permanent social workers',
				kind: 'in-house',
				lines: [
					socialWorkers(
						'assume-social-work-team',
						'Salary: just over £35,000, the top of the permanent scale (2018). On-costs: 21.1%, the average employer contribution to the Local Government Pension Scheme (2022 valuation). National Insurance is the next line.'
					),
					employerNationalInsurance({
						source: 'assume-social-work-team',
						posts: '10',
						perPost: '4500',
						sum: { salary: '£35,000', perPost: '£4,500' }
					})
				]
			},
			{
				id: 'agency',
				name: 'Agency social workers',
				kind: 'agency',
				lines: [
					yearly({
						id: 'agency-workers',
						label: 'Agency social workers at £35 an hour',
						amount: { low: '41000', central: '62100', high: '62100' },
						quantity: '10',
						sources: ['cc-2018-agency-hourly', 'cc-2018-pay-gap', 'assume-social-work-team'],
						notes:
							"Central and high: £35 an hour, which the source puts at 'at least £62,100' a year (2018). Low: about £41,000, what an agency worker could invoice, £6,000 above the top of the permanent scale (2018). Both are the worker's pay: the agency's own fee comes on top."
					})
				]
			},
			{
				id: 'managed-team',
				name: 'Managed agency team',
				kind: 'agency',
				lines: [
					{
						id: 'team',
						label: 'Managed agency team at £350 a day',
						kind: 'recurring',
						amount: '350',
						per: 'day',
						periodsPerYear: '220',
						quantity: '10',
						sources: [
							'cypnow-2022-project-teams',
							'assume-working-days',
							'assume-social-work-team'
						],
						notes:
							'£350 per worker per day, what Sheffield paid for two managed teams (July 2021 to March 2022), for 220 working days a year (an assumption).'
					}
				]
			}
		],
		claims: [
			{
				id: 'invoice-6000',
				text: "the average basic salary, before tax, at the top of a pay scale for a qualified children's frontline social worker was, at just over £35,000, £6,000 lower than what an agency worker could invoice",
				source: 'cc-2018-pay-gap',
				option: 'agency',
				baseline: 'permanent',
				measure: 'cash',
				years: 1,
				// £6,000 a worker a year, for the preset's 10 workers: worked out here.
				amount: '60000'
			}
		]
	})
};
