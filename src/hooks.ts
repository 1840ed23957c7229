import type { Reroute } from '@sveltejs/kit';

/**
 * A short link's public address is /s/{id} (and /s/{id}/card.png): it is the comparison page
 * at another address, so its route lives with that page, at src/routes/compare/s/[id], where
 * the layer rules let it reuse the page (eslint/layers.js). The address the reader sees stays
 * /s/{id}.
 */
const SHORT_LINK = /^\/s\/([^/]+)(\/card\.png)?\/?$/;

export const reroute: Reroute = ({ url }) => {
	const match = SHORT_LINK.exec(url.pathname);
	if (match) return `/compare/s/${match[1]}${match[2] ?? ''}`;
};
