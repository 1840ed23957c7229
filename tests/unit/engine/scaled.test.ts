import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as decimals from '../../../src/lib/engine/decimal';
import * as scaled from '../../../src/lib/engine/scaled';

const { fromDecimal, isOne, minus, plus, power, quotient, roundTo, times, toDecimal } = scaled;

/** decimal.js at a precision, half-even: what the engine's BigInt decimals must reproduce. */
function atPrecision(precision: number): Decimal.Constructor {
	return Decimal.clone({
		precision,
		rounding: Decimal.ROUND_HALF_EVEN,
		toExpNeg: -9e15,
		toExpPos: 9e15
	});
}

const EXACT = atPrecision(1000);

/** Decimals of 1 to 80 digits, either sign, with their point anywhere from 1e-50 to 1e30. */
const arbDecimal = fc
	.record({
		digits: fc.stringMatching(/^[1-9][0-9]{0,79}$/),
		exponent: fc.integer({ min: -50, max: 30 }),
		negative: fc.boolean()
	})
	.map(
		({ digits, exponent, negative }) => new EXACT(`${negative ? '-' : ''}${digits}e${exponent}`)
	);

/** Values whose rounding is an exact tie at `precision` digits: d…d5 with precision + 1 digits. */
const arbTie = (precision: number) =>
	fc
		.stringMatching(new RegExp(`^[1-9][0-9]{${precision - 1}}$`))
		.map((digits) => new EXACT(`${digits}5e-7`));

describe('BigInt decimals (scaled.ts)', () => {
	it('read a Decimal from its digit words exactly: zero, signs, word boundaries, tiny and huge', () => {
		const read = (text: string) => {
			const { m, e } = fromDecimal(new EXACT(text));
			return `${m}e${e}`;
		};
		expect(read('0')).toBe('0e0');
		expect(read('-0')).toBe('0e0');
		expect(read('1')).toBe('1e0');
		expect(read('-12.5')).toBe('-125e-1');
		expect(read('1234567.0000001')).toBe('12345670000001e-7');
		expect(read('10000000')).toBe('1e7');
		expect(read('0.0000001')).toBe('1e-7');
		expect(read('1e-400')).toBe('1e-400');
		expect(read('-98765432109876543210.01234567')).toBe('-9876543210987654321001234567e-8');
		expect(() => fromDecimal(new EXACT(Infinity))).toThrow(RangeError);
	});

	it('read and give back a Decimal exactly', () => {
		fc.assert(
			fc.property(arbDecimal, (x) => {
				expect(toDecimal(fromDecimal(x)).eq(x)).toBe(true);
			})
		);
	});

	it('lay out a Decimal exactly as decimal.js parses the same value: words, exponent, sign, settings', () => {
		const { Exact } = decimals;
		const laidOut = (m: bigint, e: number) => {
			const made = toDecimal({ m, e });
			const parsed = new Exact(`${m}e${e}`);
			return { made, parsed, same: { d: made.d, e: made.e, s: made.s } };
		};
		// Word boundaries either side of the point, trailing zeros, one digit, zero.
		for (const [m, e] of [
			[0n, 0],
			[0n, -9],
			[1n, 0],
			[-1n, -1],
			[1234567n, 0],
			[12345678n, -1],
			[10000000n, 0],
			[123456700000n, -20],
			[5n, -7],
			[-98765432109876543210n, 5]
		] as const) {
			const { made, parsed, same } = laidOut(m, e);
			expect(same).toEqual({ d: parsed.d, e: parsed.e, s: parsed.s });
			expect(made).toBeInstanceOf(Exact);
			expect(made.constructor).toBe(Exact);
		}
		expect(toDecimal({ m: -125n, e: -1 }).toString()).toBe('-12.5');
		// It computes at Exact's precision, not decimal.js's default of 20 digits.
		const third = toDecimal({ m: 1n, e: 0 }).dividedBy(3);
		expect(third.toString()).toBe(new Exact(1).dividedBy(3).toString());
		fc.assert(
			fc.property(
				fc.bigInt({ min: -(10n ** 90n), max: 10n ** 90n }),
				fc.integer({ min: -120, max: 60 }),
				(m, e) => {
					const { parsed, same } = laidOut(m, e);
					expect(same).toEqual({ d: parsed.d, e: parsed.e, s: parsed.s });
				}
			)
		);
	});

	it('add, subtract and multiply exactly', () => {
		fc.assert(
			fc.property(arbDecimal, arbDecimal, (a, b) => {
				const [x, y] = [fromDecimal(a), fromDecimal(b)];
				expect(toDecimal(plus(x, y)).eq(a.plus(b))).toBe(true);
				expect(toDecimal(minus(x, y)).eq(a.minus(b))).toBe(true);
				expect(toDecimal(times(x, y)).eq(a.times(b))).toBe(true);
			})
		);
	});

	it.each([34, 50, 60, 77])(
		'round products and quotients at %i digits exactly as decimal.js does',
		(precision) => {
			const Rounded = atPrecision(precision);
			fc.assert(
				fc.property(arbDecimal, arbDecimal, (a, b) => {
					const [x, y] = [fromDecimal(a), fromDecimal(b)];
					const product = new Rounded(a).times(b);
					expect(toDecimal(roundTo(times(x, y), precision)).eq(product)).toBe(true);
					expect(toDecimal(quotient(x, y, precision)).eq(new Rounded(a).div(b))).toBe(true);
				}),
				{ numRuns: 300 }
			);
		}
	);

	it.each([34, 50])('break exact ties at %i digits to the even neighbour', (precision) => {
		const Rounded = atPrecision(precision);
		fc.assert(
			fc.property(arbTie(precision), (x) => {
				const rounded = roundTo(fromDecimal(x), precision);
				expect(toDecimal(rounded).eq(new Rounded(x).times(1))).toBe(true);
				const half = quotient(fromDecimal(x), fromDecimal(new EXACT('0.5')), precision);
				expect(toDecimal(half).eq(new Rounded(x).div('0.5'))).toBe(true);
			})
		);
	});

	it('rounds 2.5 and 3.5 to one digit as 2 and 4, and −2.5 as −2', () => {
		expect(toDecimal(roundTo({ m: 25n, e: -1 }, 1)).toString()).toBe('2');
		expect(toDecimal(roundTo({ m: 35n, e: -1 }, 1)).toString()).toBe('4');
		expect(toDecimal(roundTo({ m: -25n, e: -1 }, 1)).toString()).toBe('-2');
	});

	it('raises to a power exactly without a precision, and within a unit of the last digit with one', () => {
		expect(
			toDecimal(power(fromDecimal(new EXACT('1.035')), 30)).eq(new EXACT('1.035').pow(30))
		).toBe(true);
		const exact = new EXACT('1.0234').pow(97);
		const rounded = toDecimal(power(fromDecimal(new EXACT('1.0234')), 97, 60));
		expect(rounded.minus(exact).abs().div(exact).lt('1e-59')).toBe(true);
	});

	it('knows 1 however many zeros its mantissa carries', () => {
		expect(isOne({ m: 1000n, e: -3 })).toBe(true);
		expect(isOne({ m: 1n, e: 0 })).toBe(true);
		expect(isOne({ m: 1001n, e: -3 })).toBe(false);
		expect(isOne({ m: 10n, e: 0 })).toBe(false);
	});
});
