import { describe, expect, it } from 'vitest';
import { PRESETS, TOPICS } from '../../../src/lib/presets';
import { figureGroups } from '../../../src/lib/presets/figures';

const GROUPS = figureGroups(PRESETS);

describe('figureGroups', () => {
	it('groups the figures by topic, in the order of the topics, assumptions last', () => {
		const order = TOPICS.map((topic) => topic.id);
		const topics = GROUPS.map((group) => group.topic);
		expect([
			topics.at(-1),
			[...topics].sort((a, b) => order.indexOf(a) - order.indexOf(b))
		]).toEqual(['assumptions', topics]);
	});

	it('lists every source the presets cite exactly once', () => {
		const listed = GROUPS.flatMap((group) =>
			group.figures.map((figure) => figure.source.id)
		).sort();
		const cited = [
			...new Set(
				PRESETS.flatMap((preset) =>
					(preset.document as { sources: { id: string }[] }).sources.map((source) => source.id)
				)
			)
		].sort();
		expect(listed).toEqual(cited);
	});

	it('says which presets and lines use a figure', () => {
		const figure = GROUPS.flatMap((group) => group.figures).find(
			(each) => each.source.id === 'cma-2021-fostering'
		);
		expect(figure?.uses).toEqual([
			{
				preset: 'foster-care',
				presetTitle: 'Foster placements: in-house carers or an independent agency',
				lines: [
					"Agency foster placements at £820 a week (Independent fostering agency at the market study's price)"
				]
			}
		]);
	});

	it('leaves out figures no given preset uses', () => {
		const onlyFoster = figureGroups(PRESETS.filter((preset) => preset.id === 'foster-care'));
		expect(onlyFoster.flatMap((group) => group.figures.map((f) => f.source.id))).toEqual([
			'cc-2016-comment',
			'cma-2021-fostering',
			'impower-2014-fostering',
			'assume-foster-children',
			'assume-placement-commissioning'
		]);
	});
});
