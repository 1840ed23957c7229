import { describe, expect, it } from 'vitest';
import {
	CATALOGUE,
	catalogueEntry,
	PRESETS,
	presetScenario,
	TOPICS
} from '../../../src/lib/presets';
import { presetDocument } from '../../../src/lib/presets/catalogue';

const CITED = new Set(
	PRESETS.flatMap((preset) => presetScenario(preset).sources.map((source) => source.id))
);

describe('CATALOGUE', () => {
	it('gives each source a unique id', () => {
		const ids = CATALOGUE.map((entry) => entry.source.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('holds no source that no preset cites', () => {
		expect(CATALOGUE.map((entry) => entry.source.id).filter((id) => !CITED.has(id))).toEqual([]);
	});

	it('files every assumption, and only assumptions, under assumptions', () => {
		const misfiled = CATALOGUE.filter(
			(entry) => (entry.topic === 'assumptions') !== (entry.source.strength === 'assumption')
		);
		expect(misfiled.map((entry) => entry.source.id)).toEqual([]);
	});

	it('files every source under a topic the sources page lists', () => {
		const topics = new Set<string>(TOPICS.map((topic) => topic.id));
		expect(CATALOGUE.filter((entry) => !topics.has(entry.topic))).toEqual([]);
	});
});

describe('catalogueEntry', () => {
	it('finds a source by its id', () => {
		expect(catalogueEntry('cc-2016-comment')?.source.strength).toBe('anecdotal');
	});

	it('gives undefined for an unknown id', () => {
		expect(catalogueEntry('nope')).toBeUndefined();
	});
});

describe('presetDocument', () => {
	const fields = {
		title: 'Test',
		startYear: 2026,
		horizonYears: 1,
		options: [
			{
				id: 'a',
				name: 'A',
				lines: [
					{
						id: 'x',
						kind: 'oneOff' as const,
						amount: '1',
						sources: ['assume-contract-value', 'cc-2016-comment']
					},
					{ id: 'y', kind: 'oneOff' as const, amount: '2', sources: ['cc-2016-comment'] }
				]
			}
		]
	};

	it('carries the sources the lines cite, once each, in the order first cited', () => {
		expect(presetDocument(fields).sources?.map((source) => source.id)).toEqual([
			'assume-contract-value',
			'cc-2016-comment'
		]);
	});

	it('writes the format and its version', () => {
		const document = presetDocument(fields);
		expect([document.format, document.version]).toEqual(['public-cost-comparison', 1]);
	});

	it('throws when a line cites a source the catalogue does not have', () => {
		const unknown = {
			...fields,
			options: [
				{
					id: 'a',
					name: 'A',
					lines: [{ id: 'x', kind: 'oneOff' as const, amount: '1', sources: ['nope'] }]
				}
			]
		};
		expect(() => presetDocument(unknown)).toThrow('No source "nope"');
	});
});
