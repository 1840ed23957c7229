import { presetDocument } from './catalogue';
import { clientSide, employerNationalInsurance, oneOff, socialWorkers, ukSettings } from './lines';
import type { Preset } from './types';

/** The government grant each pilot received in one year, as paid then (`paid` says when). */
function grant(year: 1 | 2, amount: string, paid: string) {
	return oneOff({
		id: `grant-year-${year}`,
		label: `Government grant, ${year === 1 ? 'first' : 'second'} year`,
		amount,
		year,
		sources: ['cc-2010-practice-pilots'],
		notes: `What each pilot received in ${paid}, as paid then, not adjusted to today's prices.`
	});
}

/**
 * A council social work team against the same team run as a social work practice pilot,
 * which also drew a government grant in each of its two years.
 */
export const PRACTICE_PILOTS: Preset = {
	id: 'practice-pilots',
	title: 'Social work practice pilots: a council team or an independent practice',
	summary:
		"2 years of a team of 10 social workers, kept in the council or run as an independent social work practice. The practice costs the same team plus the government grants each pilot received (£150,000 in its first year, £240,000 in its second, 2008 to 2010) and the council's client-side team, an assumption. Replace the team's size, pay and the client-side cost with local figures.",
	document: presetDocument({
		title: 'Social work practice pilots: a council team or an independent practice',
		description:
			"Two years of a team of 10 full-time social workers, in the council or in an independent social work practice like the pilots of 2008 to 2010. The same team is assumed under both options, at the top of the permanent pay scale found in 2018 with the average employer pension contribution and employer National Insurance. The practice adds the grants the Department for Children, Schools and Families gave each pilot, entered as paid then, not uplifted to today's prices, and the council's own cost of overseeing the practice, an assumption.",
		...ukSettings(2026, 2),
		baseline: 'council',
		options: [
			{
				id: 'council',
				name: 'Council social work team',
				kind: 'in-house',
				lines: [
					socialWorkers('assume-social-work-team'),
					employerNationalInsurance({
						source: 'assume-social-work-team',
						posts: '10',
						perPost: '4500',
						sum: { salary: '£35,000', perPost: '£4,500' }
					})
				]
			},
			{
				id: 'practice',
				name: 'Social work practice',
				kind: 'not-for-profit',
				lines: [
					socialWorkers('assume-same-team'),
					employerNationalInsurance({ source: 'assume-same-team', posts: '10', perPost: '4500' }),
					grant(1, '150000', '2008-09'),
					grant(2, '240000', '2009-10'),
					clientSide(['social-workers', 'national-insurance'])
				]
			}
		]
	})
};
