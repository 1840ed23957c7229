import { describe, expect, it } from 'vitest';
import { buildCardTree, CARD_HEIGHT, CARD_WIDTH, genericCardTree, textsOf } from '$lib/server/card';
import { CHILDRENS_TRUST, FOSTER, INSOURCING, type Worked } from '../results/examples';

const textOf = (worked: Worked): string[] =>
	textsOf(buildCardTree(worked.scenario, worked.analysis, worked.results));

describe('buildCardTree', () => {
	it('is a 1200 × 630 card', () => {
		const tree = buildCardTree(FOSTER.scenario, FOSTER.analysis, FOSTER.results);
		expect([tree.props.style.width, tree.props.style.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
	});

	it.each([
		[
			'foster-placements',
			FOSTER,
			[
				'Public cost comparator',
				'Foster placements: in-house carers or an independent agency',
				'£12.6 million more',
				"Over 5 years (2026-27 to 2030-31), an independent fostering agency would cost £12.6 million more than in-house foster carers in today's money (present value), between £11.1 million and £14.2 million across the low and high cases.",
				"Total cost in today's money (present value), 2026-27 prices",
				'In-house foster carers',
				'£7.9 million',
				'Independent fostering agency',
				'£20.4 million',
				'Weakest source: Assumption',
				'Sources: Community Care (anecdotal); scenario assumptions'
			]
		],
		[
			'childrens-trust',
			CHILDRENS_TRUST,
			[
				'Public cost comparator',
				"Children's social work: council-run or an independent trust",
				'Between £7.45 million less and £33.8 million more',
				"Over 10 years (2026-27 to 2035-36), an independent children's trust would cost £11.4 million more than a council-run service in today's money (present value), but across the low and high cases it could be anything from £7.45 million less to £33.8 million more.",
				"Total cost in today's money (present value), 2026-27 prices",
				'Council-run service',
				'£85.7 million',
				"Independent children's trust",
				'£97.1 million',
				'Weakest source: Assumption',
				'Source: scenario assumptions'
			]
		],
		[
			'insourcing',
			INSOURCING,
			[
				'Public cost comparator',
				'Bringing a cleaning contract back in-house',
				'Between £3.67 million less and £1.05 million more',
				"Over 8 years (2027 to 2034), an in-house service would cost £1.31 million less than an outsourced contract (today) in today's money (present value), but across the low and high cases it could be anything from £3.67 million less to £1.05 million more.",
				"Total cost in today's money (present value), 2027 prices",
				'Outsourced contract (today)',
				'£13.1 million',
				'In-house service',
				'£11.7 million',
				'Weakest source: Assumption',
				'Source: scenario assumptions'
			]
		]
	])('says exactly what the %s example shows, in reading order', (_, worked, expected) => {
		expect(textOf(worked)).toEqual(expected);
	});

	it('draws each bar in proportion to the largest total', () => {
		const tree = buildCardTree(FOSTER.scenario, FOSTER.analysis, FOSTER.results);
		const widths = JSON.stringify(tree).match(/"width":"[\d.]+%"/g);
		// 7,897,503.86 ÷ 20,448,460.00 = 38.62 %.
		expect(widths).toEqual(['"width":"38.62%"', '"width":"100.00%"']);
	});
});

describe('genericCardTree', () => {
	it('names the product and asks its question, with no figures', () => {
		expect(textsOf(genericCardTree())).toEqual([
			'Public cost comparator',
			'Does it cost the public more to deliver a service in-house or to buy it in?',
			'Compare the full cost of each option, in cash, real terms and present value, with every figure sourced.'
		]);
	});
});
