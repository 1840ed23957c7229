import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, toResultsDocument } from '../../../src/lib/engine';
import { parseScenario } from '../../../src/lib/schemas/scenario';

const folder = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));
const names = readdirSync(folder)
	.filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
	.map((file) => file.replace(/\.json$/, ''));

function read(file: string): unknown {
	return JSON.parse(readFileSync(folder + file, 'utf8'));
}

describe('the worked examples', () => {
	it('are all here: agency hours (1.1), foster placements, a children’s trust and insourcing', () => {
		expect(names.sort()).toEqual([
			'agency-hours',
			'childrens-trust',
			'foster-placements',
			'insourcing'
		]);
	});

	it('agency-hours gives the figures worked by hand', () => {
		// Year 1, cash. Agency: £72.80 × 1,650 hours × 10 = £1,201,200, +10% ongoing bias =
		// £1,321,320; set-up £20,000 +20% = £24,000; total £1,345,320. In-house: 10 × £42,000 ×
		// 1.3 = £546,000, +5% = £573,300; management 10% of £546,000 = £54,600, +5% = £57,330;
		// recruitment £50,000 +10% = £55,000; total £685,630. Difference £659,690.
		// Range (bias and rate ends): agency low £1,072,500 × 1.1 + £24,000 = £1,203,750 minus
		// in-house high £600,600 + £60,060 + £55,000 = £715,660 gives £488,090; agency high
		// £1,452,000 + £24,000 minus in-house low £655,600 gives £820,400. £1.2 million is above.
		// Hourly rate making it true: 72.80 + (1,200,000 − 659,690) / (16,500 × 1.1) = 102.5697.
		// Three years in present value: 659,690 + 690,690 / 1.035 + 690,690 / 1.035² =
		// 1,971,789.8389… (checked independently with Python's decimal module).
		const parsed = parseScenario(read('agency-hours.json'));
		if (!parsed.ok) throw new Error('agency-hours is not valid');
		const results = toResultsDocument(analyse(parsed.scenario));
		expect(results.options.map((option) => option.years[0].cash)).toEqual([
			'685630.00',
			'1345320.00'
		]);
		const [perYear, threeYears] = results.claims!;
		expect(perYear).toMatchObject({
			difference: '659690.00',
			range: { low: '488090.00', high: '820400.00' },
			verdict: 'above-range'
		});
		expect(perYear.requires[0]).toEqual({
			option: 'agency',
			line: 'agency-hours',
			field: 'amount',
			value: '102.57'
		});
		expect(threeYears.difference).toBe('1971789.84');
		expect(threeYears.verdict).toBe('within-range');
	});

	it.each(names)('%s reproduces its expected results field for field', (name) => {
		const parsed = parseScenario(read(`${name}.json`));
		if (!parsed.ok)
			throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
		expect(toResultsDocument(analyse(parsed.scenario))).toStrictEqual(
			read(`${name}.expected.json`)
		);
	});
});
