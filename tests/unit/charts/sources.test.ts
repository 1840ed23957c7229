import { describe, expect, it } from 'vitest';
import { linesOf, sourceLine } from '$lib/charts/sources';
import type { Source } from '$lib/engine';
import { fixed, option, recurring, scenario } from '../../fixtures/scenarios';
import { example } from './examples';

function cited(sources: Source[], ids: string[][]) {
	return scenario({
		sources,
		options: [
			option(
				'council',
				ids.map((lineSources, index) =>
					recurring({ id: `line-${index}`, amount: fixed('1'), per: 'year', sources: lineSources })
				)
			)
		]
	});
}

const ONS: Source = {
	id: 'ons',
	title: 'Public sector finances',
	publisher: 'Office for National Statistics',
	strength: 'official-statistics'
};
const PRESS: Source = {
	id: 'press',
	title: 'Council to outsource cleaning',
	publisher: 'Local Gazette',
	via: 'LexisNexis',
	strength: 'press'
};
const UNPUBLISHED: Source = { id: 'memo', title: 'Internal memo', strength: 'sector-body' };

describe('sourceLine', () => {
	it('names each publisher with the strength of the source, then assumptions', () => {
		const { scenario } = example('foster-placements');
		expect(sourceLine(scenario, linesOf(scenario, ['in-house', 'agency']))).toBe(
			'Sources: Community Care (anecdotal); scenario assumptions'
		);
	});

	it('calls figures without any source scenario assumptions', () => {
		const { scenario } = example('insourcing');
		expect(sourceLine(scenario, linesOf(scenario, ['contract']))).toBe(
			'Source: scenario assumptions'
		);
	});

	it('lists each source once, in the order first cited', () => {
		const withSources = cited([ONS, PRESS], [['press'], ['ons', 'press']]);
		expect(sourceLine(withSources, linesOf(withSources, ['council']))).toBe(
			'Sources: Local Gazette via LexisNexis (press); Office for National Statistics (official statistics)'
		);
	});

	it('falls back to the title where a source has no publisher', () => {
		const withSources = cited([UNPUBLISHED], [['memo']]);
		expect(sourceLine(withSources, linesOf(withSources, ['council']))).toBe(
			'Source: Internal memo (sector body)'
		);
	});

	it('cites only the lines it is given', () => {
		const withSources = cited([ONS, PRESS], [['press'], ['ons']]);
		expect(sourceLine(withSources, [{ option: 'council', line: 'line-1' }])).toBe(
			'Source: Office for National Statistics (official statistics)'
		);
	});
});
