import { presetDocument } from './catalogue';
import { commissioning, ukSettings, weeklyPlaces } from './lines';
import type { Preset } from './types';

/**
 * Foster placements with the council's own carers or through an independent fostering
 * agency. The two sides of the reader comment that started the project, and the market
 * study's agency price beside them as a third option, so neither is chosen silently.
 */
export const FOSTER_CARE: Preset = {
	id: 'foster-care',
	title: 'Foster placements: in-house carers or an independent agency',
	summary:
		"100 children in foster care for 5 years, with the council's own carers or through an independent fostering agency. The weekly costs are £300 to £350 in-house and £800 to £850 for an agency, from a reader comment, with the competition watchdog's average agency price of £820 a week as a third option. Replace the number of children, the weekly costs and the cost of managing agency placements with local figures.",
	document: presetDocument({
		title: 'Foster placements: in-house carers or an independent agency',
		description:
			"100 children in foster care for five years, placed with the council's own carers or through an independent fostering agency. The in-house and agency weekly costs are the ranges in a reader comment (2016); the third option uses the average price the Competition and Markets Authority found the largest agencies charged (2021). No checked figure for the weekly cost of in-house fostering was found from an official source. Weekly costs are entered as published, not uplifted to today's prices. The number of children and the contract management overhead are assumptions to replace with local figures. A consultancy's claim that a council placement is on average £17,000 a year cheaper (2014) is checked against the figures, as £1.7 million in the first year for the 100 children.",
		...ukSettings(2026, 5),
		baseline: 'in-house',
		options: [
			{
				id: 'in-house',
				name: 'In-house foster carers',
				kind: 'in-house',
				lines: [
					weeklyPlaces({
						id: 'placements',
						label: 'Foster placements',
						amount: { low: '300', central: '325', high: '350' },
						quantity: '100',
						sources: ['cc-2016-comment', 'assume-foster-children'],
						notes:
							'£300 to £350 a week per child, from a reader comment (2016); the central case is the middle of the range.'
					})
				]
			},
			{
				id: 'agency',
				name: 'Independent fostering agency',
				kind: 'agency',
				lines: [
					weeklyPlaces({
						id: 'placements',
						label: 'Agency foster placements',
						amount: { low: '800', central: '825', high: '850' },
						quantity: '100',
						sources: ['cc-2016-comment', 'assume-foster-children'],
						notes:
							'£800 to £850 a week per child, from the same reader comment (2016); the central case is the middle of the range.'
					}),
					commissioning()
				]
			},
			{
				id: 'agency-market-study',
				name: "Independent fostering agency at the market study's price",
				kind: 'agency',
				notes:
					'The same placements at the average price the Competition and Markets Authority found the largest agencies charged, with an average operating profit margin of 19% (interim report, 2021).',
				lines: [
					weeklyPlaces({
						id: 'placements',
						label: 'Agency foster placements at £820 a week',
						amount: '820',
						quantity: '100',
						sources: ['cma-2021-fostering', 'assume-foster-children']
					}),
					commissioning()
				]
			}
		],
		claims: [
			{
				id: 'impower-17000',
				text: 'each council provided foster placement is on average £17,000 per year cheaper than the average agency placement.',
				source: 'impower-2014-fostering',
				option: 'agency',
				baseline: 'in-house',
				measure: 'cash',
				years: 1,
				// £17,000 a placement a year, for the preset's 100 children: worked out here.
				amount: '1700000'
			}
		]
	})
};
