import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FigureButton from '$lib/components/workings/FigureButton.svelte';
import SourceNote from '$lib/components/workings/SourceNote.svelte';
import StrengthBadge from '$lib/components/workings/StrengthBadge.svelte';
import Working from '$lib/components/workings/Working.svelte';
import { stepText, type FigureRef, type SourceView } from '$lib/workings';
import { working } from './examples';

/** The text a reader gets from server-rendered HTML: no tags, no hydration comments. */
function textOf(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/** The text of each `<li class="step …">` in order. */
function stepsOf(html: string): string[] {
	return [...html.matchAll(/<li class="step[^"]*">([\s\S]*?)<\/li>/g)].map((match) =>
		textOf(match[1])
	);
}

const REF: FigureRef = {
	kind: 'lineYear',
	option: 'in-house',
	line: 'placements',
	year: 2,
	measure: 'cash'
};

const SOURCE: SourceView = {
	id: 'cc-2016-comment',
	title: 'Reader comment <on> an article',
	publisher: 'Community Care',
	date: '14 February 2016',
	dateTime: '2016-02-14',
	url: 'https://www.communitycare.co.uk/',
	quote: 'the average in-house foster carer costs £300 – 350 per week per child',
	strength: 'anecdotal',
	strengthLabel: 'Anecdotal',
	via: 'a council report'
};

describe('FigureButton', () => {
	const { body } = render(FigureButton, {
		props: { figure: '£1,723,800.00', ref: REF, onopen: () => {} }
	});

	it('is a button that shows the figure and says what it does', () => {
		expect(body).toContain('<button type="button" class="figure svelte-');
	});

	it('names itself by the figure and the action', () => {
		expect(body).toContain('aria-label="£1,723,800.00 — show how this was worked out"');
	});

	it('shows the figure', () => {
		expect(textOf(body)).toBe('£1,723,800.00');
	});
});

describe('StrengthBadge', () => {
	it('always carries the strength in words', () => {
		const { body } = render(StrengthBadge, { props: { strength: 'official-statistics' } });
		expect(textOf(body)).toBe('Source strength: Official statistics');
	});
});

describe('SourceNote', () => {
	const { body } = render(SourceNote, { props: { source: SOURCE } });

	it('links the title without handing the page to the other site', () => {
		expect(body).toContain('<a href="https://www.communitycare.co.uk/" rel="noopener noreferrer">');
	});

	it('shows user text as text, never as markup', () => {
		expect(body).toContain('Reader comment &lt;on> an article');
	});

	it('gives the publisher and the date, with a machine-readable date', () => {
		expect(textOf(body)).toContain('Community Care, 14 February 2016');
	});

	it('marks the date up for machines', () => {
		expect(body).toContain('<time datetime="2016-02-14">14 February 2016</time>');
	});

	it('quotes the source in a blockquote', () => {
		expect(body).toMatch(
			/<blockquote[^>]*>the average in-house foster carer costs £300 – 350 per week per child<\/blockquote>/
		);
	});

	it('says what it was seen through', () => {
		expect(textOf(body)).toContain('Seen via a council report');
	});
});

describe('Working', () => {
	const foster = working('foster-placements', {
		kind: 'lineYear',
		option: 'agency',
		line: 'contract-management',
		year: 3,
		measure: 'presentValue'
	});

	it('renders each step as the builder wrote it, space for space', () => {
		const { body } = render(Working, { props: { working: foster } });
		expect(stepsOf(body)).toEqual(foster.steps.map(stepText));
	});

	it('makes figures with their own working into buttons when it can open them', () => {
		const { body } = render(Working, { props: { working: foster, onopen: () => {} } });
		expect(body).toContain('aria-label="£4,463,316.00 — show how this was worked out"');
	});

	it('leaves every figure as text when it cannot open them', () => {
		const { body } = render(Working, { props: { working: foster } });
		expect(body).not.toContain('<button');
	});

	it('shows the rounding note, the caveats and every source', () => {
		const text = textOf(render(Working, { props: { working: foster } }).body);
		expect(
			[
				'Each figure is shown rounded to the penny',
				'Part of this figure rests on assumptions made for the scenario',
				'Illustrative assumption: client-side contract management',
				'Reader comment on'
			].filter((phrase) => !text.includes(phrase))
		).toEqual([]);
	});

	it('uses the heading level it is given, and the next for its sections', () => {
		const { body } = render(Working, { props: { working: foster, level: 2 } });
		expect([...body.matchAll(/<(h\d)/g)].map((match) => match[1])).toEqual(['h2', 'h3', 'h3']);
	});

	it('sets no inline styles, which the content security policy would block', () => {
		const { body } = render(Working, { props: { working: foster, onopen: () => {} } });
		expect(body).not.toMatch(/\sstyle=/);
	});
});
