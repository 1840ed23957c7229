/**
 * The engine's domain types: a validated scenario (format.md, version 1, revision 1.1) with every
 * default the format fixes already applied, so the engine never guesses.
 *
 * Numbers are carried as plain decimal strings ("325", "-1500000", "3.5") exactly as
 * they were validated; the engine turns them into Decimal once, at its entry.
 * Percentages are in percent units: "3.5" means 3.5%.
 */

/** A decimal in plain notation, already validated: "-12.5", "0", "1500000". */
export type DecimalString = string;

/** A numeric input given as a low, central and high case, with low ≤ central ≤ high (methodology §5). */
export interface Range {
	low: DecimalString;
	central: DecimalString;
	high: DecimalString;
}

export type Per = 'week' | 'month' | 'day' | 'year' | 'hour';
export type YearBasis = 'financial' | 'calendar';

export type OptionKind =
	'in-house' | 'agency' | 'private' | 'not-for-profit' | 'trust' | 'shared-service' | 'other';

export type SourceStrength =
	| 'official-statistics'
	| 'official-report'
	| 'academic'
	| 'sector-body'
	| 'consultancy'
	| 'press'
	| 'campaign'
	| 'anecdotal'
	| 'assumption';

/** How future years are discounted to present value (methodology §3). */
export type Discount =
	{ scheme: 'green-book' } | { scheme: 'flat'; ratePercent: DecimalString } | { scheme: 'none' };

interface LineCommon {
	/** Unique within its option: 1–64 characters of a–z, 0–9, "-" and "_". */
	id: string;
	/** What the line is, in words; defaults to the id. */
	label: string;
	/** Ids of the scenario's sources behind this line's figures. */
	sources: string[];
	notes?: string;
}

/** A price per period times a volume: placements a week, licences a year (methodology §4). */
export interface RecurringLine extends LineCommon {
	kind: 'recurring';
	/** Pounds per period, in start-year prices. */
	amount: Range;
	per: Per;
	/**
	 * Periods billed a year, overriding `per` (a day rate billed for 220 days); required
	 * when `per` is "hour" (the hours a year it pays for).
	 */
	periodsPerYear?: DecimalString;
	/** How many are bought (default "1"). */
	quantity: Range;
	/** Growth of the quantity, per cent a year, compounded (default "0"). */
	quantityGrowthPercent: Range;
	/** Price growth, per cent a year; when absent the scenario's inflation applies. */
	upliftPercent?: Range;
	/** First year the line is active, 1-based; absent means year 1. */
	fromYear?: number;
	/** Last year the line is active, inclusive; absent means the last year of the horizon. */
	toYear?: number;
}

/** People on the payroll: fte × salary × (1 + on-costs). */
export interface StaffLine extends LineCommon {
	kind: 'staff';
	fte: Range;
	/** Pounds a year per full-time equivalent, in start-year prices. */
	salary: Range;
	/** Employer's on-costs (pension, National Insurance) as per cent of salary (default "0"). */
	onCostPercent: Range;
	upliftPercent?: Range;
	fromYear?: number;
	toYear?: number;
}

/** A cost paid once, in one year: set-up, procurement, redundancy, a consultancy fee. */
export interface OneOffLine extends LineCommon {
	kind: 'oneOff';
	/** Pounds, in start-year prices. */
	amount: Range;
	/** The year it is paid, 1-based (default 1). */
	year: number;
	upliftPercent?: Range;
}

/** An expected cost: probability a year × impact (provider failure, step-in, claims). */
export interface RiskLine extends LineCommon {
	kind: 'risk';
	/** Chance in any one year, per cent, 0–100. */
	probabilityPercent: Range;
	/** Pounds if it happens, in start-year prices. */
	impact: Range;
	upliftPercent?: Range;
	fromYear?: number;
	toYear?: number;
}

/** An overhead charged as a percentage of other lines of the same option, year by year. */
export interface PercentOfLine extends LineCommon {
	kind: 'percentOf';
	percent: Range;
	/** Ids of non-percentOf lines in the same option. */
	of: string[];
}

export type Line = RecurringLine | StaffLine | OneOffLine | RiskLine | PercentOfLine;
export type LineKind = Line['kind'];

/**
 * Optimism bias on an option (methodology §4a): per cent added to the cash of its oneOff
 * lines and of every other line, each 0–200.
 */
export interface OptimismBias {
	oneOffPercent: Range;
	ongoingPercent: Range;
}

/** One way of delivering the service: in-house, an agency, a trust, a contractor. */
export interface Option {
	id: string;
	name: string;
	kind: OptionKind;
	lines: Line[];
	notes?: string;
	/** Absent: no optimism bias, and no bias inputs in sensitivity or switching values. */
	optimismBias?: OptimismBias;
}

/** The measures a claim can be made in (methodology §2). */
export type ClaimMeasure = 'cash' | 'real' | 'presentValue';

/**
 * A claimed difference to hold against the figures (methodology §6a): "option costs
 * `amount` more than baseline over the first `years` years, in `measure`".
 */
export interface Claim {
	id: string;
	/** The claim in the words of whoever made it. */
	text: string;
	/** The id of the scenario's source the claim comes from. */
	source?: string;
	/** The option X of X − B. */
	option: string;
	/** The option B of X − B; absent means the scenario's baseline. */
	baseline?: string;
	measure: ClaimMeasure;
	/** The first N years of the horizon; absent means all of it. */
	years?: number;
	/** The claimed difference X − B over those years (negative: X costs less). Not a Range. */
	amount: DecimalString;
}

/** A citation that lines point at. */
export interface Source {
	id: string;
	title: string;
	publisher?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	date?: string;
	/** An absolute http or https URL. */
	url?: string;
	quote?: string;
	strength: SourceStrength;
	/** The outlet through which the figure was seen, when not the original publisher. */
	via?: string;
}

/** A complete, validated scenario with the format's defaults applied (format.md, version 1). */
export interface Scenario {
	format: 'public-cost-comparison';
	version: 1;
	title: string;
	description: string;
	currency: string;
	startYear: number;
	yearBasis: YearBasis;
	/** H, from 1 to 100. */
	horizonYears: number;
	weeksPerYear: DecimalString;
	daysPerYear: DecimalString;
	/** General inflation, per cent a year. */
	inflationPercent: DecimalString;
	discount: Discount;
	/** The id of the option every other is compared with. */
	baseline: string;
	options: Option[];
	sources: Source[];
	/** Claims held against the figures (revision 1.1); absent when the scenario has none. */
	claims?: Claim[];
}

/** The numeric inputs of a line, in the order format.md lists them for sensitivity and switching values. */
export const INPUT_FIELDS = [
	'amount',
	'quantity',
	'quantityGrowthPercent',
	'upliftPercent',
	'fte',
	'salary',
	'onCostPercent',
	'probabilityPercent',
	'impact',
	'percent'
] as const;
export type LineInputField = (typeof INPUT_FIELDS)[number];

/** An option's own inputs (methodology §4a), listed after its lines' inputs. */
export const OPTION_INPUT_FIELDS = [
	'optimismBias.oneOffPercent',
	'optimismBias.ongoingPercent'
] as const;
export type OptionInputField = (typeof OPTION_INPUT_FIELDS)[number];

/** Any input named in sensitivity, switching values and claim requirements. */
export type InputField = LineInputField | OptionInputField;

/** Inputs in which a figure is linear, so a switching value is exact (methodology §6). */
export const LINEAR_FIELDS: readonly InputField[] = [
	'amount',
	'quantity',
	'fte',
	'salary',
	'onCostPercent',
	'probabilityPercent',
	'impact',
	'percent'
];
