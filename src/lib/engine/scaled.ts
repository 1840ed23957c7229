import { Exact, type Decimal } from './decimal';

/**
 * Exact decimals for the engine's hottest loops (methodology §7): a decimal m × 10^e held as a
 * BigInt mantissa m and a power of ten e. It is still decimal arithmetic, never binary floating
 * point: sums and products are exact, and `roundTo` and `quotient` round to a number of
 * significant digits, half-even, exactly as decimal.js's `times` and `div` do at that precision
 * (both are correctly rounded), so every figure comes out to the last digit as decimal.js would
 * give it. It exists for speed: a BigInt operation costs a fraction of a decimal.js one and
 * allocates one object instead of a digit array, which matters when a figure is the sum of
 * thousands of products (factor series, prefix sums, years, switching-value quotients).
 *
 * Values cross to and from decimal.js only at the edges (`fromDecimal`, `toDecimal`).
 */
export interface Scaled {
	readonly m: bigint;
	readonly e: number;
}

export const SCALED_ZERO: Scaled = { m: 0n, e: 0 };
export const SCALED_ONE: Scaled = { m: 1n, e: 0 };

const POWERS: bigint[] = [1n];

/** 10^k as a BigInt, from a table. */
export function pow10(k: number): bigint {
	while (POWERS.length <= k) POWERS.push(POWERS[POWERS.length - 1] * 10n);
	return POWERS[k];
}

/** A decimal in plain notation ("-12.5", "3"), exactly. */
export function fromString(text: string): Scaled {
	const point = text.indexOf('.');
	if (point < 0) return { m: BigInt(text), e: 0 };
	return { m: BigInt(text.slice(0, point) + text.slice(point + 1)), e: point + 1 - text.length };
}

/**
 * A Decimal's exact value, read from its digits: decimal.js keeps them (its typed, read-only
 * `d`, `e` and `s`) as base-10^7 words, the first without leading zeros, with `e` the power of
 * ten of the leading digit. Joining the words is about twice as fast as `toFixed` and parsing.
 */
export function fromDecimal(x: Decimal): Scaled {
	const words = x.d;
	if (!words) throw new RangeError(`${x.toString()} is not a finite decimal`);
	let digits = String(words[0]);
	for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(WORD_DIGITS, '0');
	// The last word may end in zeros; dropping them keeps mantissas, and so products, short.
	let end = digits.length;
	while (end > 1 && digits.charCodeAt(end - 1) === ZERO_CHAR) end--;
	const m = BigInt(end === digits.length ? digits : digits.slice(0, end));
	return { m: x.s < 0 ? -m : m, e: x.e - end + 1 };
}

/** Decimal digits in each word of decimal.js's digit array. */
const WORD_DIGITS = 7;
const ZERO_CHAR = 48;

/**
 * The same value as an exact Decimal. Its digits are laid out here directly in decimal.js's
 * form (the words `fromDecimal` reads, the first holding the digits above a multiple of seven
 * in the exponent, the last padded with zeros, no trailing zero words), as decimal.js's own
 * parser lays out a string: this skips writing and re-reading an exponent string, and halves
 * the cost of what is the engine's most frequent conversion. A unit test holds it to the
 * parser's words, exponent and sign.
 */
export function toDecimal(x: Scaled): Decimal {
	if (x.m === 0n) return new Exact(0);
	const negative = x.m < 0n;
	const text = (negative ? -x.m : x.m).toString();
	let length = text.length;
	while (text.charCodeAt(length - 1) === ZERO_CHAR) length--;
	const exponent = x.e + text.length - 1;
	if (Math.abs(exponent) > MAX_EXPONENT) return new Exact(`${x.m}e${x.e}`);
	// Digits in the first word: the leading digit's place within its word of seven. Words are
	// read digit by digit rather than sliced out, which allocates nothing but the array.
	let limit = (exponent + 1) % WORD_DIGITS;
	if (exponent < 0) limit += WORD_DIGITS;
	if (limit === 0) limit = WORD_DIGITS;
	const words: number[] = [];
	let word = 0;
	let count = 0;
	for (let i = 0; i < length; i++) {
		word = word * 10 + (text.charCodeAt(i) - ZERO_CHAR);
		if (++count === limit) {
			words.push(word);
			word = 0;
			count = 0;
			limit = WORD_DIGITS;
		}
	}
	if (count > 0) words.push(word * WORD_SCALE[limit - count]);
	const decimal = Object.create(Exact.prototype) as DecimalFields;
	// decimal.js keeps each instance's constructor (and so its precision) as an own property.
	decimal.constructor = Exact;
	decimal.s = negative ? -1 : 1;
	decimal.e = exponent;
	decimal.d = words;
	return decimal as unknown as Decimal;
}

/** A Decimal's fields, written once by `toDecimal` as decimal.js's constructor would. */
interface DecimalFields {
	constructor: typeof Exact;
	s: number;
	e: number;
	d: number[];
}

/** 10^k for the zeros that pad a last word, k = 1..6. */
const WORD_SCALE = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
/** decimal.js's default exponent limits (maxE, −minE), which Exact keeps. */
const MAX_EXPONENT = 9e15;

/** True when x is exactly 1, however many zeros its mantissa carries. */
export function isOne(x: Scaled): boolean {
	return x.e <= 0 ? x.m === pow10(-x.e) : x.m === 1n && x.e === 0;
}

export function times(a: Scaled, b: Scaled): Scaled {
	return { m: a.m * b.m, e: a.e + b.e };
}

export function plus(a: Scaled, b: Scaled): Scaled {
	if (a.m === 0n) return b;
	if (b.m === 0n) return a;
	if (a.e === b.e) return { m: a.m + b.m, e: a.e };
	return a.e < b.e
		? { m: a.m + b.m * pow10(b.e - a.e), e: a.e }
		: { m: a.m * pow10(a.e - b.e) + b.m, e: b.e };
}

export function minus(a: Scaled, b: Scaled): Scaled {
	return plus(a, { m: -b.m, e: b.e });
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Scaled, b: Scaled): number {
	const difference = minus(a, b).m;
	return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** |x|. */
export function magnitude(x: Scaled): Scaled {
	return x.m < 0n ? { m: -x.m, e: x.e } : x;
}

/** The same value with mantissa scaled to power of ten `e` (e ≤ x.e), exactly. */
export function atExponent(x: Scaled, e: number): bigint {
	return x.m * pow10(x.e - e);
}

function abs(m: bigint): bigint {
	return m < 0n ? -m : m;
}

/** The number of decimal digits of |m| (1 for zero), by binary search of the powers of ten. */
function digitCount(m: bigint): number {
	const magnitude = abs(m);
	let hi = 64;
	while (magnitude >= pow10(hi)) hi *= 2;
	let lo = 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (magnitude < pow10(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * m ÷ 10^k rounded half-even; `sticky` says digits below the ones dropped here were non-zero
 * (so an apparent tie is really above half).
 */
function shiftRound(m: bigint, k: number, sticky = false): bigint {
	if (k <= 0) return m * pow10(-k);
	const unit = pow10(k);
	const negative = m < 0n;
	const magnitude = negative ? -m : m;
	let q = magnitude / unit;
	const twice = (magnitude - q * unit) * 2n;
	if (twice > unit || (twice === unit && (sticky || q % 2n === 1n))) q += 1n;
	return negative ? -q : q;
}

/** The power of ten of x's leading digit (decimal.js's `e`); x not zero. */
export function leadingExponent(x: Scaled): number {
	return x.e + digitCount(x.m) - 1;
}

/** x rounded to `digits` significant digits, half-even (decimal.js's finalise). */
export function roundTo(x: Scaled, digits: number): Scaled {
	const drop = digitCount(x.m) - digits;
	if (drop <= 0) return x;
	return { m: shiftRound(x.m, drop), e: x.e + drop };
}

/**
 * a ÷ b rounded to `digits` significant digits, half-even (b not zero): decimal.js's `div` at
 * that precision, which is correctly rounded.
 */
export function quotient(a: Scaled, b: Scaled, digits: number): Scaled {
	if (a.m === 0n) return SCALED_ZERO;
	// Scale the numerator so the integer quotient has at least digits + 1 digits.
	const shift = Math.max(0, digits + 1 - (digitCount(a.m) - digitCount(b.m)));
	const numerator = abs(a.m) * pow10(shift);
	const denominator = abs(b.m);
	const q = numerator / denominator;
	const sticky = q * denominator !== numerator;
	const drop = digitCount(q) - digits;
	const sign = a.m < 0n !== b.m < 0n ? -1n : 1n;
	return { m: sign * shiftRound(q, drop, sticky), e: a.e - b.e - shift + drop };
}

/** Extra digits carried by each step of `power` before its final rounding. */
const GUARD = 10;

/**
 * x^n for n ≥ 0 by repeated squaring: exact without `digits`; with it, each step carried at
 * digits + GUARD significant digits and the result rounded to `digits` (its relative error
 * stays below n × 10^−(digits + GUARD − 1), far under the last digit kept).
 */
export function power(x: Scaled, n: number, digits?: number): Scaled {
	const step = (a: Scaled, b: Scaled): Scaled =>
		digits === undefined ? times(a, b) : roundTo(times(a, b), digits + GUARD);
	let result = SCALED_ONE;
	let base = x;
	for (let k = n; k > 0; k >>= 1) {
		if (k & 1) result = step(result, base);
		if (k > 1) base = step(base, base);
	}
	return digits === undefined ? result : roundTo(result, digits);
}
