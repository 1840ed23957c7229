import { describe, expect, it, vi } from 'vitest';
import {
	withLowPriorityScripts,
	withScriptsAfterStyles
} from '../../../../src/lib/server/http/script-priority';

/** A `Link` header as SvelteKit writes it for a page: stylesheets, then the page's modules. */
const KIT_LINK = [
	'<./_app/immutable/assets/0.C1LPKXL9.css>; rel="preload"; as="style"; nopush',
	'<./_app/immutable/entry/start.Bx86ETic.js>; rel="modulepreload"; nopush',
	'<./_app/immutable/chunks/DNNP9WjK.js>; rel="modulepreload"; nopush'
].join(', ');

describe('withLowPriorityScripts', () => {
	it('marks each module preload low priority and keeps the stylesheets as they are', () => {
		expect(withLowPriorityScripts(KIT_LINK)).toBe(
			[
				'<./_app/immutable/assets/0.C1LPKXL9.css>; rel="preload"; as="style"; nopush',
				'<./_app/immutable/entry/start.Bx86ETic.js>; rel="modulepreload"; nopush; fetchpriority="low"',
				'<./_app/immutable/chunks/DNNP9WjK.js>; rel="modulepreload"; nopush; fetchpriority="low"'
			].join(', ')
		);
	});

	it('reads rel with or without quotes, in any case, last or not', () => {
		expect(withLowPriorityScripts('</a.js>; rel=modulepreload, </b.js>; REL="ModulePreload"')).toBe(
			'</a.js>; rel=modulepreload; fetchpriority="low", </b.js>; REL="ModulePreload"; fetchpriority="low"'
		);
	});

	it('keeps a preload that already says its priority, and any other relation', () => {
		const link =
			'</a.js>; rel="modulepreload"; fetchpriority="high", </b.js>; rel="preload"; as="script", </next>; rel="next"';
		expect(withLowPriorityScripts(link)).toBe(link);
	});

	it('keeps an empty header empty', () => {
		expect(withLowPriorityScripts('')).toBe('');
	});
});

describe('withScriptsAfterStyles', () => {
	it("changes the page's own response in place", () => {
		const response = new Response('<!doctype html>', { headers: { link: KIT_LINK } });
		const result = withScriptsAfterStyles(response);
		expect(result).toBe(response);
		expect(result.headers.get('link')?.match(/fetchpriority="low"/g)).toHaveLength(2);
	});

	it('copies a response whose headers cannot change (a fetch passed through), status and body too', async () => {
		const locked = new Response('moved', {
			status: 303,
			headers: { link: '</a.js>; rel="modulepreload"', location: '/compare' }
		});
		vi.spyOn(locked.headers, 'set').mockImplementation(() => {
			throw new TypeError('immutable');
		});
		const result = withScriptsAfterStyles(locked);
		expect(result).not.toBe(locked);
		expect(result.status).toBe(303);
		expect(result.headers.get('location')).toBe('/compare');
		expect(result.headers.get('link')).toBe('</a.js>; rel="modulepreload"; fetchpriority="low"');
		expect(await result.text()).toBe('moved');
	});

	it('leaves a response with no script preloads untouched', () => {
		const json = new Response('{}', { headers: { 'content-type': 'application/json' } });
		const styles = new Response('', { headers: { link: '</a.css>; rel="preload"; as="style"' } });
		expect(withScriptsAfterStyles(json).headers.has('link')).toBe(false);
		expect(withScriptsAfterStyles(styles).headers.get('link')).toBe(
			'</a.css>; rel="preload"; as="style"'
		);
	});
});
