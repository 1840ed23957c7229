import type { Worksheet } from 'exceljs';
import { discountFactors, Exact, greenBookRate, type Analysis } from '../../engine/index';
import type { Scenario } from '../../engine/types';
import { FACTOR_FORMAT, FIGURE_WIDTH, LABEL_WIDTH, toNumber, yearColumn } from './cells';
import { discountFactorFormula, discountRateFormula, priceIndexFormula } from './formulas';
import { YEAR_ROWS } from './layout';
import { bold, note } from './style';

/**
 * The Years sheet: each year of the horizon in a column (C is year 1, as on every option's
 * sheet), with t = year − 1, the price index (1 + π)^t that turns cash into real terms, the
 * discount rate of the step into the year and the discount factor DF(t), each a formula
 * (methodology §2 and §3).
 */

/** The rate of the step into year index t, as the comparator takes it (for cached results). */
function stepRate(scenario: Scenario, t: number): number {
	switch (scenario.discount.scheme) {
		case 'green-book':
			return toNumber(greenBookRate(t));
		case 'flat':
			return toNumber(new Exact(scenario.discount.ratePercent).div(100));
		case 'none':
			return 0;
	}
}

/** Writes the Years sheet. */
export function writeYearsSheet(sheet: Worksheet, scenario: Scenario, analysis: Analysis): void {
	const horizon = scenario.horizonYears;
	const factors = discountFactors(scenario.discount, horizon);
	const inflation = new Exact(1).plus(new Exact(scenario.inflationPercent).div(100));
	bold(sheet.getCell('A1'), 'Years, prices and discounting');
	note(
		sheet.getCell('A2'),
		'One column a year, as on every option sheet. Real terms divide cash by the price index; present value multiplies real terms by the discount factor.'
	);
	const labels: Record<keyof typeof YEAR_ROWS, string> = {
		year: 'Year',
		label: 'Year label',
		t: 't (years after the first)',
		priceIndex: 'Price index, (1 + inflation)^t',
		discountRate: 'Discount rate into this year, r(t)',
		discountFactor: 'Discount factor, DF(t) = DF(t − 1) / (1 + r(t))'
	};
	for (const [key, row] of Object.entries(YEAR_ROWS) as [keyof typeof YEAR_ROWS, number][]) {
		bold(sheet.getCell(`A${row}`), labels[key]);
	}
	for (let year = 1; year <= horizon; year++) {
		const column = yearColumn(year);
		const t = year - 1;
		const cell = (row: keyof typeof YEAR_ROWS) => sheet.getCell(`${column}${YEAR_ROWS[row]}`);
		cell('year').value = year;
		cell('label').value = analysis.years[t]?.label ?? String(year);
		cell('t').value = { formula: `${column}${YEAR_ROWS.year}-1`, result: t };
		cell('priceIndex').value = {
			formula: priceIndexFormula(year),
			result: toNumber(inflation.pow(t))
		};
		cell('priceIndex').numFmt = FACTOR_FORMAT;
		if (year === 1) {
			cell('discountRate').value = 'none';
			cell('discountFactor').value = 1;
		} else {
			cell('discountRate').value = {
				formula: discountRateFormula(year),
				result: stepRate(scenario, t)
			};
			cell('discountRate').numFmt = '0.0%';
			cell('discountFactor').value = {
				formula: discountFactorFormula(year),
				result: toNumber(factors[t])
			};
		}
		cell('discountFactor').numFmt = FACTOR_FORMAT;
		sheet.getColumn(column).width = FIGURE_WIDTH;
	}
	sheet.getColumn('A').width = LABEL_WIDTH;
	sheet.getColumn('B').width = 4;
}
