import type { Analysis, ResultsDocument, Scenario, SourceStrength } from '$lib/engine';
import { seriesColour } from '$lib/charts/palette';
import {
	cardContent,
	GENERIC_CARD,
	PRODUCT_NAME,
	type CardContent,
	type CardTotal
} from '$lib/share/card-content';
import { box, text, type CardElement } from './element';

/**
 * The social card as a satori element tree: pure, so every word on it is unit-tested
 * (`tests/unit/card/`). `render.ts` turns a tree into a PNG.
 *
 * 1200 × 630 (the size Open Graph and X's large summary card expect): the product's name on
 * the page header's black band, the scenario's title, the headline figure in words and its
 * sentence, a bar for each option's total, and the weakest evidence behind the figures.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The font the card registers (`fonts.ts`); the page itself uses system fonts. */
export const CARD_FONT = 'Inter';

const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const BLUE = '#1d70b8';
const PANEL = '#f3f2f1';
const SIDE = 56;
/** The height of a bar's row, by how many bars there are, so four still leave room below. */
const ROW_HEIGHTS: Readonly<Record<number, number>> = { 1: 50, 2: 50, 3: 42 };

/** The strength badge's colours, as `StrengthBadge.svelte` shows them (6:1 or more). */
const BADGE: Record<'strong' | 'moderate' | 'limited' | 'weak', { ink: string; paper: string }> = {
	strong: { ink: '#005a30', paper: '#cce2d8' },
	moderate: { ink: '#0c2d4a', paper: '#bbd4ea' },
	limited: { ink: '#383f43', paper: '#e5e6e7' },
	weak: { ink: '#6e3619', paper: '#fcd6c3' }
};

function tier(strength: SourceStrength): keyof typeof BADGE {
	switch (strength) {
		case 'official-statistics':
		case 'official-report':
		case 'academic':
			return 'strong';
		case 'sector-body':
		case 'consultancy':
			return 'moderate';
		case 'press':
		case 'campaign':
			return 'limited';
		case 'anecdotal':
		case 'assumption':
			return 'weak';
	}
}

/** The black band with the product's name, as the site's header. */
function band(): CardElement {
	return box(
		{
			height: 88,
			padding: `0 ${SIDE}px`,
			alignItems: 'center',
			background: INK,
			borderBottom: `10px solid ${BLUE}`,
			color: '#ffffff'
		},
		text({ fontSize: 34, fontWeight: 700 }, PRODUCT_NAME)
	);
}

/**
 * Text cut to `lines` lines with an ellipsis. A word longer than a line (a name with no spaces,
 * or a figure hundreds of digits long) is broken where it meets the edge rather than running off
 * the card.
 */
function clamped(style: Record<string, string | number>, lines: number, content: string) {
	return text(
		{
			display: 'block',
			lineClamp: lines,
			overflow: 'hidden',
			textOverflow: 'ellipsis',
			wordBreak: 'break-word',
			...style
		},
		content
	);
}

/** One option's bar: name, bar, total in words. */
function bar(total: CardTotal, index: number, rowHeight: number): CardElement {
	const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
	return box(
		{ height: rowHeight, alignItems: 'center', fontSize: rowHeight >= 50 ? 26 : 22 },
		text({ width: 380, paddingRight: 16, ...oneLine }, total.name),
		box(
			{ flexGrow: 1, height: Math.round(rowHeight * 0.6), alignItems: 'center' },
			box({
				width: `${Math.max(total.share * 100, 0.5).toFixed(2)}%`,
				height: '100%',
				background: seriesColour(index)
			})
		),
		text(
			{ width: 230, paddingLeft: 20, textAlign: 'right', fontWeight: 700, ...oneLine },
			total.words
		)
	);
}

/** The card of a comparison, from its content. */
export function cardTreeOf(content: CardContent): CardElement {
	const rowHeight = ROW_HEIGHTS[content.totals.length] ?? 34;
	const badge = content.strength
		? BADGE[tier(content.strength.strength)]
		: { ink: SECONDARY, paper: PANEL };
	return box(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			flexDirection: 'column',
			background: '#ffffff',
			color: INK,
			fontFamily: CARD_FONT
		},
		band(),
		box(
			{ flexDirection: 'column', flexGrow: 1, padding: `26px ${SIDE}px 28px` },
			clamped({ fontSize: 32, fontWeight: 700, lineHeight: 1.2 }, 1, content.title),
			box(
				{
					flexDirection: 'column',
					marginTop: 18,
					paddingLeft: 24,
					borderLeft: `10px solid ${BLUE}`
				},
				clamped({ fontSize: 60, fontWeight: 700, lineHeight: 1.1, color: BLUE }, 1, content.figure),
				clamped({ fontSize: 23, lineHeight: 1.35, marginTop: 8 }, 3, content.sentence)
			),
			box(
				{ flexDirection: 'column', marginTop: 20 },
				text({ fontSize: 20, color: SECONDARY, marginBottom: 2 }, content.totalsCaption),
				...content.totals.map((total, index) => bar(total, index, rowHeight)),
				...(content.moreOptions > 0
					? [
							text(
								{ fontSize: 20, color: SECONDARY },
								`and ${content.moreOptions} more ${content.moreOptions === 1 ? 'option' : 'options'}`
							)
						]
					: [])
			),
			box(
				{ marginTop: 'auto', alignItems: 'center', fontSize: 20 },
				...(content.strength
					? [
							text(
								{
									flexShrink: 0,
									padding: '4px 12px',
									marginRight: 16,
									fontWeight: 700,
									color: badge.ink,
									background: badge.paper
								},
								content.strength.text
							)
						]
					: []),
				text(
					{
						color: SECONDARY,
						whiteSpace: 'nowrap',
						overflow: 'hidden',
						textOverflow: 'ellipsis'
					},
					content.sources
				)
			)
		)
	);
}

/**
 * The card of a scenario: a pure function of the scenario and its figures.
 *
 * @param analysis `analyse(scenario)`
 * @param results `toResultsDocument(analysis)`
 */
export function buildCardTree(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): CardElement {
	return cardTreeOf(cardContent(scenario, analysis, results));
}

/** The card shown when there is no comparison to show: no link, or one that cannot be read. */
export function genericCardTree(): CardElement {
	return box(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			flexDirection: 'column',
			background: '#ffffff',
			color: INK,
			fontFamily: CARD_FONT
		},
		band(),
		box(
			{ flexDirection: 'column', flexGrow: 1, padding: `60px ${SIDE}px`, justifyContent: 'center' },
			box(
				{ flexDirection: 'column', paddingLeft: 28, borderLeft: `10px solid ${BLUE}` },
				text({ fontSize: 60, fontWeight: 700, lineHeight: 1.15 }, GENERIC_CARD.question),
				text({ fontSize: 28, lineHeight: 1.4, marginTop: 28, color: SECONDARY }, GENERIC_CARD.offer)
			)
		)
	);
}
