/**
 * The comparison page's parts that the browser loads only once the page is idle (+page.svelte,
 * src/lib/components/island): the server draws them in full, with their code from here. Only
 * the pages' universal loads import this, and only in the server's build (`import.meta.env.SSR`
 * is a constant of each build), so the browser's first-load JavaScript leaves the parts out:
 * imported by the page itself, they would be in it however little the page used them. SvelteKit
 * still links their styles from the server's page, as it does for whatever a load imports.
 */
export async function partsDrawnByServer() {
	const [results, claims, files, downloads, embed] = await Promise.all([
		import('./ResultsPanel.svelte'),
		import('./claims/ClaimsPanel.svelte'),
		import('./ScenarioFiles.svelte'),
		import('$lib/components/export/Downloads.svelte'),
		import('$lib/components/share/EmbedDialog.svelte')
	]);
	return {
		ResultsPanel: results.default,
		ClaimsPanel: claims.default,
		ScenarioFiles: files.default,
		Downloads: downloads.default,
		EmbedDialog: embed.default
	};
}
