import { describe } from 'vitest';
import { DECIMAL, ID, KINDS, LINE, runCases, UNKNOWN } from './cases';
import { REMOVE } from './documents';

describe('parseScenario: lines of every kind', () => {
	runCases([
		{
			rule: 'a line is an object',
			edits: [[`${LINE}[0]`, null]],
			problems: [`${LINE}[0]: must be an object (got null)`]
		},
		{
			rule: 'a line kind is required',
			edits: [[`${LINE}[0].kind`, REMOVE]],
			problems: [`${LINE}[0].kind: is required`]
		},
		{
			rule: 'a line kind is one of five',
			edits: [[`${LINE}[0].kind`, 'Recurring']],
			problems: [`${LINE}[0].kind: must be one of ${KINDS} (got "Recurring")`]
		},
		{
			rule: 'a line id is required',
			edits: [[`${LINE}[1].id`, REMOVE]],
			problems: [`${LINE}[1].id: is required`]
		},
		{
			rule: 'a line id follows the id rule',
			edits: [[`${LINE}[1].id`, 'Staff costs']],
			problems: [`${LINE}[1].id: ${ID} (got "Staff costs")`]
		},
		{
			rule: 'line ids are unique within their option',
			edits: [[`${LINE}[3].id`, 'placements']],
			problems: [`${LINE}[3].id: line id "placements" is already used by options[0].lines[0]`]
		},
		{
			rule: 'a line label is at most 200 characters',
			edits: [[`${LINE}[1].label`, 'l'.repeat(201)]],
			problems: [`${LINE}[1].label: must be at most 200 characters long (got 201)`]
		},
		{
			rule: 'line sources are an array',
			edits: [[`${LINE}[0].sources`, 'survey']],
			problems: [`${LINE}[0].sources: must be an array (got "survey")`]
		},
		{
			rule: 'line sources exist',
			edits: [[`${LINE}[0].sources`, ['survey', 'surveys']]],
			problems: [`${LINE}[0].sources[1]: no source "surveys" in the scenario's sources`]
		},
		{
			rule: 'line sources exist even when the scenario has none',
			edits: [['sources', REMOVE]],
			problems: [`${LINE}[0].sources[0]: no source "survey" in the scenario's sources`]
		},
		{
			rule: 'line notes are at most 5,000 characters',
			edits: [[`${LINE}[1].notes`, 'n'.repeat(5001)]],
			problems: [`${LINE}[1].notes: must be at most 5000 characters long (got 5001)`]
		},
		{
			rule: 'a field of another kind is unknown',
			edits: [[`${LINE}[0].fte`, '1']],
			problems: [`${LINE}[0].fte: unknown field "fte" ${UNKNOWN}`]
		},
		{
			rule: 'a misspelt field is suggested',
			edits: [
				[`${LINE}[0].amount`, REMOVE],
				[`${LINE}[0].amuont`, '325']
			],
			problems: [
				`${LINE}[0].amuont: unknown field "amuont"; did you mean "amount"?`,
				`${LINE}[0].amount: is required`
			]
		},
		// recurring
		{
			rule: 'recurring: amount is required',
			edits: [[`${LINE}[0].amount`, REMOVE]],
			problems: [`${LINE}[0].amount: is required`]
		},
		{
			rule: 'recurring: per is required',
			edits: [[`${LINE}[0].per`, REMOVE]],
			problems: [`${LINE}[0].per: is required`]
		},
		{
			rule: 'recurring: per is week, month, year, day or hour',
			edits: [[`${LINE}[0].per`, 'fortnight']],
			problems: [
				`${LINE}[0].per: must be one of "week", "month", "year", "day" or "hour" (got "fortnight")`
			]
		},
		{
			rule: 'recurring: a line priced per hour gives its hours a year',
			edits: [
				[`${LINE}[0].per`, 'hour'],
				[`${LINE}[0].periodsPerYear`, REMOVE]
			],
			problems: [
				`${LINE}[0].periodsPerYear: is required for a line priced per hour: give the hours a year it pays for, such as "1650"`
			]
		},
		{
			rule: 'recurring: a line priced per hour may bill every hour of a leap year',
			edits: [
				[`${LINE}[0].per`, 'hour'],
				[`${LINE}[0].periodsPerYear`, '8784']
			],
			problems: []
		},
		{
			rule: 'recurring: periodsPerYear is above 0',
			edits: [[`${LINE}[0].periodsPerYear`, '0']],
			problems: [`${LINE}[0].periodsPerYear: must be above 0 and at most 8784 (got "0")`]
		},
		{
			rule: 'recurring: periodsPerYear is at most 8784',
			edits: [[`${LINE}[0].periodsPerYear`, 8785]],
			problems: [`${LINE}[0].periodsPerYear: must be above 0 and at most 8784 (got 8785)`]
		},
		{
			rule: 'recurring: periodsPerYear is not a Range',
			edits: [[`${LINE}[0].periodsPerYear`, { central: '220' }]],
			problems: [`${LINE}[0].periodsPerYear: ${DECIMAL} (got an object)`]
		},
		{
			rule: 'recurring: quantity is not negative',
			edits: [[`${LINE}[0].quantity`, '-1']],
			problems: [`${LINE}[0].quantity: must be 0 or more (got "-1")`]
		},
		{
			rule: 'recurring: quantity growth is above -100',
			edits: [[`${LINE}[0].quantityGrowthPercent`, '-100']],
			problems: [`${LINE}[0].quantityGrowthPercent: must be above -100 and at most 1000 (got "-100")`]
		},
		{
			rule: 'recurring: uplift is above -100',
			edits: [[`${LINE}[0].upliftPercent`, { low: '-100', central: '2' }]],
			problems: [`${LINE}[0].upliftPercent.low: must be above -100 and at most 1000 (got "-100")`]
		},
		{
			rule: 'recurring: fromYear is a whole number from 1',
			edits: [[`${LINE}[0].fromYear`, 0]],
			problems: [`${LINE}[0].fromYear: must be a whole number from 1 to 100 (got 0)`]
		},
		{
			rule: 'recurring: fromYear is within the horizon',
			edits: [[`${LINE}[0].fromYear`, 6]],
			problems: [`${LINE}[0].fromYear: must be a year within the horizon, from 1 to 5 (got 6)`]
		},
		{
			rule: 'recurring: toYear is within the horizon',
			edits: [[`${LINE}[0].toYear`, 6]],
			problems: [`${LINE}[0].toYear: must be a year within the horizon, from 1 to 5 (got 6)`]
		},
		{
			rule: 'recurring: toYear is not before fromYear',
			edits: [
				[`${LINE}[0].fromYear`, 4],
				[`${LINE}[0].toYear`, 3]
			],
			problems: [`${LINE}[0].toYear: must not be before fromYear, which is 4 (got 3)`]
		},
		{
			rule: 'recurring: fromYear may equal toYear at the last year',
			edits: [
				[`${LINE}[0].fromYear`, 5],
				[`${LINE}[0].toYear`, 5]
			],
			problems: []
		},
		// staff
		{
			rule: 'staff: fte is required',
			edits: [[`${LINE}[1].fte`, REMOVE]],
			problems: [`${LINE}[1].fte: is required`]
		},
		{
			rule: 'staff: fte is not negative',
			edits: [[`${LINE}[1].fte`, { low: '-0.5', central: '2' }]],
			problems: [`${LINE}[1].fte.low: must be 0 or more (got "-0.5")`]
		},
		{
			rule: 'staff: salary is required',
			edits: [[`${LINE}[1].salary`, REMOVE]],
			problems: [`${LINE}[1].salary: is required`]
		},
		{
			rule: 'staff: on-costs are not negative',
			edits: [[`${LINE}[1].onCostPercent`, '-1']],
			problems: [`${LINE}[1].onCostPercent: must be 0 or more (got "-1")`]
		},
		{
			rule: 'staff: uplift is above -100',
			edits: [[`${LINE}[1].upliftPercent`, -150]],
			problems: [`${LINE}[1].upliftPercent: must be above -100 and at most 1000 (got -150)`]
		},
		{
			rule: 'staff: toYear is within the horizon',
			edits: [[`${LINE}[1].toYear`, 101]],
			problems: [`${LINE}[1].toYear: must be a whole number from 1 to 100 (got 101)`]
		},
		// oneOff
		{
			rule: 'oneOff: amount is required',
			edits: [[`${LINE}[2].amount`, REMOVE]],
			problems: [`${LINE}[2].amount: is required`]
		},
		{
			rule: 'oneOff: year is a whole number from 1',
			edits: [[`${LINE}[2].year`, 0]],
			problems: [`${LINE}[2].year: must be a whole number from 1 to 100 (got 0)`]
		},
		{
			rule: 'oneOff: year is within the horizon',
			edits: [[`${LINE}[2].year`, 6]],
			problems: [`${LINE}[2].year: must be a year within the horizon, from 1 to 5 (got 6)`]
		},
		{
			rule: 'oneOff: has no active years',
			edits: [[`${LINE}[2].fromYear`, 1]],
			problems: [`${LINE}[2].fromYear: unknown field "fromYear" ${UNKNOWN}`]
		},
		{
			rule: 'oneOff: uplift is above -100',
			edits: [[`${LINE}[2].upliftPercent`, '-100.5']],
			problems: [`${LINE}[2].upliftPercent: must be above -100 and at most 1000 (got "-100.5")`]
		},
		// risk
		{
			rule: 'risk: probability is required',
			edits: [[`${LINE}[3].probabilityPercent`, REMOVE]],
			problems: [`${LINE}[3].probabilityPercent: is required`]
		},
		{
			rule: 'risk: probability is at most 100',
			edits: [[`${LINE}[3].probabilityPercent`, { central: '50', high: '100.5' }]],
			problems: [`${LINE}[3].probabilityPercent.high: must be from 0 to 100 (got "100.5")`]
		},
		{
			rule: 'risk: probability is at least 0',
			edits: [[`${LINE}[3].probabilityPercent`, '-1']],
			problems: [`${LINE}[3].probabilityPercent: must be from 0 to 100 (got "-1")`]
		},
		{
			rule: 'risk: impact is required',
			edits: [[`${LINE}[3].impact`, REMOVE]],
			problems: [`${LINE}[3].impact: is required`]
		},
		{
			rule: 'risk: fromYear is within the horizon',
			edits: [[`${LINE}[3].fromYear`, 7]],
			problems: [`${LINE}[3].fromYear: must be a year within the horizon, from 1 to 5 (got 7)`]
		},
		// percentOf
		{
			rule: 'percentOf: percent is at least -100',
			edits: [[`${LINE}[4].percent`, '-101']],
			problems: [`${LINE}[4].percent: must be from -100 to 1000 (got "-101")`]
		},
		{
			rule: 'percentOf: percent is at most 1000',
			edits: [[`${LINE}[4].percent`, { central: '10', high: '1000.5' }]],
			problems: [`${LINE}[4].percent.high: must be from -100 to 1000 (got "1000.5")`]
		},
		{
			rule: 'percentOf: of is required',
			edits: [[`${LINE}[4].of`, REMOVE]],
			problems: [`${LINE}[4].of: is required`]
		},
		{
			rule: 'percentOf: of is not empty',
			edits: [[`${LINE}[4].of`, []]],
			problems: [`${LINE}[4].of: must list at least one line`]
		},
		{
			rule: 'percentOf: of names at most 100 lines',
			edits: [[`${LINE}[4].of`, Array.from({ length: 101 }, () => 'staff')]],
			problems: [`${LINE}[4].of: must list at most 100 lines (got 101)`]
		},
		{
			rule: 'percentOf: of names lines of the same option',
			edits: [[`${LINE}[4].of`, ['placemnts']]],
			problems: [`${LINE}[4].of[0]: no line "placemnts" in option "in-house"`]
		},
		{
			rule: 'percentOf: of never names itself',
			edits: [[`${LINE}[4].of`, ['overheads']]],
			problems: [
				`${LINE}[4].of[0]: line "overheads" is itself a percentOf line; a percentOf line may only name lines of other kinds`
			]
		},
		{
			rule: 'percentOf: of never names another percentOf line',
			edits: [
				[
					`${LINE}[5]`,
					{ id: 'monitoring', kind: 'percentOf', percent: '1', of: ['staff', 'overheads'] }
				]
			],
			problems: [
				`${LINE}[5].of[1]: line "overheads" is itself a percentOf line; a percentOf line may only name lines of other kinds`
			]
		},
		{
			rule: 'percentOf: of names a line once',
			edits: [[`${LINE}[4].of`, ['staff', 'placements', 'staff']]],
			problems: [`${LINE}[4].of[2]: line "staff" is already named at options[0].lines[4].of[0]; name each line once, or it would be counted twice`]
		},
		{
			rule: 'percentOf: of names lines by id',
			edits: [[`${LINE}[4].of`, [5]]],
			problems: [`${LINE}[4].of[0]: must be a string (got 5)`]
		},
		{
			rule: 'percentOf: has no uplift of its own',
			edits: [[`${LINE}[4].upliftPercent`, '2']],
			problems: [`${LINE}[4].upliftPercent: unknown field "upliftPercent" ${UNKNOWN}`]
		}
	]);
});
