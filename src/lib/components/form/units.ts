/**
 * How a numeric box shows its unit: a £ before it or a % after it (GOV.UK prefix and suffix),
 * the unit in words for screen readers, and the box's width. Shared by NumberField and
 * RangeField so a single box and an opened range read the same.
 */
export const UNITS = {
	money: { prefix: '£', suffix: undefined, words: 'in pounds', width: 'money' },
	percent: { prefix: undefined, suffix: '%', words: 'per cent', width: 'short' },
	number: { prefix: undefined, suffix: undefined, words: undefined, width: 'short' }
} as const;

export type Unit = keyof typeof UNITS;
