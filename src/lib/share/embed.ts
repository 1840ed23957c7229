/**
 * The embed (issue 5): `/embed?s=…&theme=…` in another site's iframe. This module holds what
 * the embed, the "Embed" dialog and the host's snippet must agree on: the themes, the frame's
 * code, and the messages through which the frame tells its host how tall it is. Pure and
 * browser-safe. The protocol, and why it is shaped so, is in ./README.md.
 */
import { SCENARIO_PARAM } from '../codec/params';

/** The embed's colour themes; `light` unless the link asks for `dark`. */
export const EMBED_THEMES = ['light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The search parameter that picks the theme. */
export const THEME_PARAM = 'theme';

/** Reads the `theme` parameter: anything but "dark" is light. */
export function embedTheme(value: string | null): EmbedTheme {
	return value === 'dark' ? 'dark' : 'light';
}

/** Every message type starts with this, so a host can tell ours from its other frames'. */
export const MESSAGE_NAMESPACE = 'public-cost-comparator';

/** The message types, namespaced. */
export const EMBED_MESSAGES = {
	/** Frame → host, to any origin, once the frame can answer: carries nothing but its type. */
	ready: `${MESSAGE_NAMESPACE}:ready`,
	/** Host → frame: "tell me your height". The frame replies to this message's origin only. */
	hello: `${MESSAGE_NAMESPACE}:hello`,
	/** Frame → the origin that said hello: the height of the frame's content, in CSS pixels. */
	resize: `${MESSAGE_NAMESPACE}:resize`
} as const;

/** The frame's answer: its content's height, and nothing about the comparison. */
export interface ResizeMessage {
	type: typeof EMBED_MESSAGES.resize;
	height: number;
}

/** True for a host's hello. */
export function isHello(data: unknown): boolean {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === EMBED_MESSAGES.hello
	);
}

/** The message that tells the host the content's height, rounded up to a whole pixel. */
export function resizeMessage(height: number): ResizeMessage {
	return { type: EMBED_MESSAGES.resize, height: Math.ceil(height) };
}

/**
 * The origin a reply may go to: the hello's own origin, or null when there is none to name (a
 * sandboxed or `file:` host has the opaque origin "null", and `postMessage` cannot target it;
 * the frame then keeps its fixed height).
 */
export function replyOrigin(origin: string): string | null {
	return /^https?:\/\/[^/]+$/i.test(origin) ? origin : null;
}

/**
 * The height the frame's code asks for when the host runs no script, in CSS pixels: enough for
 * every preset's embed, weak-evidence warning included, in a 640 px column (at most 989 px high
 * when measured); narrower frames scroll inside, and the script makes any frame fit.
 */
export const DEFAULT_FRAME_HEIGHT = 1000;

/** What the "Embed" dialog offers: the frame itself, and the optional script that resizes it. */
export interface EmbedCode {
	/** The embed's own URL: `https://…/embed?s=…` (plus `&theme=dark`). */
	src: string;
	/** The `<iframe>` element to paste. */
	iframe: string;
	/** A `<script>` to paste after it, so the frame fits its content. */
	script: string;
}

/** Escapes text for a double-quoted HTML attribute. */
function attribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * The code to embed a comparison, from its share link.
 *
 * @param shareLink the comparison's absolute share link (`https://…/compare?s=…`)
 * @param embedPath the embed route's path on the same site (`resolve('/embed')`), from the root
 *   or relative to the share link
 * @param title the scenario's title, for the frame's accessible name
 * @param theme the colour theme the host wants
 * @returns null when the link carries no scenario, so there is nothing to embed
 */
export function embedCode(
	shareLink: string,
	embedPath: string,
	title: string,
	theme: EmbedTheme
): EmbedCode | null {
	let link: URL;
	try {
		link = new URL(shareLink);
	} catch {
		return null;
	}
	const state = link.searchParams.get(SCENARIO_PARAM);
	if (!state) return null;
	// Against the link itself: a path relative to the page (as SvelteKit's `resolve` gives while
	// rendering on the server) and one from the root both land on the same address.
	const src = new URL(embedPath, link);
	src.searchParams.set(SCENARIO_PARAM, state);
	if (theme !== 'light') src.searchParams.set(THEME_PARAM, theme);
	const iframe =
		`<iframe src="${attribute(src.href)}" title="${attribute(`Cost comparison: ${title}`)}"` +
		` width="100%" height="${DEFAULT_FRAME_HEIGHT}" style="border:0;max-width:100%"` +
		' loading="lazy"></iframe>';
	return { src: src.href, iframe, script: hostScript(link.origin) };
}

/**
 * The host's half of the protocol, as a script to paste straight after the iframe: it says
 * hello to the frame (when the frame loads, and again when the frame says it is ready, so
 * either may come first), accepts heights only from that frame and from `origin`, and sets the
 * frame's height. Plain ES5, with no dependencies, for any page.
 */
export function hostScript(origin: string): string {
	const lines = [
		'<script>',
		'(function () {',
		'  var frame = document.currentScript.previousElementSibling;',
		`  var origin = ${JSON.stringify(origin)};`,
		'  function hello() {',
		`    frame.contentWindow.postMessage({ type: ${JSON.stringify(EMBED_MESSAGES.hello)} }, origin);`,
		'  }',
		"  frame.addEventListener('load', hello);",
		"  window.addEventListener('message', function (event) {",
		'    if (event.origin !== origin || event.source !== frame.contentWindow) return;',
		'    var data = event.data || {};',
		`    if (data.type === ${JSON.stringify(EMBED_MESSAGES.ready)}) hello();`,
		`    if (data.type === ${JSON.stringify(EMBED_MESSAGES.resize)} && typeof data.height === 'number')`,
		"      frame.style.height = Math.ceil(data.height) + 'px';",
		'  });',
		'})();',
		'</script>'
	];
	return lines.join('\n');
}
