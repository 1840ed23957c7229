import { describe, expect, it } from 'vitest';
import { notesForOriginalFigures, scenarioChanges } from '$lib/changes/what-changed';
import type { Line, Scenario } from '$lib/engine';
import { findPreset, presetScenario, PRESETS } from '$lib/presets';
import { presetDocumentOf, presetOf, shape } from '$lib/presets/recognise';
import { originalPreset, presetOrigin } from '$lib/presets/origin';
import { blankScenario } from '$lib/state/blank';

const FOSTER = presetScenario(findPreset('foster-care')!);

/** The foster preset with the agency's placements line changed by `edit`. */
function withAgencyLine(edit: (line: Line) => Line, scenario: Scenario = FOSTER): Scenario {
	return {
		...scenario,
		options: scenario.options.map((option) =>
			option.id === 'agency'
				? {
						...option,
						lines: option.lines.map((line) => (line.id === 'placements' ? edit(line) : line))
					}
				: option
		)
	};
}

describe('scenarioChanges', () => {
	it('finds nothing when nothing changed', () => {
		expect(scenarioChanges(FOSTER, FOSTER)).toEqual([]);
	});

	it('lists a changed fee, old → new, with its range in words', () => {
		const changed = withAgencyLine((line) => ({
			...line,
			amount: { low: '900', central: '900', high: '900' }
		}));
		expect(scenarioChanges(FOSTER, changed)).toEqual([
			{
				path: 'options[1].lines[0].amount',
				what: 'Independent fostering agency › Agency foster placements › amount',
				before: '£800.00 to £850.00 (central £825.00)',
				after: '£900.00'
			}
		]);
	});

	it('lists changed settings in words', () => {
		const changed: Scenario = { ...FOSTER, horizonYears: 10, inflationPercent: '2.5' };
		expect(scenarioChanges(FOSTER, changed).map((c) => [c.what, c.before, c.after])).toEqual([
			['Number of years', '5', '10'],
			['General inflation', '2%', '2.5%']
		]);
	});

	it('lists an added line and a removed option', () => {
		const changed: Scenario = {
			...FOSTER,
			options: FOSTER.options.slice(0, 2).map((option) =>
				option.id === 'in-house'
					? {
							...option,
							lines: [
								...option.lines,
								{
									id: 'support',
									label: 'Support',
									kind: 'oneOff',
									amount: { low: '5', central: '5', high: '5' },
									year: 1,
									sources: []
								}
							]
						}
					: option
			)
		};
		expect(
			scenarioChanges(FOSTER, changed).map((c) => [c.path, c.what, c.before, c.after])
		).toEqual([
			['options[0].lines[1]', 'In-house foster carers › Support (cost line)', '', 'added'],
			[
				'options[2]',
				"Independent fostering agency at the market study's price (option)",
				'in the original',
				''
			]
		]);
	});
});

describe('notesForOriginalFigures', () => {
	it('marks the notes of a line whose figures changed, and of its option, but not the others', () => {
		const changed = withAgencyLine((line) => ({
			...line,
			amount: { low: '900', central: '900', high: '900' }
		}));
		const withOptionNote: Scenario = {
			...changed,
			options: changed.options.map((o) =>
				o.id === 'agency' ? { ...o, notes: 'About agencies.' } : o
			)
		};
		const original: Scenario = {
			...FOSTER,
			options: FOSTER.options.map((o) =>
				o.id === 'agency' ? { ...o, notes: 'About agencies.' } : o
			)
		};
		expect([...notesForOriginalFigures(original, withOptionNote)]).toEqual([
			'agency/placements',
			'agency'
		]);
	});

	it('does not mark a note that was rewritten with the figures', () => {
		const changed = withAgencyLine((line) => ({
			...line,
			amount: { low: '900', central: '900', high: '900' },
			notes: '£900 a week, from our own contract.'
		}));
		expect([...notesForOriginalFigures(FOSTER, changed)]).toEqual([]);
	});

	it('does not mark notes when only words changed', () => {
		const changed = withAgencyLine((line) => ({ ...line, label: 'Agency placements' }));
		expect([...notesForOriginalFigures(FOSTER, changed)]).toEqual([]);
	});
});

describe('originalPreset', () => {
	it('recognises a preset by its title', () => {
		expect(originalPreset(FOSTER)?.preset.id).toBe('foster-care');
	});

	it('recognises a renamed copy by its options', () => {
		expect(originalPreset({ ...FOSTER, title: 'Our foster care' })?.preset.id).toBe('foster-care');
	});

	it('finds none for a comparison of other options', () => {
		expect(
			originalPreset({ ...FOSTER, title: 'Mine', options: FOSTER.options.slice(0, 1) })
		).toBeUndefined();
	});
});

describe('presetOrigin', () => {
	const TITLE = 'Foster placements: in-house carers or an independent agency';

	it('names the preset of its own link without carrying its scenario twice', () => {
		expect(presetOrigin(structuredClone(FOSTER))).toEqual({ title: TITLE, scenario: null });
	});

	it('carries the preset when the link has changed it', () => {
		const changed = withAgencyLine((line) => ({
			...line,
			amount: { low: '900', central: '900', high: '900' }
		}));
		const origin = presetOrigin(changed);
		expect(origin?.title).toBe(TITLE);
		expect(origin?.scenario).toBe(FOSTER);
		expect(scenarioChanges(origin!.scenario!, changed)).toHaveLength(1);
	});

	it('finds none for a new comparison', () => {
		expect(presetOrigin(blankScenario(2026))).toBeNull();
	});
});

describe('presetOf', () => {
	it('reads each preset’s title and shape from its document as the preset reads them', () => {
		for (const preset of PRESETS) {
			const scenario = presetScenario(preset);
			expect(presetDocumentOf(preset).title).toBe(scenario.title);
			expect(shape(presetDocumentOf(preset))).toBe(shape(scenario));
			expect(presetOf(scenario)).toBe(preset);
			expect(presetOf({ ...scenario, title: 'Renamed' })).toBe(preset);
		}
	});
});
