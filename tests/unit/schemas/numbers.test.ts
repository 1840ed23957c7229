import { describe } from 'vitest';
import { DECIMAL, LINE, RANGE, runCases, type Case } from './cases';

describe('parseScenario: numbers and Ranges', () => {
	const amount = `${LINE}[0].amount`;
	runCases([
		...[
			'1e5',
			'1E5',
			'1,000',
			'£5',
			' 5',
			'5 ',
			'+5',
			'0x10',
			'1_000',
			'5.',
			'.5',
			'',
			'-',
			'NaN',
			'Infinity',
			'١٢'
		].map((text): Case => ({
			rule: `a decimal is never ${JSON.stringify(text)}`,
			edits: [[amount, text]],
			problems: [`${amount}: ${DECIMAL} (got ${JSON.stringify(text)})`]
		})),
		{
			rule: 'a decimal has at most 15 digits before the point',
			edits: [[amount, '1234567890123456']],
			problems: [
				`${amount}: must have at most 15 digits before the point and 10 after (got "1234567890123456")`
			]
		},
		{
			rule: 'a decimal has at most 10 digits after the point',
			edits: [[amount, '1.12345678901']],
			problems: [
				`${amount}: must have at most 15 digits before the point and 10 after (got "1.12345678901")`
			]
		},
		{
			rule: 'a JSON number is read through its own text, which may not use an exponent',
			edits: [[amount, 1e21]],
			problems: [`${amount}: ${DECIMAL} (got 1e+21)`]
		},
		{
			rule: 'a tiny JSON number is refused rather than rounded',
			edits: [[amount, 1e-7]],
			problems: [`${amount}: ${DECIMAL} (got 1e-7)`]
		},
		{
			rule: 'a JSON number with binary noise is refused rather than rounded',
			edits: [[amount, 0.1 + 0.2]],
			problems: [
				`${amount}: must have at most 15 digits before the point and 10 after (got 0.30000000000000004)`
			]
		},
		{
			rule: 'a Range is not true',
			edits: [[amount, true]],
			problems: [`${amount}: ${RANGE} (got true)`]
		},
		{
			rule: 'a Range is not null',
			edits: [[amount, null]],
			problems: [`${amount}: ${RANGE} (got null)`]
		},
		{
			rule: 'a Range is not an array',
			edits: [[amount, ['1']]],
			problems: [`${amount}: ${RANGE} (got an array)`]
		},
		{
			rule: 'a Range object needs central',
			edits: [[amount, { low: '1', high: '2' }]],
			problems: [`${amount}.central: is required`]
		},
		{
			rule: 'a Range holds low ≤ central',
			edits: [[amount, { low: '850', central: '825', high: '900' }]],
			problems: [`${amount}: low (850) must not be above central (825)`]
		},
		{
			rule: 'a Range holds central ≤ high',
			edits: [[amount, { central: '825', high: '800' }]],
			problems: [`${amount}: high (800) must not be below central (825)`]
		},
		{
			rule: 'a Range compares values as decimals, not as text',
			edits: [[amount, { low: '9.5', central: '10', high: '10.00' }]],
			problems: []
		},
		{
			rule: 'a Range reports each bad value at its own path',
			edits: [[amount, { low: '1e3', central: 5, high: 'x' }]],
			problems: [`${amount}.low: ${DECIMAL} (got "1e3")`, `${amount}.high: ${DECIMAL} (got "x")`]
		},
		{
			rule: 'a Range object has no other fields',
			edits: [[amount, { lo: '300', central: '325' }]],
			problems: [`${amount}.lo: unknown field "lo"; did you mean "low"?`]
		},
		{
			rule: 'a long value is shortened in the message',
			edits: [[amount, '9'.repeat(100)]],
			problems: [
				`${amount}: must have at most 15 digits before the point and 10 after (got "${'9'.repeat(40)}…")`
			]
		}
	]);
});
