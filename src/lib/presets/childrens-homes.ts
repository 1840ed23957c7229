import { presetDocument } from './catalogue';
import { commissioning, ukSettings, weeklyPlaces } from './lines';
import type { Preset } from './types';

/**
 * Children's homes run by the council or bought from private providers. The sources
 * conflict: one academic source, quoted in the press, finds council-run homes cost more; one
 * council says its own placements cost about a third of an external one. Both are options.
 */
export const CHILDRENS_HOMES: Preset = {
	id: 'childrens-homes',
	title: "Children's homes: council-run or private",
	summary:
		"10 children in children's homes for 5 years, placed with private providers or in council-run homes. Private prices run from the competition watchdog's £3,830 a week to £6,108. The sources disagree on council-run homes: one puts them at £5,059 a week, more than private, while one council says its own cost about a third of an external placement. Both are shown. Replace the number of children and the weekly costs with the council's own.",
	document: presetDocument({
		title: "Children's homes: council-run or private",
		description:
			"10 children in children's homes for five years. Private prices range from the average the Competition and Markets Authority found the largest providers charged (£3,830 a week, 2021) to the County Councils Network's £6,108 a week, with the Personal Social Services Research Unit's £4,153 for independent providers in the central case. The sources disagree about council-run homes, so there are two council options: the research unit's £5,059 a week, and a Warrington councillor's claim that council-run placements cost around a third of an external one. Council figures are often the full cost, overheads and empty places included, while private figures are the price paid. Weekly costs are entered as published, not uplifted to today's prices.",
		...ukSettings(2026, 5),
		baseline: 'private',
		options: [
			{
				id: 'private',
				name: "Private children's homes",
				kind: 'private',
				lines: [
					weeklyPlaces({
						id: 'placements',
						label: "Private children's home placements",
						amount: { low: '3830', central: '4153', high: '6108' },
						quantity: '10',
						sources: ['pssru-homes', 'cma-2021-homes', 'ccn-residential', 'assume-home-places'],
						notes:
							'Low: £3,830 a week, the average price of the largest providers (Competition and Markets Authority, 2021). Central: £4,153, independent providers (Personal Social Services Research Unit, as quoted). High: £6,108, the average residential placement (County Councils Network).'
					}),
					commissioning()
				]
			},
			{
				id: 'council',
				name: 'Council-run homes',
				kind: 'in-house',
				lines: [
					weeklyPlaces({
						id: 'places',
						label: "Places in the council's own homes",
						amount: { low: '3000', central: '5059', high: '5059' },
						quantity: '10',
						sources: ['pssru-homes', 'dfe-pq-49075', 'assume-home-places'],
						notes:
							'Central and high: £5,059 a week in a council-run home (Personal Social Services Research Unit, as quoted). Low: about £3,000 per resident week (Department for Education, data for 2015-16).'
					})
				]
			},
			{
				id: 'council-third',
				name: 'Council-run homes at a third of private prices',
				kind: 'in-house',
				notes:
					"One council's claim: its own placements 'can be around a third of what it would be in an external placement'.",
				lines: [
					weeklyPlaces({
						id: 'places',
						label: "Places in the council's own homes, at a third of the private price",
						amount: { low: '1277', central: '1384', high: '2036' },
						quantity: '10',
						sources: ['warrington-bbc', 'assume-third-worked-out', 'assume-home-places'],
						notes:
							'A third of the private prices in this comparison (£3,830, £4,153 and £6,108 a week), rounded to the pound: worked out here, not stated by the source.'
					})
				]
			}
		]
	})
};
