import { describe } from 'vitest';
import { ID, runCases } from './cases';
import { REMOVE } from './documents';

describe('parseScenario: options', () => {
	runCases([
		{
			rule: 'an option is an object',
			edits: [['options[1]', 'agency']],
			problems: ['options[1]: must be an object (got "agency")']
		},
		{
			rule: 'an option id is required',
			edits: [['options[1].id', REMOVE]],
			problems: ['options[1].id: is required']
		},
		{
			rule: 'an option id uses a–z, 0–9, "-" and "_"',
			edits: [['options[1].id', 'Agency']],
			problems: [`options[1].id: ${ID} (got "Agency")`]
		},
		{
			rule: 'an option id is at most 64 characters',
			edits: [['options[1].id', 'a'.repeat(65)]],
			problems: [`options[1].id: ${ID} (got "${'a'.repeat(40)}…")`]
		},
		{
			rule: 'an option name is required',
			edits: [['options[1].name', REMOVE]],
			problems: ['options[1].name: is required']
		},
		{
			rule: 'an option name is not empty',
			edits: [['options[1].name', '']],
			problems: ['options[1].name: must not be empty']
		},
		{
			rule: 'an option name is at most 200 characters',
			edits: [['options[1].name', 'n'.repeat(201)]],
			problems: ['options[1].name: must be at most 200 characters long (got 201)']
		},
		{
			rule: 'an option kind is one of the listed kinds',
			edits: [['options[1].kind', 'council']],
			problems: [
				'options[1].kind: must be one of "in-house", "agency", "private", "not-for-profit", "trust", ' +
					'"shared-service" or "other" (got "council")'
			]
		},
		{
			rule: 'an option has at most 100 lines',
			edits: [
				[
					'options[1].lines',
					Array.from({ length: 101 }, (_, i) => ({ id: `l${i}`, kind: 'oneOff', amount: '1' }))
				]
			],
			problems: ['options[1].lines: must list at most 100 lines (got 101)']
		},
		{
			rule: 'option notes are at most 5,000 characters',
			edits: [['options[1].notes', 'n'.repeat(5001)]],
			problems: ['options[1].notes: must be at most 5000 characters long (got 5001)']
		},
		{
			rule: 'a misspelt option field is suggested',
			edits: [
				['options[1].lines', REMOVE],
				['options[1].line', []]
			],
			problems: ['options[1].line: unknown field "line"; did you mean "lines"?']
		}
	]);
});
