import type { CatalogueEntry, Topic } from './types';

/**
 * The assumptions the presets make where no checked figure exists, each labelled as one
 * (strength "assumption"). The quote tells the reader what to put in its place. An assumption
 * is cited only on lines whose figures it supplies, never beside a published source it could
 * be mistaken for.
 */
function assumption(id: string, title: string, figure: string, quote: string): CatalogueEntry {
	const topic: Topic = 'assumptions';
	return {
		topic,
		figure,
		source: { id, title, publisher: 'Scenario author', quote, strength: 'assumption' }
	};
}

export const ASSUMPTIONS: readonly CatalogueEntry[] = [
	assumption(
		'assume-foster-children',
		'Assumption: 100 children in foster care',
		'100 children, placed for the whole period',
		'An example, not a real caseload. Replace it with the number of children the council places.'
	),
	assumption(
		'assume-placement-commissioning',
		'Assumption: commissioning and contract management at 1% to 4% of placement spend',
		'1% to 4% of what is spent on placements, 2% in the central case',
		"No published figure was found for this. Replace it with the cost of the council's own commissioning and contract management."
	),
	assumption(
		'assume-home-places',
		"Assumption: 10 children in children's homes",
		'10 children, placed for the whole period',
		"An example, not a real caseload. Replace it with the number of children the council places in children's homes."
	),
	assumption(
		'assume-third-worked-out',
		'Worked out here: a third of the private prices',
		'£1,277, £1,384 and £2,036 a week: a third of £3,830, £4,153 and £6,108, rounded to the pound',
		"A councillor's 'around a third', applied to the private prices in this comparison. Replace it with the council's own cost of running a home, including overheads and empty places."
	),
	assumption(
		'assume-social-work-team',
		'Assumption: a team of 10 full-time social workers',
		'10 full-time equivalent social workers',
		'An example team. Replace it with the number of posts being compared.'
	),
	assumption(
		'assume-employer-ni-worked-out',
		'Worked out here: employer National Insurance for each post',
		'15% of pay above £5,000 a year: £4,500 on a £35,000 salary and £7,500 on £55,000',
		'Worked out from the rate and the threshold, for one salary. Replace it with the payroll cost of the posts if the salary changes.'
	),
	assumption(
		'assume-working-days',
		'Assumption: 220 working days a year',
		'220 days charged a year',
		"Replace it with the days the agency charges for in the council's assignment."
	),
	assumption(
		'assume-improvement-team',
		'Assumption: an in-house improvement team of 4 at £55,000 a year',
		'4 full-time posts at £55,000 a year each',
		"No published cost of an in-house improvement team was found. Replace the team's size and pay with the council's own."
	),
	assumption(
		'assume-fee-timing',
		'Assumption: the consultancy fee spread evenly over three years',
		'£500,000 a year for three years',
		'The source gives the total only. Replace it with the fees as they were invoiced, year by year.'
	),
	assumption(
		'assume-trust-budget',
		"Assumption: the trust is paid what the council's service costs now",
		'The same £42.2 million a year under both options',
		"The budget is Doncaster's, as an example of size. Replace it with the council's own children's services budget and the contract sum proposed for the trust."
	),
	assumption(
		'assume-trust-overspend',
		'Assumption: no overspend beyond what the council would have faced',
		'0% in the central case, up to 16.1% of the contract sum in the high case',
		"Overspends at trusts have mostly come from rising demand, which a council-run service would face too. Replace it with the council's own view of the risk."
	),
	assumption(
		'assume-client-side',
		"Assumption: the council's client-side team costs 1% to 3% of what it oversees",
		'1% to 3% of the contract sum or running costs, 2% in the central case',
		"No published figure was found for the cost of overseeing a trust or a practice. Replace it with the cost of the council's own client-side team."
	),
	assumption(
		'assume-trust-failure',
		'Assumption: a 1% to 5% chance a year that the trust fails and the council takes it back',
		'A 2% chance a year in the central case',
		"No published rate of failure was found. Replace it with the council's own judgement of the risk."
	),
	assumption(
		'assume-same-team',
		'Assumption: the same team works in the practice as in the council',
		'The same posts, pay and on-costs under both options',
		'Replace them with the staffing the practice proposes.'
	),
	assumption(
		'assume-contract-value',
		'Assumption: a contract worth £1 million a year',
		'£1 million a year',
		"An example. Replace it with the annual value of the contract, and the in-house budget with the council's own estimate of running the service."
	),
	assumption(
		'assume-insourcing-saving',
		'Assumption: no saving at all in the high case',
		'A saving of 7% in the central and low cases, none in the high case',
		"One council's saving on one service may not be repeated. Replace it with the saving the council expects."
	),
	assumption(
		'assume-transfer-costs',
		'Assumption: £25,000 to £100,000 to transfer the service in-house',
		'£25,000 to £100,000, £50,000 in the central case, paid in the first year',
		"No published figures were found for TUPE transfer, pension and mobilisation costs. Replace them with the council's own estimate, including actuarial fees and any pension guarantee or bond."
	)
];
