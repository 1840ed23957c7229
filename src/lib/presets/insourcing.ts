import { presetDocument } from './catalogue';
import { oneOff, ukSettings, yearly } from './lines';
import type { Preset } from './types';

/**
 * An outsourced contract against bringing the service back in-house: the contract's
 * management and re-tendering against transfer costs and the saving one council found.
 */
export const INSOURCING: Preset = {
	id: 'insourcing',
	title: 'Bringing a contract back in-house',
	summary:
		"5 years of a service worth £1 million a year, left with a contractor or brought back in-house. The contract adds the cost of managing it (2% from National Audit Office figures, up to 7.1% from an overseas study) and of re-tendering it; the in-house service adds transfer costs (an assumption) and saves 7%, as Fife did on gas servicing, or nothing in the high case. Replace the contract's value, the in-house running cost and the transfer costs with the council's own.",
	document: presetDocument({
		title: 'Bringing a contract back in-house',
		description:
			"Five years of a service whose contract is worth £1 million a year, an example value. Left with the contractor, the council also pays to manage the contract: 2%, worked out from the National Audit Office's £240 million on about £12 billion of central government service contracts (2007-08), up to 7.1% in the high case, from a study of IT outsourcing in Australia and New Zealand. It pays its share of a competitive re-tender in the fifth year. Brought in-house, the service is assumed to cost what the contract costs, less 7%, the saving Fife found when it brought gas servicing back in-house (none in the high case), plus the costs of the transfer, an assumption as no published figures were found. Amounts are entered as published, not uplifted to today's prices.",
		...ukSettings(2026, 5),
		baseline: 'contract',
		options: [
			{
				id: 'contract',
				name: 'Outsourced contract',
				kind: 'private',
				lines: [
					yearly({
						id: 'fee',
						label: 'Contract fee',
						amount: '1000000',
						sources: ['assume-contract-value']
					}),
					{
						id: 'contract-management',
						label: 'Managing the contract',
						kind: 'percentOf',
						percent: { low: '2', central: '2', high: '7.1' },
						of: ['fee'],
						sources: [
							'nao-2008-contract-management',
							'nao-2008-service-contracts',
							'itnewcom-contract-management'
						],
						notes:
							"Low and central: 2%, £240 million spent managing about £12 billion of service contracts a year (National Audit Office, 2007-08), worked out here; the office states no percentage. High: 7.1%, the public sector's spend managing IT outsourcing in Australia and New Zealand, an illustration only."
					},
					oneOff({
						id: 'retender',
						label: "Re-tendering: the council's share",
						amount: '8000',
						year: 5,
						sources: ['cebr-2013-procurement'],
						notes:
							"The public body's share of the average cost of a competitive procurement (2013)."
					})
				]
			},
			{
				id: 'in-house',
				name: 'In-house service',
				kind: 'in-house',
				lines: [
					yearly({
						id: 'running',
						label: 'Running the service, before any saving',
						amount: '1000000',
						sources: ['assume-contract-value'],
						notes: 'Assumed to cost what the contract costs, before the saving on the next line.'
					}),
					{
						id: 'saving',
						label: 'Saving from running it in-house',
						kind: 'percentOf',
						percent: { low: '-7', central: '-7', high: '0' },
						of: ['running'],
						sources: ['apse-2011-fife', 'assume-insourcing-saving'],
						notes:
							'Low and central: the 7% Fife saved per house when it brought gas servicing back in-house. High: no saving at all, an assumption.'
					},
					oneOff({
						id: 'transfer',
						label: 'Transfer: TUPE, pensions and mobilisation',
						amount: { low: '25000', central: '50000', high: '100000' },
						year: 1,
						sources: ['assume-transfer-costs'],
						notes:
							'No published figures were found. Pension funds say a council may have to guarantee pension liabilities, require a bond and pay actuarial fees.'
					})
				]
			}
		]
	})
};
