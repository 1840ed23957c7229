import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import HeadlineResult from '$lib/components/results/HeadlineResult.svelte';
import SensitivityTable from '$lib/components/results/SensitivityTable.svelte';
import SummaryTable from '$lib/components/results/SummaryTable.svelte';
import SwitchingValues from '$lib/components/results/SwitchingValues.svelte';
import YearTable from '$lib/components/results/YearTable.svelte';
import type { OpenFigureProps, ResultsProps } from '$lib/results/types';
import type { FigureRef } from '$lib/workings';
import { FOSTER } from './examples';

/** The text a reader gets from server-rendered HTML, whitespace collapsed. */
function textOf(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const buttons = (html: string): string[] => [...html.matchAll(/<button[^>]*>/g)].map((m) => m[0]);

const onopen = (ref: FigureRef): void => void ref;

type Props = ResultsProps & OpenFigureProps;
const VIEWS: [string, Component<Props>][] = [
	['HeadlineResult', HeadlineResult],
	['SummaryTable', SummaryTable],
	['YearTable', YearTable as Component<Props>],
	['SwitchingValues', SwitchingValues],
	['SensitivityTable', SensitivityTable]
];

describe.each(VIEWS)('%s', (_, view) => {
	const plain = render(view, { props: { ...FOSTER } }).body;
	const openable = render(view, { props: { ...FOSTER, onopen, controls: 'panel' } }).body;

	it('shows plain text, with no buttons, without onopen', () => {
		expect(buttons(plain)).toEqual([]);
	});

	it('makes figures buttons with onopen, reading the same', () => {
		expect(buttons(openable).length).toBeGreaterThan(0);
		expect(textOf(openable)).toBe(textOf(plain));
	});

	it('names each button as a figure to open and points it at the working', () => {
		for (const button of buttons(openable)) {
			expect(button).toMatch(/aria-label="[^"]+ — show how this was worked out"/);
			expect(button).toContain('aria-controls="panel"');
		}
	});
});

describe('SummaryTable', () => {
	it('makes every figure openable: central, both ends of each range, and differences', () => {
		const html = render(SummaryTable, { props: { ...FOSTER, onopen } }).body;
		// Two options and one difference, three measures, a central figure and two ends each.
		expect(buttons(html)).toHaveLength(27);
	});

	it('marks the open figure as expanded, and only that one', () => {
		const openRef: FigureRef = { kind: 'optionTotal', option: 'agency', measure: 'cash' };
		const html = render(SummaryTable, { props: { ...FOSTER, onopen, openRef } }).body;
		const expanded = buttons(html).filter((button) => button.includes('aria-expanded="true"'));
		expect(expanded).toHaveLength(1);
		expect(expanded[0]).toContain('aria-label="£22,771,838.93 — show how this was worked out"');
	});
});

describe('YearTable', () => {
	it('makes every cell openable, line by line too', () => {
		const html = render(YearTable, { props: { ...FOSTER, onopen } }).body;
		// Six rows (five years and the total) of three columns, then of two and three columns
		// in the line-by-line tables of the two options.
		expect(buttons(html)).toHaveLength(6 * 3 + 6 * 2 + 6 * 3);
	});
});
