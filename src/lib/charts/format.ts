import { Exact, type MoneyString } from '../engine/index';
import { roundHalfUp, roundSignificantHalfUp } from '../engine/rounding';
import { formatPounds, MINUS_SIGN } from '../format/money';

/**
 * Formatting for charts. The one place in the app where money becomes a JavaScript number is
 * {@link chartNumber}: chart.js draws numbers, and a rounded penny figure survives the trip
 * exactly for any amount under about £90 trillion, so nothing shown is changed by it. Every
 * other figure here stays a decimal string.
 */

/**
 * A penny string from the results document as the number chart.js plots. Display only:
 * never compute a figure from the result. A figure too large for a double (past about
 * 1.8e308, which a share link can reach with extreme growth) is NaN, which every chart leaves
 * out as a gap, rather than Infinity, which no axis can be drawn to.
 */
export function chartNumber(amount: MoneyString): number {
	const value = Number(amount);
	return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Money in full, en-GB: "£1,690,000.00", "−£1,313,207.88" (U+2212, which screen readers say
 * as "minus"). Other currencies are written with their code: "EUR 5.00".
 *
 * @param amount a plain decimal string of pennies, such as "-1313207.88"
 */
export function fullMoney(amount: MoneyString, currency: string): string {
	const pounds = formatPounds(amount);
	return currency === 'GBP' ? pounds : pounds.replace('£', `${currency}\u00a0`);
}

/**
 * A number plotted by chart.js, in full, for a tooltip. The number came from a penny string
 * ({@link chartNumber}), so `toFixed(2)` gives that string back.
 */
export function fullMoneyOfNumber(value: number, currency: string): string {
	return fullMoney(value.toFixed(2), currency);
}

const COMPACT = new Map<string, Intl.NumberFormat>();

/**
 * From a thousand trillion up, compact notation writes every digit ("£10,000tn", and three
 * hundred characters at 1e300), so ticks that large are written in scientific notation.
 */
const LARGEST_COMPACT = 1e15;

function numberFormat(currency: string, notation: 'compact' | 'scientific'): Intl.NumberFormat {
	const key = `${currency} ${notation}`;
	let format = COMPACT.get(key);
	if (!format) {
		format = new Intl.NumberFormat('en-GB', {
			style: 'currency',
			currency,
			notation,
			maximumSignificantDigits: 3
		});
		COMPACT.set(key, format);
	}
	return format;
}

/**
 * An axis tick, compact en-GB: "£1.2m", "£500k", "−£1.5m", "£0"; "£1.23E20" from a thousand
 * trillion up; "—" for a value that is not a finite number. Display only; always short.
 */
export function compactMoney(value: number, currency: string): string {
	if (!Number.isFinite(value)) return '\u2014';
	const notation = Math.abs(value) >= LARGEST_COMPACT ? 'scientific' : 'compact';
	const text = numberFormat(currency, notation).format(value === 0 ? 0 : value);
	return text.replace(/^-/, MINUS_SIGN);
}

const SCALES: readonly [InstanceType<typeof Exact>, string][] = [
	[new Exact('1e9'), 'billion'],
	[new Exact('1e6'), 'million']
];

/**
 * Money in words to three significant figures, for a title (methodology §7 allows headline
 * figures "in words to three significant figures"): "£12.6 million", "£951,000", "£950".
 * Rounded half-up from the penny string; the sign is dropped, since a title says "more" or
 * "less" in words.
 */
export function moneyInWords(amount: MoneyString, currency: string): string {
	const size = new Exact(amount).abs();
	const symbol = currency === 'GBP' ? '£' : `${currency}\u00a0`;
	for (const [scale, word] of SCALES) {
		if (roundSignificantHalfUp(size, 3).gte(scale)) {
			const figure = roundSignificantHalfUp(size.div(scale), 3);
			return `${symbol}${figure.toFixed()}\u00a0${word}`;
		}
	}
	const rounded = size.lt(1000) ? roundHalfUp(size, 0) : roundSignificantHalfUp(size, 3);
	return formatPounds(rounded.toFixed(0)).replace('£', symbol);
}

/** The first letter in capitals, for a phrase that starts a sentence. */
export function capitalise(phrase: string): string {
	return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * A label as it reads inside a sentence: "Agency foster placements" → "agency foster
 * placements"; a label that starts with an initialism ("TUPE transfer") keeps its capitals.
 */
export function labelInSentence(label: string): string {
	const firstWord = label.split(/\s/, 1)[0];
	const isInitialism = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
	return isInitialism ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** A file-name-safe form of a title: "Foster placements: in-house…" → "foster-placements-in-house…". */
export function slug(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f'\u2019]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return words.slice(0, 60).replace(/-+$/, '') || 'scenario';
}
