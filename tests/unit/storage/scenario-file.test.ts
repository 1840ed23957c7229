import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/schemas/problems';
import {
	FILE_MESSAGES,
	MAX_FILE_BYTES,
	readScenarioFile,
	scenarioFileName,
	scenarioFileText
} from '../../../src/lib/storage/scenario-file';
import { fixed, option, recurring, scenario } from '../../fixtures/scenarios';
import { EXAMPLE_NAMES, EXAMPLES_FOLDER, example } from '../codec/helpers';

const titled = (title: string): ReturnType<typeof scenario> =>
	scenario({
		title,
		options: [option('a', [recurring({ id: 'x', amount: fixed('1'), per: 'week' })])]
	});

describe('readScenarioFile', () => {
	it.each(EXAMPLE_NAMES)('reads the worked example %s as written by hand', (name) => {
		const text = readFileSync(`${EXAMPLES_FOLDER}${name}.json`, 'utf8');
		expect(readScenarioFile(text, `${name}.json`)).toStrictEqual({
			ok: true,
			scenario: example(name)
		});
	});

	it.each(EXAMPLE_NAMES)('reads back what scenarioFileText writes for %s', (name) => {
		const original = example(name);
		expect(readScenarioFile(scenarioFileText(original), 'x.json')).toStrictEqual({
			ok: true,
			scenario: original
		});
	});

	it('ignores a byte-order mark at the start', () => {
		const original = example('foster-placements');
		expect(readScenarioFile(`\uFEFF${scenarioFileText(original)}`, 'x.json')).toStrictEqual({
			ok: true,
			scenario: original
		});
	});

	it('names the file when it is not JSON', () => {
		const result = readScenarioFile('{"format": ', 'foster.json');
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^foster\.json: not valid JSON \(.+\)$/)
		]);
	});

	it('names the file when it is empty', () => {
		const result = readScenarioFile('', 'empty.json');
		expect(result.ok ? '' : formatProblem(result.problems[0])).toMatch(
			/^empty\.json: not valid JSON/
		);
	});

	it('refuses a file over 5 MB before reading it', () => {
		const text = ' '.repeat(MAX_FILE_BYTES + 1);
		expect(readScenarioFile(text, 'huge.json')).toStrictEqual({
			ok: false,
			problems: [{ path: 'huge.json', message: FILE_MESSAGES.tooLarge(MAX_FILE_BYTES + 1) }]
		});
	});

	it('counts the size in bytes of UTF-8, not in characters', () => {
		// Each "£" is two bytes: fewer characters than the limit, more bytes.
		const text = '£'.repeat(MAX_FILE_BYTES / 2 + 1);
		const result = readScenarioFile(text, 'pounds.json');
		expect(result.ok ? '' : result.problems[0].message).toBe(
			FILE_MESSAGES.tooLarge(MAX_FILE_BYTES + 2)
		);
	});

	it('accepts a file of exactly 5 MB as far as its size goes', () => {
		const text = `${' '.repeat(MAX_FILE_BYTES - 4)}null`;
		const result = readScenarioFile(text, 'exact.json');
		expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['(scenario)']);
	});

	it('gives the format’s problems with their paths', () => {
		const document = JSON.parse(scenarioFileText(example('foster-placements')));
		document.options[1].lines[0].amount = { low: '850', central: '825', high: '850' };
		const result = readScenarioFile(JSON.stringify(document), 'foster.json');
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			'options[1].lines[0].amount: low (850) must not be above central (825)'
		]);
	});
});

describe('scenarioFileText', () => {
	const text = scenarioFileText(example('foster-placements'));

	it('ends with a newline', () => {
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('is indented by two spaces', () => {
		expect(text.split('\n')[1]).toBe('  "format": "public-cost-comparison",');
	});

	it('writes every top-level default and every number as a string', () => {
		const document = JSON.parse(text);
		expect([document.daysPerYear, document.currency, document.discount]).toEqual([
			'365',
			'GBP',
			{ scheme: 'green-book' }
		]);
	});
});

describe('scenarioFileName', () => {
	it.each([
		[
			'Foster placements: in-house carers or an independent agency',
			'foster-placements-in-house-carers-or-an-independent-agency.json'
		],
		['Children’s services — a trust?', 'children-s-services-a-trust.json'],
		['Café Résumé 2026', 'cafe-resume-2026.json'],
		['  --Leading and trailing--  ', 'leading-and-trailing.json'],
		['£££', 'scenario.json'],
		['日本語', 'scenario.json']
	])('makes %j into %s', (title, name) => {
		expect(scenarioFileName(titled(title))).toBe(name);
	});

	it('cuts a long title at a word, to at most 80 characters before ".json"', () => {
		const name = scenarioFileName(titled('word '.repeat(40).trim()));
		expect([name.length <= 85, name.endsWith('word.json'), name.includes('--')]).toEqual([
			true,
			true,
			false
		]);
	});

	it('cuts a long title with no words at 80 characters', () => {
		expect(scenarioFileName(titled('a'.repeat(200)))).toBe(`${'a'.repeat(80)}.json`);
	});
});
