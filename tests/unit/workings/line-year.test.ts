import { describe, expect, it } from 'vitest';
import { ROUNDING_NOTE } from '$lib/workings';
import { lines, working } from './examples';

describe('buildWorking for a line in a year', () => {
	it('works a recurring line from price, periods, quantity and uplift to present value', () => {
		expect(
			lines('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'presentValue'
			})
		).toEqual([
			'£325 a week × 52 weeks × 100 × 1.02¹ (uplift) = £1,723,800.00',
			'Real terms: £1,723,800.00 ÷ 1.02¹ (inflation) = £1,690,000.00',
			'Present value: £1,690,000.00 × 0.9662 (discount factor for year 2, 3.5% Green Book) = £1,632,850.24'
		]);
	});

	it('stops at the measure asked for', () => {
		expect(
			lines('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'cash'
			})
		).toEqual(['£325 a week × 52 weeks × 100 × 1.02¹ (uplift) = £1,723,800.00']);
	});

	it('gives the figure it explains, rounded to the penny', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'presentValue'
			}).figure
		).toBe('£1,632,850.24');
	});

	it('says how figures are rounded', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'cash'
			}).notes
		).toContain(
			'Each figure is shown rounded to the penny; the calculation carries every digit, and rounds half-up only at the end.'
		);
	});

	it('uses a day rate’s own working days a year', () => {
		expect(
			lines('childrens-trust', {
				kind: 'lineYear',
				option: 'council',
				line: 'agency-cover',
				year: 3,
				measure: 'cash'
			})
		).toEqual(['£450 a day × 220 days × 15 × 1.02² (uplift) = £1,544,994.00']);
	});

	it('shows a monthly fee with its own uplift', () => {
		expect(
			lines('insourcing', {
				kind: 'lineYear',
				option: 'contract',
				line: 'fee',
				year: 2,
				measure: 'cash'
			})
		).toEqual(['£140,000 a month × 12 months × 1.04¹ (uplift) = £1,747,200.00']);
	});

	it('shows quantity growth when it is not zero, and leaves out a quantity of 1', () => {
		expect(
			lines('insourcing', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'materials',
				year: 3,
				measure: 'presentValue'
			})
		).toEqual([
			'£2,500 a week × 52 weeks × 1.01² (quantity growth) × 1.025² (uplift) = £139,326.53',
			'Real terms: £139,326.53 ÷ 1.025² (inflation) = £132,613.00',
			'Present value: £132,613.00 × 0.9335 (discount factor for year 3, 3.5% a year) = £123,795.65'
		]);
	});

	it('works a staff line from FTE, salary, on-costs and uplift', () => {
		expect(
			lines('childrens-trust', {
				kind: 'lineYear',
				option: 'council',
				line: 'managers',
				year: 4,
				measure: 'presentValue'
			})
		).toEqual([
			'12 FTE × £65,000 × (1 + 30% on-costs) × 1.025³ (uplift) = £1,091,967.09',
			'Real terms: £1,091,967.09 ÷ 1.02³ (inflation) = £1,028,984.98',
			'Present value: £1,028,984.98 × 0.9019 (discount factor for year 4, 3.5% Green Book) = £928,085.50'
		]);
	});

	it('shows a one-off cost in its year, where year 1 is neither deflated nor discounted', () => {
		expect(
			lines('childrens-trust', {
				kind: 'lineYear',
				option: 'trust',
				line: 'set-up',
				year: 1,
				measure: 'presentValue'
			})
		).toEqual([
			'£2,500,000 (one-off, paid in year 1) = £2,500,000.00',
			'Real terms: £2,500,000.00, the same as cash (year 1 is in start-year prices)',
			'Present value: £2,500,000.00, the same as real terms (year 1 is not discounted)'
		]);
	});

	it('says nothing is paid in the other years of a one-off cost', () => {
		const result = working('childrens-trust', {
			kind: 'lineYear',
			option: 'trust',
			line: 'set-up',
			year: 2,
			measure: 'cash'
		});
		expect([result.figure, ...result.steps.map((step) => step.parts[0].text)]).toEqual([
			'£0.00',
			'Nothing is paid in this year: this one-off cost is paid in year 1 (2026-27).'
		]);
	});

	it('explains a negative one-off as income', () => {
		expect(
			lines('insourcing', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'equipment-sale',
				year: 2,
				measure: 'presentValue'
			})
		).toEqual([
			'−£40,000 (one-off, paid in year 2) = −£40,000.00',
			"A negative figure is income or a saving: it reduces the option's cost.",
			'Real terms: −£40,000.00 ÷ 1.025¹ (inflation) = −£39,024.39',
			'Present value: −£39,024.39 × 0.9662 (discount factor for year 2, 3.5% a year) = −£37,704.72'
		]);
	});

	it('works a risk as the chance a year times the cost, and says it is an expected cost', () => {
		expect(
			lines('childrens-trust', {
				kind: 'lineYear',
				option: 'trust',
				line: 'failure',
				year: 2,
				measure: 'real'
			})
		).toEqual([
			'2% a year × £5,000,000 × 1.02¹ (uplift) = £102,000.00',
			'This is an expected cost: the chance it happens in a year times what it would cost.',
			'Real terms: £102,000.00 ÷ 1.02¹ (inflation) = £100,000.00'
		]);
	});

	it('works an overhead on one line as its percentage of that line’s cash in the year', () => {
		expect(
			lines('foster-placements', {
				kind: 'lineYear',
				option: 'agency',
				line: 'contract-management',
				year: 3,
				measure: 'cash'
			})
		).toEqual([
			'2% × £4,463,316.00 (Agency foster placements) = £89,266.32',
			'An overhead has no uplift of its own: it follows the lines it is charged on, year by year.'
		]);
	});

	it('lets the reader open the named line’s figure from an overhead', () => {
		const [first] = working('foster-placements', {
			kind: 'lineYear',
			option: 'agency',
			line: 'contract-management',
			year: 3,
			measure: 'cash'
		}).steps;
		expect(first.parts.find((part) => part.kind === 'figure' && part.ref)).toEqual({
			kind: 'figure',
			text: '£4,463,316.00',
			ref: { kind: 'lineYear', option: 'agency', line: 'placements', year: 3, measure: 'cash' }
		});
	});

	it('lists each line an overhead on several lines is charged on, then the sum', () => {
		expect(
			lines('childrens-trust', {
				kind: 'lineYear',
				option: 'trust',
				line: 'client-side',
				year: 2,
				measure: 'cash'
			})
		).toEqual([
			'It is charged on 4 lines, in cash in the same year:',
			'Social workers (transferred under TUPE): £6,555,900.00',
			'Trust board and executive team: £1,492,400.00',
			'Agency cover while staff turnover is high: £2,221,560.00',
			'Agency social workers covering vacancies: £0.00',
			'Charged on, in total: £10,269,860.00',
			'2% × £10,269,860.00 = £205,397.20',
			'An overhead has no uplift of its own: it follows the lines it is charged on, year by year.'
		]);
	});

	it('says when a line is not active in the year', () => {
		expect(
			lines('childrens-trust', {
				kind: 'lineYear',
				option: 'trust',
				line: 'agency-cover',
				year: 2,
				measure: 'presentValue'
			})
		).toEqual(['This line is not active in 2027-28 (it runs from year 4 to year 10).']);
	});

	it('titles the working with the line, the option, the year and the measure', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'presentValue'
			}).title
		).toBe('Foster placements (In-house foster carers), 2027-28: present value');
	});

	it('notes that the discount factor is shown to four places when it shows one', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'presentValue'
			}).notes
		).toEqual([
			ROUNDING_NOTE,
			'The discount factor is shown to 4 decimal places; the calculation carries it to 50 significant digits.'
		]);
	});

	it.each([
		[{ option: 'nowhere', line: 'placements', year: 1 }, 'No option "nowhere" in this scenario'],
		[{ option: 'in-house', line: 'nothing', year: 1 }, 'No line "nothing" in option "in-house"'],
		[{ option: 'in-house', line: 'placements', year: 6 }, 'No year 6 in a horizon of 5 years']
	])('rejects a reference to something that is not there (%o)', (ref, message) => {
		expect(() =>
			working('foster-placements', { kind: 'lineYear', measure: 'cash', ...ref })
		).toThrow(message);
	});
});
