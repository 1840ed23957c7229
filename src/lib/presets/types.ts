import type { Source } from '../engine/types';

/**
 * A ready-made comparison: a scenario document in the exchange format (format.md), built only
 * from the checked figures in `shared/data/figures.md` and from assumptions labelled as such.
 * This shape is a contract: the presets API (`GET /api/v1/presets`) serves it as it is.
 */
export interface Preset {
	/** Stable, URL-safe: a–z, 0–9 and "-". Never reused for another comparison. */
	id: string;
	/** What is compared, in sentence case. */
	title: string;
	/** A short description in plain words: what it assumes, and what to replace with local figures. */
	summary: string;
	/** The scenario document, exchange format version 1; validate it with `parseScenario`. */
	document: unknown;
}

/** The groups the "Where these figures come from" page lists figures under, in its order. */
export const TOPICS = [
	{ id: 'foster-care', title: 'Foster care' },
	{ id: 'childrens-homes', title: "Children's homes" },
	{ id: 'social-workers', title: 'Social workers: pay and employer costs' },
	{ id: 'improvement', title: 'Improvement consultancy' },
	{ id: 'trusts', title: "Children's trusts" },
	{ id: 'pilots', title: 'Social work practice pilots' },
	{ id: 'contracts', title: 'Contracts and bringing services back in-house' },
	{ id: 'assumptions', title: 'Assumptions to replace with local figures' }
] as const;

export type Topic = (typeof TOPICS)[number]['id'];

/**
 * One source the presets cite, with the figure it gives. The source is exactly what a preset
 * document carries; the rest is for the page that lists every figure.
 */
export interface CatalogueEntry {
	/** As cited in preset documents: title, publisher, date, address, exact quote, strength, via. */
	source: Source;
	topic: Topic;
	/** The figure in words, as the presets use it: "About £820 a week per child (2021)". */
	figure: string;
	/** What to know before repeating it: a stored copy, a missing date, a figure worked out here. */
	caution?: string;
}
