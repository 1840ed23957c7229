import { encodeScenario } from '$lib/codec/url-codec';
import { PRESETS, presetScenario } from '$lib/presets';
import { gallerySummary, strengthsBehind, type GalleryHeadline } from '$lib/presets/gallery';
import type { SourceStrength } from '$lib/engine';
import type { PageServerLoad } from './$types';

/** One preset as the gallery shows it, worked out by the engine when the page is asked for. */
export interface PresetCard {
	/** The preset's id, also the card's anchor (`/#foster-care`). */
	id: string;
	title: string;
	/** What it assumes and what to replace, in plain words. */
	summary: string;
	/** The value of the `s` parameter that opens the preset in the editor (`/compare?s=…`). */
	link: string;
	/** Each comparison's present-value difference, in words and exactly. */
	headlines: GalleryHeadline[];
	/** The page's weak-evidence warning, when the comparison page shows one. */
	warning: string | null;
	/** The weakest strength among the sources the lines cite. */
	weakest?: SourceStrength;
	/** The strongest strength among them. */
	strongest?: SourceStrength;
}

/**
 * Every preset with its headline, the strength of its sources and its share link. On the
 * server, so the links (made asynchronously) are in the page for readers without JavaScript.
 */
export const load: PageServerLoad = async () => {
	const cards: PresetCard[] = await Promise.all(
		PRESETS.map(async (preset) => {
			const scenario = presetScenario(preset);
			return {
				id: preset.id,
				title: preset.title,
				summary: preset.summary,
				link: await encodeScenario(scenario),
				...gallerySummary(scenario),
				...strengthsBehind(scenario)
			};
		})
	);
	return { cards };
};
