import { findPreset, PRESETS } from '$lib/presets';
import { show } from '$lib/schemas/messages';
import { problemResponse } from './problem';
import { jsonResponse, STATIC_MAX_AGE_SECONDS } from './responses';

/** GET /api/v1/presets and GET /api/v1/presets/{id}: the presets of src/lib/presets, as they are. */

/** Where one preset is served, relative to the host. */
export function presetHref(id: string): string {
	return `/api/v1/presets/${encodeURIComponent(id)}`;
}

/** Every preset's id, title and summary, with where to get the whole of it. */
export function presetListResponse(): Response {
	const presets = PRESETS.map(({ id, title, summary }) => ({
		id,
		title,
		summary,
		href: presetHref(id)
	}));
	return jsonResponse({ presets }, { maxAge: STATIC_MAX_AGE_SECONDS });
}

/** One preset with its scenario document, or 404 for an id no preset has. */
export function presetResponse(id: string): Response {
	const preset = findPreset(id);
	if (preset === undefined) {
		return problemResponse(
			'not-found',
			`There is no preset with the id ${show(id)}; GET /api/v1/presets lists them.`
		);
	}
	const { title, summary, document } = preset;
	return jsonResponse(
		{ id: preset.id, title, summary, document },
		{ maxAge: STATIC_MAX_AGE_SECONDS }
	);
}
