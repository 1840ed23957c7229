import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, toResultsDocument } from '../../../src/lib/engine';
import { parseScenario } from '../../../src/lib/schemas/scenario';

const folder = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));
const names = readdirSync(folder)
	.filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
	.map((file) => file.replace(/\.json$/, ''));

function read(file: string): unknown {
	return JSON.parse(readFileSync(folder + file, 'utf8'));
}

describe('the worked examples', () => {
	it('are all here: foster placements, a children’s trust and insourcing', () => {
		expect(names.sort()).toEqual(['childrens-trust', 'foster-placements', 'insourcing']);
	});

	it.each(names)('%s reproduces its expected results field for field', (name) => {
		const parsed = parseScenario(read(`${name}.json`));
		if (!parsed.ok)
			throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
		expect(toResultsDocument(analyse(parsed.scenario))).toStrictEqual(
			read(`${name}.expected.json`)
		);
	});
});
