import { describe, expect, it } from 'vitest';
import { LosslessNumber } from 'lossless-json';
import { parseJsonText } from '../../../src/lib/schemas/json-text';
import { plainNotation } from '../../../src/lib/schemas/decimal';
import { parseScenario, parseScenarioText } from '../../../src/lib/schemas/scenario';
import { formatProblem } from '../../../src/lib/schemas/problems';
import { LINE, runCases } from './cases';
import { minimalDocument } from './documents';

/** Format revision 1.1: hourly lines, optimism bias, claims, bounds, exact numbers, text. */

const CONTROL = 'must not contain control characters or the characters that reverse text direction';
const PLAIN_TEXT = 'retype the text or paste it as plain text';
const EXACT =
	'must be a number this product can read exactly: at most 15 digits before the point and 10 after once written out in full';

const claim = {
	id: 'agency-dearer',
	text: 'Agency placements cost £2 million more over five years',
	option: 'agency',
	amount: '2000000'
};

describe('parseScenario: revision 1.1 rules', () => {
	runCases([
		{
			rule: 'growth is at most 1000 per cent',
			edits: [[`${LINE}[0].quantityGrowthPercent`, '1000.5']],
			problems: [
				`${LINE}[0].quantityGrowthPercent: must be above -100 and at most 1000 (got "1000.5")`
			]
		},
		{
			rule: 'an uplift of exactly 1000 per cent is allowed',
			edits: [[`${LINE}[1].upliftPercent`, '1000']],
			problems: []
		},
		{
			rule: 'a flat discount rate is at most 1000 per cent',
			edits: [['discount', { scheme: 'flat', ratePercent: '1001' }]],
			problems: ['discount.ratePercent: must be above -100 and at most 1000 (got "1001")']
		},
		{
			rule: 'optimism bias rates are Ranges from 0 to 200',
			edits: [
				[
					'options[0].optimismBias',
					{ oneOffPercent: '200', ongoingPercent: { low: '-1', central: '10' } }
				]
			],
			problems: ['options[0].optimismBias.ongoingPercent.low: must be from 0 to 200 (got "-1")']
		},
		{
			rule: 'optimism bias above 200 per cent is refused',
			edits: [['options[1].optimismBias', { oneOffPercent: '200.01' }]],
			problems: ['options[1].optimismBias.oneOffPercent: must be from 0 to 200 (got "200.01")']
		},
		{
			rule: 'optimism bias has only its two rates',
			edits: [['options[1].optimismBias', { capitalPercent: '5' }]],
			problems: [
				'options[1].optimismBias.capitalPercent: unknown field "capitalPercent" (fields outside the format are rejected, not ignored, so a typo cannot silently drop a cost)'
			]
		},
		{
			rule: 'a label may not hold a control character',
			edits: [[`${LINE}[0].label`, 'Place\u0007ments']],
			problems: [`${LINE}[0].label: ${CONTROL} (found U+0007 at character 6); ${PLAIN_TEXT}`]
		},
		{
			rule: 'a name may not hold a bidirectional override',
			edits: [['options[1].name', 'Agency \u202Eycnega']],
			problems: [`options[1].name: ${CONTROL} (found U+202E at character 8); ${PLAIN_TEXT}`]
		},
		{
			rule: 'a title may not hold a newline',
			edits: [['title', 'Two\nlines']],
			problems: [`title: ${CONTROL} (found U+000A at character 4); ${PLAIN_TEXT}`]
		},
		{
			rule: 'a description may hold tabs and newlines but not a C1 control',
			edits: [['description', 'One\tline\nand\u0085another']],
			problems: [`description: ${CONTROL} (found U+0085 at character 13); ${PLAIN_TEXT}`]
		},
		{
			rule: 'notes may hold newlines but not a carriage return',
			edits: [[`${LINE}[0].notes`, 'a\r\nb']],
			problems: [`${LINE}[0].notes: ${CONTROL} (found U+000D at character 2); ${PLAIN_TEXT}`]
		},
		{
			rule: 'a quote may not hold a directional isolate',
			edits: [['sources[0].quote', 'said \u2067so\u2069']],
			problems: [`sources[0].quote: ${CONTROL} (found U+2067 at character 6); ${PLAIN_TEXT}`]
		},
		{
			rule: 'a claim with every default is valid',
			edits: [['claims', [claim]]],
			problems: []
		},
		{
			rule: 'a claim names an option that exists',
			edits: [['claims', [{ ...claim, option: 'trust' }]]],
			problems: ['claims[0].option: no option "trust" (the options are "in-house" and "agency")']
		},
		{
			rule: 'a claim compares two different options',
			edits: [['claims', [{ ...claim, baseline: 'agency' }]]],
			problems: [
				`claims[0].baseline: names option "agency", the same option as the claim's own; a claim compares two different options`
			]
		},
		{
			rule: "a claim on the scenario's baseline needs a baseline of its own",
			edits: [['claims', [{ ...claim, option: 'in-house' }]]],
			problems: [
				`claims[0].option: is "in-house", the scenario's baseline, so the claim would compare the baseline with itself; give the claim a "baseline" naming another option`
			]
		},
		{
			rule: 'a claim on the baseline against another option is valid',
			edits: [['claims', [{ ...claim, option: 'in-house', baseline: 'agency' }]]],
			problems: []
		},
		{
			rule: 'a claim covers years inside the horizon',
			edits: [['claims', [{ ...claim, years: 6 }]]],
			problems: ['claims[0].years: must be a year within the horizon, from 1 to 5 (got 6)']
		},
		{
			rule: 'a claim cites a source that exists',
			edits: [['claims', [{ ...claim, source: 'leaflet' }]]],
			problems: [`claims[0].source: no source "leaflet" in the scenario's sources`]
		},
		{
			rule: 'claim ids are unique',
			edits: [['claims', [claim, claim]]],
			problems: ['claims[1].id: claim id "agency-dearer" is already used by claims[0]']
		},
		{
			rule: 'a claimed amount is one decimal, not a Range',
			edits: [['claims', [{ ...claim, amount: { central: '5' } }]]],
			problems: [
				'claims[0].amount: must be a decimal number in plain notation such as "1250.50" (got an object)'
			]
		},
		{
			rule: 'a claim measure is cash, real or presentValue',
			edits: [['claims', [{ ...claim, measure: 'nominal' }]]],
			problems: [
				'claims[0].measure: must be one of "cash", "real" or "presentValue" (got "nominal")'
			]
		},
		{
			rule: 'claim text is required and not empty',
			edits: [['claims', [{ ...claim, text: '' }]]],
			problems: ['claims[0].text: must not be empty']
		}
	]);

	it('keeps a claim’s baseline and years absent when left out, and measure defaults to cash', () => {
		const document = { ...minimalDocument(), claims: [claim] };
		const parsed = parseScenario(document);
		expect(parsed.ok && parsed.scenario.claims).toEqual([{ ...claim, measure: 'cash' }]);
	});

	it('fills a missing optimism bias rate with "0"', () => {
		const document = minimalDocument();
		(document.options as Record<string, unknown>[])[0].optimismBias = { oneOffPercent: '15' };
		const parsed = parseScenario(document);
		expect(parsed.ok && parsed.scenario.options[0].optimismBias).toEqual({
			oneOffPercent: { low: '15', central: '15', high: '15' },
			ongoingPercent: { low: '0', central: '0', high: '0' }
		});
	});
});

describe('JSON numbers read exactly (format.md, "Numbers")', () => {
	const withAmount = (amount: string): string =>
		JSON.stringify(minimalDocument()).replace('"amount":"325"', `"amount":${amount}`);
	const problems = (text: string): string[] => {
		const parsed = parseScenarioText(text);
		return parsed.ok ? [] : parsed.problems.map(formatProblem);
	};
	const amountOf = (text: string): string | undefined => {
		const parsed = parseScenarioText(text);
		const line = parsed.ok ? parsed.scenario.options[0].lines[0] : undefined;
		return line?.kind === 'recurring' ? line.amount.central : undefined;
	};

	it('refuses 1E-400 rather than reading it as 0', () => {
		expect(problems(withAmount('1E-400'))).toEqual([`${LINE}[0].amount: ${EXACT} (got 1E-400)`]);
	});

	it('refuses 100.00000000000000001 rather than reading it as 100', () => {
		expect(problems(withAmount('100.00000000000000001'))).toEqual([
			`${LINE}[0].amount: ${EXACT} (got 100.00000000000000001)`
		]);
	});

	it('reads 0.0000005 and 12345678901.0000001 digit for digit', () => {
		expect(amountOf(withAmount('0.0000005'))).toBe('0.0000005');
		expect(amountOf(withAmount('12345678901.0000001'))).toBe('12345678901.0000001');
	});

	it('writes a number with an exponent out in full when it fits', () => {
		expect(amountOf(withAmount('3.25E2'))).toBe('325');
		expect(amountOf(withAmount('5e-7'))).toBe('0.0000005');
		expect(amountOf(withAmount('-0'))).toBe('0');
		expect(amountOf(withAmount('1.50'))).toBe('1.50');
	});

	it('keeps whole numbers as numbers, so years and the horizon read as before', () => {
		const parsed = parseScenarioText(JSON.stringify(minimalDocument()));
		expect(parsed.ok && parsed.scenario.horizonYears).toBe(5);
	});

	it('reports a fractional horizon by the number as written', () => {
		const text = JSON.stringify(minimalDocument()).replace(
			'"horizonYears":5',
			'"horizonYears":5.0'
		);
		expect(problems(text)).toEqual([
			'horizonYears: must be a whole number from 1 to 100 (got 5.0)'
		]);
	});

	it('refuses a key given twice with different values', () => {
		const text = JSON.stringify(minimalDocument()).replace(
			'"horizonYears":5',
			'"horizonYears":5,"horizonYears":6'
		);
		expect(problems(text)).toEqual([
			"(scenario): is not valid JSON (Duplicate key 'horizonYears' encountered…)"
		]);
	});

	it('gives plain numbers back from parseJsonText, and lossless ones otherwise', () => {
		expect(parseJsonText('[5, -12, 2.5, 9007199254740993]')).toEqual([
			5,
			-12,
			new LosslessNumber('2.5'),
			new LosslessNumber('9007199254740993')
		]);
	});

	it('writes JSON number texts in plain notation', () => {
		expect(plainNotation('1E3')).toBe('1000');
		expect(plainNotation('-12.5e-3')).toBe('-0.0125');
		expect(plainNotation('0.05E2')).toBe('5');
		expect(plainNotation('100E-2')).toBe('1.00');
		expect(plainNotation('1E-400')).toBeUndefined();
		expect(plainNotation('abc')).toBeUndefined();
	});
});
