/**
 * Display formatting for money. Pure string manipulation: a figure never passes through a
 * JavaScript number, so nothing is lost to binary floating point.
 */

/** A plain decimal string as the exchange format writes it ("-1313207.88", "325"). */
const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;

/** U+2212 MINUS SIGN: screen readers say "minus", where a hyphen is often read as "dash" or skipped. */
export const MINUS_SIGN = '\u2212';

/**
 * Formats a decimal string of pounds for people, in en-GB style.
 *
 * Thousands are separated by commas and the decimals are kept exactly as given (no rounding:
 * the engine has already rounded to pennies). A negative amount starts with a real minus sign
 * (U+2212) before the pound sign: "-1313207.88" becomes "−£1,313,207.88". Zero is never
 * negative: "-0.00" becomes "£0.00".
 *
 * @param amount pounds as a plain decimal string, for example "12550956.14"
 * @returns the amount with a pound sign, for example "£12,550,956.14"
 * @throws RangeError if `amount` is not a plain decimal string
 */
export function formatPounds(amount: string): string {
	const match = DECIMAL_STRING.exec(amount);
	if (!match) throw new RangeError(`Not a decimal amount of pounds: "${amount}"`);
	const [, minus, digits, fraction] = match;
	const whole = digits.replace(/^0+(?=\d)/, '');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	const pounds = `£${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
	const isZero = /^[0.]*$/.test(whole + (fraction ?? ''));
	return minus && !isZero ? `${MINUS_SIGN}${pounds}` : pounds;
}

/** Currencies written with a symbol before the amount; any other ISO 4217 code is written "CHF 5.00". */
const SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', EUR: '€', USD: '$' };

/**
 * What goes before an amount of money in a currency: "£" for GBP, "€" for EUR, "$" for USD,
 * and the code and a space ("CHF ") for any other ISO 4217 code.
 */
export function currencySymbol(currency = 'GBP'): string {
	return SYMBOLS[currency] ?? `${currency} `;
}

/**
 * Formats a decimal string of money in any currency, exactly as {@link formatPounds} does for
 * pounds: "12550956.14" in GBP becomes "£12,550,956.14", in EUR "€12,550,956.14", and in CHF
 * "CHF 12,550,956.14". No rounding: the decimals are kept as given.
 *
 * @param amount a plain decimal string, for example "-1313207.88"
 * @param currency an ISO 4217 code (default "GBP")
 * @throws RangeError if `amount` is not a plain decimal string
 */
export function formatMoney(amount: string, currency = 'GBP'): string {
	const pounds = formatPounds(amount);
	if (currency === 'GBP') return pounds;
	return pounds.replace('£', currencySymbol(currency));
}

/**
 * Formats a plain decimal number for people, en-GB style, keeping every digit given: "1234.5"
 * becomes "1,234.5" and "-16.92" becomes "−16.92" (with U+2212). Zero is never negative.
 *
 * @throws RangeError if `value` is not a plain decimal string
 */
export function formatNumber(value: string): string {
	if (!DECIMAL_STRING.test(value)) throw new RangeError(`Not a decimal number: "${value}"`);
	return formatPounds(value).replace('£', '');
}
