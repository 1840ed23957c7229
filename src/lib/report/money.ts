/**
 * Money and number formatting for plain-text reports (the CLI table). Pure string
 * manipulation on the decimal strings the engine has already rounded: a figure never passes
 * through a JavaScript number, so nothing is lost to binary floating point.
 *
 * Terminal text uses the ASCII hyphen-minus for negatives, so a figure can be copied into a
 * spreadsheet or searched for with grep; the web page's formatter (`$lib/format/money.ts`)
 * uses U+2212 for screen readers instead.
 */

/** A plain decimal string as the exchange format writes it ("-1313207.88", "325"). */
const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Currency symbols written before the amount; any other ISO 4217 code is written "EUR 5.00". */
const SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', EUR: '€', USD: '$' };

interface DecimalParts {
	negative: boolean;
	/** Whole part with thousands separators: "12,550,956". */
	grouped: string;
	/** Digits after the point, as given; undefined when there is no point. */
	fraction: string | undefined;
}

function parts(value: string, what: string): DecimalParts {
	const match = DECIMAL_STRING.exec(value);
	if (!match) throw new RangeError(`Not a decimal ${what}: "${value}"`);
	const [, minus, digits, fraction] = match;
	const whole = digits.replace(/^0+(?=\d)/, '');
	const isZero = /^0*$/.test(whole + (fraction ?? ''));
	return {
		negative: minus === '-' && !isZero,
		grouped: whole.replace(/\B(?=(\d{3})+$)/g, ','),
		fraction
	};
}

/**
 * Formats an amount of money for people, en-GB style: "12550956.14" → "£12,550,956.14".
 *
 * Thousands are separated by commas and the decimals are kept exactly as given (no rounding:
 * round first with the engine's `roundPenniesHalfUp`). A negative amount starts with a minus
 * sign before the currency symbol ("-£1,313,207.88"); zero is never negative ("-0.00" →
 * "£0.00").
 *
 * @param amount a plain decimal string, for example "12550956.14"
 * @param currency an ISO 4217 code (default "GBP"); GBP, EUR and USD get their symbol
 * @returns the formatted amount, for example "£12,550,956.14"
 * @throws RangeError if `amount` is not a plain decimal string
 */
export function formatMoney(amount: string, currency = 'GBP'): string {
	const { negative, grouped, fraction } = parts(amount, 'amount');
	const symbol = SYMBOLS[currency] ?? `${currency} `;
	const text = `${symbol}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
	return negative ? `-${text}` : text;
}

/**
 * Formats a plain number for people, en-GB style, keeping every digit given:
 * "1234.5" → "1,234.5", "-16.92" → "-16.92", "-0" → "0".
 *
 * @throws RangeError if `value` is not a plain decimal string
 */
export function formatNumber(value: string): string {
	const { negative, grouped, fraction } = parts(value, 'number');
	const text = `${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
	return negative ? `-${text}` : text;
}

/**
 * Pads a decimal string to at least two decimals, for showing an input amount beside rounded
 * money: "825" → "825.00", "12.5" → "12.50", "52.142857" is kept as it is.
 *
 * @throws RangeError if `value` is not a plain decimal string
 */
export function atLeastPennies(value: string): string {
	const match = DECIMAL_STRING.exec(value);
	if (!match) throw new RangeError(`Not a decimal amount: "${value}"`);
	const fraction = match[3] ?? '';
	if (fraction.length >= 2) return value;
	return `${match[1]}${match[2]}.${fraction.padEnd(2, '0')}`;
}
