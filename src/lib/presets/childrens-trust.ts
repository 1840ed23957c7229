import { presetDocument } from './catalogue';
import { clientSide, oneOff, ukSettings, yearly } from './lines';
import type { Preset } from './types';

/**
 * Children's services kept in the council or moved into an independent trust: the costs a
 * trust adds (set-up, the council's client-side team, the risk of failure), with the running
 * cost assumed the same under both.
 */
export const CHILDRENS_TRUST: Preset = {
	id: 'childrens-trust',
	title: "Children's services: council-run or an independent trust",
	summary:
		"5 years of a children's services budget of £42.2 million a year (Doncaster's in 2017/18), kept in the council or moved into a trust. The trust adds set-up costs (£2.5 million to £4.6 million, from government and council figures), the council's client-side team (an assumption) and the risk that the trust fails and the council takes back its debts (£5.5 million at Slough). Replace the budget, the client-side cost and the chance of failure with the council's own.",
	document: presetDocument({
		title: "Children's services: council-run or an independent trust",
		description:
			"Five years of children's services, kept in the council or moved into an independent trust. The running cost is assumed the same under both options, at Doncaster's trust budget for 2017/18 as an example of size. The trust adds: set-up, from £2.5 million (the Department for Education's contribution at Sunderland) to £4.6 million (Worcestershire's first estimate), with Worcestershire's later £3.2 million in the central case; the council's own client-side team, an assumption; overspends, none in the central case but up to Northamptonshire's 16.1% in the high case; and a chance each year that the trust fails and the council takes on its debts, £5.5 million at Slough. Amounts are entered as published, not uplifted to today's prices.",
		...ukSettings(2026, 5),
		baseline: 'council',
		options: [
			{
				id: 'council',
				name: 'Council-run service',
				kind: 'in-house',
				lines: [
					yearly({
						id: 'budget',
						label: "Children's services budget",
						amount: '42200000',
						sources: ['doncaster-2018-budget', 'assume-trust-budget'],
						notes: "Doncaster's trust budget for 2017/18, as an example of size."
					})
				]
			},
			{
				id: 'trust',
				name: "Independent children's trust",
				kind: 'trust',
				lines: [
					yearly({
						id: 'contract',
						label: 'Contract sum paid to the trust',
						amount: '42200000',
						sources: ['doncaster-2018-budget', 'assume-trust-budget'],
						notes: "Assumed equal to the council's own budget."
					}),
					oneOff({
						id: 'set-up',
						label: 'Setting up the trust',
						amount: { low: '2500000', central: '3200000', high: '4600000' },
						year: 1,
						sources: [
							'worcestershire-2019-set-up',
							'dfe-2018-sunderland-set-up',
							'dfe-2018-trust-set-up',
							'cypnow-2018-worcestershire'
						],
						notes:
							"Low: £2.5 million, the Department for Education's contribution at Sunderland. Central: about £3.2 million, Worcestershire's business case (2019). High: about £4.6 million, Worcestershire's first estimate (2018). The department paid £2.9 million at Doncaster and £3.3 million at Slough. Public money whoever pays it."
					}),
					clientSide(['contract']),
					{
						id: 'overspend',
						label: 'Overspends the council funds',
						kind: 'percentOf',
						percent: { low: '0', central: '0', high: '16.1' },
						of: ['contract'],
						sources: [
							'northamptonshire-2023-overspend',
							'cypnow-2019-sandwell-overspend',
							'assume-trust-overspend'
						],
						notes:
							"High: Northamptonshire's trust was £20.9 million over its £130 million budget in 2022/23, about 16.1% (worked out here). Sandwell's trust overspent by £6.9 million in its first year 'due to higher than expected demand', which a council-run service would face too, so the central case has none."
					},
					{
						id: 'failure',
						label: 'The trust fails and the council takes on its debts',
						kind: 'risk',
						probabilityPercent: { low: '1', central: '2', high: '5' },
						impact: '5500000',
						sources: ['slough-2021-debt', 'assume-trust-failure'],
						notes:
							'The cost if it happens: the £5.5 million of debt Slough council absorbed when it took its trust over (2021). The chance each year is an assumption.'
					}
				]
			}
		]
	})
};
