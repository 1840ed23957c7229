/**
 * The security headers every response from the app carries (SECURITY.md, "Headers").
 *
 * The page policy itself (scripts, styles, images) is kit.csp in svelte.config.js: SvelteKit
 * adds it to each rendered page as a Content-Security-Policy header, with the hashes of its
 * own inline scripts. What a policy in a `<meta>` tag cannot say, and kit.csp cannot say per
 * route, is added here as real HTTP headers: who may frame a page (`frame-ancestors`), and a
 * locked-down policy for answers that are not pages (JSON, images).
 *
 * Static files (the built JavaScript and CSS, the favicon, /schema/scenario-v1.json) are
 * served by adapter-node before the app sees the request, so they do not pass through here.
 */

/** Routes other sites may show in a frame: the embed, and only the embed. */
export const FRAMEABLE_ROUTE = '/embed';

/** Whether other sites may put `pathname` in a frame. */
export function isFrameable(pathname: string): boolean {
	return pathname === FRAMEABLE_ROUTE || pathname.startsWith(`${FRAMEABLE_ROUTE}/`);
}

/** No site, this one included, may frame the page: against clickjacking. */
export const NO_FRAMING = "frame-ancestors 'none'";

/**
 * The whole policy of a response that is not a page (JSON, images, text): it may load
 * nothing, run nothing, and be framed by nobody. A browser that opens one directly still
 * shows it.
 */
export const NOT_A_PAGE_POLICY = `default-src 'none'; ${NO_FRAMING}; base-uri 'none'; form-action 'none'`;

/**
 * Headers that do not depend on the response.
 *
 * - `nosniff`: a browser takes each response as the type it is labelled, so JSON that echoes
 *   a visitor's text can never run as a script or render as a page.
 * - `strict-origin`: a request from these pages, to any site (this one included), says at
 *   most which site it came from, never the path or the query. A share link's `?s=` carries a
 *   whole scenario, so it must not travel on in a Referer header. (`no-referrer` would also
 *   drop the Origin of same-site form posts, which the CSRF check needs.)
 * - `same-origin` opener policy: a page this site opens, or that opens this site, cannot
 *   reach into its window.
 * - No camera, microphone or location: nothing here needs them, so nothing injected could
 *   ask for them.
 */
export const FIXED_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

/** HTTPS only for a year, sent only over HTTPS (browsers ignore it otherwise). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * Sets the security headers on `headers`, in place.
 *
 * @param url The request's address: its path decides framing, its scheme HSTS.
 */
export function setSecurityHeaders(headers: Headers, url: URL): void {
	for (const [name, value] of Object.entries(FIXED_HEADERS)) headers.set(name, value);
	if (url.protocol === 'https:')
		headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
	const pagePolicy = headers.get('content-security-policy');
	const isPage = pagePolicy !== null || isHtml(headers.get('content-type'));
	if (isFrameable(url.pathname)) {
		// The embed keeps the page policy SvelteKit wrote, which says nothing of framing.
		if (!isPage) headers.set('content-security-policy', NOT_A_PAGE_POLICY);
		return;
	}
	headers.set('x-frame-options', 'DENY');
	if (pagePolicy !== null) {
		headers.set('content-security-policy', `${pagePolicy}; ${NO_FRAMING}`);
	} else {
		// A page SvelteKit did not render (its fallback error page) has inline styles, so it
		// gets only the framing rule; anything else gets the locked-down policy.
		headers.set('content-security-policy', isPage ? NO_FRAMING : NOT_A_PAGE_POLICY);
	}
}

function isHtml(contentType: string | null): boolean {
	return contentType !== null && contentType.toLowerCase().startsWith('text/html');
}

/**
 * `response` with the security headers. Most responses can be changed in place; one whose
 * headers are immutable (a `fetch` result passed straight through) is copied first.
 */
export function withSecurityHeaders(response: Response, url: URL): Response {
	try {
		setSecurityHeaders(response.headers, url);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		setSecurityHeaders(copy.headers, url);
		return copy;
	}
}
