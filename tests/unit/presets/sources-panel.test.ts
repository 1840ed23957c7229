/**
 * The helpers behind the sources panel and the weak-source notice on the comparison page
 * (src/lib/components/sources), tested here with the presets they were built for.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import WeakSourceNotice from '../../../src/lib/components/sources/WeakSourceNotice.svelte';
import {
	addSource,
	linesCiting,
	removeSource,
	setOptional
} from '../../../src/lib/components/sources/source-edits';
import { weakLines } from '../../../src/lib/components/sources/weak-lines';
import { analyse, type Source } from '../../../src/lib/engine';
import type { Scenario } from '../../../src/lib/engine/types';
import { findPreset, presetScenario } from '../../../src/lib/presets';
import { scenarioToDraft } from '../../../src/lib/state/draft';

function preset(id: string): Scenario {
	const found = findPreset(id);
	if (!found) throw new Error(`No preset ${id}`);
	return presetScenario(found);
}

describe('weakLines', () => {
	it('names the lines whose best source is an anecdote or an assumption, with their options', () => {
		const scenario = preset('foster-care');
		expect(weakLines(scenario, analyse(scenario))).toEqual({
			anecdotal: [
				'Foster placements (In-house foster carers)',
				'Agency foster placements (Independent fostering agency)'
			],
			assumption: [
				'Commissioning and contract management (Independent fostering agency)',
				"Commissioning and contract management (Independent fostering agency at the market study's price)"
			]
		});
	});

	it('does not count a line that has a stronger source beside its assumption', () => {
		const scenario = preset('foster-care');
		const names = Object.values(weakLines(scenario, analyse(scenario))).flat();
		expect(names.some((name) => name.startsWith('Agency foster placements at £820'))).toBe(false);
	});

	it('leaves out a line that adds nothing to the result', () => {
		const scenario = preset('childrens-trust');
		// The trust's overspend is 0% in the central case: the headline does not rest on it. The
		// failure risk has a press source beside its assumed chance, so it is not weak either.
		expect(weakLines(scenario, analyse(scenario)).assumption).toEqual([
			"The council's client-side team (Independent children's trust)"
		]);
	});

	it('names nothing when there is only one option, so no headline', () => {
		const scenario = preset('foster-care');
		const single: Scenario = {
			...scenario,
			options: [scenario.options[0]],
			baseline: 'in-house',
			claims: undefined
		};
		expect(weakLines(single, analyse(single))).toEqual({ anecdotal: [], assumption: [] });
	});
});

describe('WeakSourceNotice', () => {
	function text(scenario: Scenario): string {
		const { body } = render(WeakSourceNotice, {
			props: { scenario, analysis: analyse(scenario) }
		});
		return body
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/&#39;/g, "'");
	}

	it('says in plain words which lines rest only on an anecdote', () => {
		expect(text(preset('foster-care'))).toContain(
			'Only an anecdote, not a published figure, supports: Foster placements (In-house foster carers); Agency foster placements (Independent fostering agency).'
		);
	});

	it('shows nothing when every line has a stronger source', () => {
		const scenario = preset('foster-care');
		const strong: Scenario = {
			...scenario,
			sources: scenario.sources.map((source) => ({ ...source, strength: 'official-report' }))
		};
		expect(text(strong).trim()).toBe('');
	});
});

describe('addSource', () => {
	it('adds a source with an id not yet taken, ready to be named', () => {
		const draft = scenarioToDraft(preset('foster-care'));
		draft.sources.push({ id: 'source', title: 'Taken', strength: 'press' });
		const index = addSource(draft);
		expect(draft.sources[index]).toEqual({
			id: 'source-2',
			title: 'New source',
			strength: 'assumption'
		});
	});
});

describe('removeSource', () => {
	it('removes the source and unticks it from every line that cited it', () => {
		const draft = scenarioToDraft(preset('foster-care'));
		const index = draft.sources.findIndex((source) => source.id === 'cc-2016-comment');
		const removed = removeSource(draft, index);
		const stillCiting = draft.options.flatMap((option) =>
			option.lines.filter((line) => line.sources.includes('cc-2016-comment'))
		);
		// Four sources before: the comment, the market study, the children and the consultancy's claim.
		expect([removed?.lines, stillCiting.length, draft.sources.length]).toEqual([2, 0, 3 + 1]);
	});

	it('does nothing for an index with no source', () => {
		const draft = scenarioToDraft(preset('foster-care'));
		expect(removeSource(draft, 99)).toBeUndefined();
	});
});

describe('setOptional', () => {
	it('sets a field to the text typed', () => {
		const source: Source = { id: 's', title: 'S', strength: 'press' };
		setOptional(source, 'url', 'https://example.org/');
		expect(source.url).toBe('https://example.org/');
	});

	it('leaves the field out when the box is emptied, so "" never reaches the document', () => {
		const source: Source = { id: 's', title: 'S', strength: 'press', url: 'https://example.org/' };
		setOptional(source, 'url', '');
		expect('url' in source).toBe(false);
	});
});

describe('linesCiting', () => {
	it('names each line citing a source with its option', () => {
		const draft = scenarioToDraft(preset('foster-care'));
		expect(linesCiting(draft, 'cma-2021-fostering')).toEqual([
			"Agency foster placements at £820 a week (Independent fostering agency at the market study's price)"
		]);
	});
});
