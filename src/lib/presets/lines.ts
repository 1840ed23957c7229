import type { Scenario } from '../engine/types';
import type { PresetLine } from './catalogue';

/**
 * The settings a comparison starts with, before its own facts: pounds, UK financial years,
 * 52 weeks and 365 days a year, 2% inflation and Green Book discounting. Every preset and a
 * blank comparison use them; only the first year and the horizon differ.
 */
export function ukSettings(
	startYear: number,
	horizonYears: number
): Pick<
	Scenario,
	| 'currency'
	| 'startYear'
	| 'yearBasis'
	| 'horizonYears'
	| 'weeksPerYear'
	| 'daysPerYear'
	| 'inflationPercent'
	| 'discount'
> {
	return {
		currency: 'GBP',
		startYear,
		yearBasis: 'financial',
		horizonYears,
		weeksPerYear: '52',
		daysPerYear: '365',
		inflationPercent: '2',
		discount: { scheme: 'green-book' }
	};
}

/** An amount as a preset writes it: one decimal string, or a low, central and high range. */
type Amount = Extract<PresetLine, { kind: 'recurring' }>['amount'];

/** What every preset line says about itself: its id, its label, its sources and a note. */
interface Facts {
	id: string;
	label: string;
	sources: string[];
	notes?: string;
}

/** The note, when there is one: a line without a note carries no `notes` key at all. */
function withNotes(notes: string | undefined): { notes?: string } {
	return notes === undefined ? {} : { notes };
}

/** A cost `per` week or year, for one or for a `quantity` (places, posts). */
function recurring(
	per: 'week' | 'year',
	facts: Facts & { amount: Amount; quantity?: string }
): PresetLine {
	const { id, label, amount, quantity, sources, notes } = facts;
	return {
		id,
		label,
		kind: 'recurring',
		amount,
		per,
		...(quantity === undefined ? {} : { quantity }),
		sources,
		...withNotes(notes)
	};
}

/** A weekly price for a number of places: a placement's weekly cost for each child. */
export function weeklyPlaces(facts: Facts & { amount: Amount; quantity: string }): PresetLine {
	return recurring('week', facts);
}

/** A yearly cost, once or for a number of posts. */
export function yearly(facts: Facts & { amount: Amount; quantity?: string }): PresetLine {
	return recurring('year', facts);
}

/** A cost paid once, in one year of the horizon. */
export function oneOff(facts: Facts & { amount: Amount; year: number }): PresetLine {
	const { id, label, amount, year, sources, notes } = facts;
	return { id, label, kind: 'oneOff', amount, year, sources, ...withNotes(notes) };
}

/**
 * The social workers of the presets' team of 10: the top of the permanent pay scale found in
 * 2018 with the average employer pension contribution (2022 valuation). `team` is the
 * assumption that names the team.
 */
export function socialWorkers(team: string, notes?: string): PresetLine {
	return {
		id: 'social-workers',
		label: 'Social workers: salary and pension',
		kind: 'staff',
		fte: '10',
		salary: '35000',
		onCostPercent: '21.1',
		sources: ['cc-2018-pay-gap', 'lgps-2022', team],
		...withNotes(notes)
	};
}

/**
 * Employer National Insurance on a team's pay, worked out here from the April 2025 rate and
 * threshold: `perPost` a year for each of `posts`. `source` is the assumption that names the
 * team. With `sum` (the salary and the amount a post, in words), the note shows the sum.
 */
export function employerNationalInsurance(team: {
	source: string;
	posts: string;
	perPost: string;
	sum?: { salary: string; perPost: string };
}): PresetLine {
	const { source, posts, perPost, sum } = team;
	return yearly({
		id: 'national-insurance',
		label: 'Employer National Insurance',
		amount: perPost,
		quantity: posts,
		sources: ['ni-2025-rate', 'ni-2025-threshold', 'assume-employer-ni-worked-out', source],
		notes:
			sum &&
			`15% of pay above £5,000 a year: (${sum.salary} − £5,000) × 15% = ${sum.perPost} for each post. Worked out here from the rate and the threshold.`
	});
}

/** The council's cost of commissioning and managing placements it buys: an assumption. */
export function commissioning(): PresetLine {
	return {
		id: 'commissioning',
		label: 'Commissioning and contract management',
		kind: 'percentOf',
		percent: { low: '1', central: '2', high: '4' },
		of: ['placements'],
		sources: ['assume-placement-commissioning']
	};
}

/** The council's own team that oversees a provider, as a share of the lines `of`: an assumption. */
export function clientSide(of: string[]): PresetLine {
	return {
		id: 'client-side',
		label: "The council's client-side team",
		kind: 'percentOf',
		percent: { low: '1', central: '2', high: '3' },
		of,
		sources: ['assume-client-side']
	};
}
