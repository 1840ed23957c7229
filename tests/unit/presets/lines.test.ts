import { describe, expect, it } from 'vitest';
import {
	clientSide,
	employerNationalInsurance,
	oneOff,
	ukSettings,
	weeklyPlaces,
	yearly
} from '../../../src/lib/presets/lines';

describe('preset line builders', () => {
	it('gives the settings every comparison starts with, for its first year and horizon', () => {
		expect(ukSettings(2027, 3)).toEqual({
			currency: 'GBP',
			startYear: 2027,
			yearBasis: 'financial',
			horizonYears: 3,
			weeksPerYear: '52',
			daysPerYear: '365',
			inflationPercent: '2',
			discount: { scheme: 'green-book' }
		});
	});

	it('writes a weekly line in the order the format writes it, with no notes key when there is no note', () => {
		const line = weeklyPlaces({
			id: 'p',
			label: 'Places',
			amount: '820',
			quantity: '10',
			sources: ['s']
		});
		expect(JSON.stringify(line)).toBe(
			'{"id":"p","label":"Places","kind":"recurring","amount":"820","per":"week","quantity":"10","sources":["s"]}'
		);
	});

	it('leaves the quantity out of a yearly line that has none', () => {
		const line = yearly({ id: 'fee', label: 'Fee', amount: '100', sources: [], notes: 'n' });
		expect(JSON.stringify(line)).toBe(
			'{"id":"fee","label":"Fee","kind":"recurring","amount":"100","per":"year","sources":[],"notes":"n"}'
		);
	});

	it('shows the sum of employer National Insurance only when given the words for it', () => {
		const plain = employerNationalInsurance({ source: 'team', posts: '4', perPost: '7500' });
		expect(plain).not.toHaveProperty('notes');
		const explained = employerNationalInsurance({
			source: 'team',
			posts: '4',
			perPost: '7500',
			sum: { salary: '£55,000', perPost: '£7,500' }
		});
		expect(explained).toMatchObject({
			kind: 'recurring',
			amount: '7500',
			per: 'year',
			quantity: '4',
			sources: ['ni-2025-rate', 'ni-2025-threshold', 'assume-employer-ni-worked-out', 'team'],
			notes:
				'15% of pay above £5,000 a year: (£55,000 − £5,000) × 15% = £7,500 for each post. Worked out here from the rate and the threshold.'
		});
	});

	it('puts a one-off cost in its year, and a client-side team over the lines it names', () => {
		expect(oneOff({ id: 'g', label: 'Grant', amount: '5', year: 2, sources: [] })).toEqual({
			id: 'g',
			label: 'Grant',
			kind: 'oneOff',
			amount: '5',
			year: 2,
			sources: []
		});
		expect(clientSide(['contract'])).toMatchObject({ kind: 'percentOf', of: ['contract'] });
	});
});
