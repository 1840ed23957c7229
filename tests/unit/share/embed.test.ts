import { describe, expect, it } from 'vitest';
import {
	DEFAULT_FRAME_HEIGHT,
	EMBED_MESSAGES,
	embedCode,
	embedTheme,
	hostScript,
	isHello,
	replyOrigin,
	resizeMessage
} from '$lib/share/embed';

const LINK = 'https://costs.example.org/compare?s=1.abc-_DEF';

describe('embedTheme', () => {
	it.each([
		['dark', 'dark'],
		['light', 'light'],
		[null, 'light'],
		['DARK', 'light'],
		['sepia', 'light']
	])('reads %j as %s', (value, theme) => {
		expect(embedTheme(value)).toBe(theme);
	});
});

describe('EMBED_MESSAGES', () => {
	it('namespaces every message type', () => {
		expect(Object.values(EMBED_MESSAGES)).toEqual([
			'public-cost-comparator:ready',
			'public-cost-comparator:hello',
			'public-cost-comparator:resize'
		]);
	});
});

describe('isHello', () => {
	it.each([
		[{ type: 'public-cost-comparator:hello' }, true],
		[{ type: 'hello' }, false],
		['public-cost-comparator:hello', false],
		[null, false],
		[{ type: 'public-cost-comparator:resize', height: 1 }, false]
	])('takes %j as a hello: %s', (data, expected) => {
		expect(isHello(data)).toBe(expected);
	});
});

describe('resizeMessage', () => {
	it('carries the height, rounded up, and nothing else', () => {
		expect(resizeMessage(612.2)).toEqual({ type: 'public-cost-comparator:resize', height: 613 });
	});
});

describe('replyOrigin', () => {
	it.each([
		['https://news.example', 'https://news.example'],
		['http://localhost:8080', 'http://localhost:8080'],
		['null', null],
		['file://', null],
		['*', null]
	])('replies to %j as %j', (origin, expected) => {
		expect(replyOrigin(origin)).toBe(expected);
	});
});

describe('embedCode', () => {
	it('frames the embed route with the same state, at a fixed height, with a title', () => {
		expect(embedCode(LINK, '/embed', 'Foster "care" & more', 'light')?.iframe).toBe(
			'<iframe src="https://costs.example.org/embed?s=1.abc-_DEF" ' +
				'title="Cost comparison: Foster &quot;care&quot; &amp; more" width="100%" ' +
				`height="${DEFAULT_FRAME_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`
		);
	});

	it('asks for the dark theme in the frame’s address', () => {
		expect(embedCode(LINK, '/embed', 'T', 'dark')?.src).toBe(
			'https://costs.example.org/embed?s=1.abc-_DEF&theme=dark'
		);
	});

	it('gives nothing for a link with no state', () => {
		expect(embedCode('https://costs.example.org/compare', '/embed', 'T', 'light')).toBeNull();
	});

	it('gives nothing for text that is not a link', () => {
		expect(embedCode('not a link', '/embed', 'T', 'light')).toBeNull();
	});
});

describe('hostScript', () => {
	const script = hostScript('https://costs.example.org');

	it('accepts heights only from the frame and from the embed’s own origin', () => {
		expect(script).toContain(
			'if (event.origin !== origin || event.source !== frame.contentWindow) return;'
		);
	});

	it('says hello to the embed’s origin only', () => {
		expect([
			script.includes('var origin = "https://costs.example.org";'),
			script.includes(
				'frame.contentWindow.postMessage({ type: "public-cost-comparator:hello" }, origin);'
			)
		]).toEqual([true, true]);
	});

	it('is a script element', () => {
		expect([script.startsWith('<script>'), script.endsWith('</script>')]).toEqual([true, true]);
	});
});

describe('embedCode, given a path relative to the page', () => {
	it('lands on the same embed address as a path from the root', () => {
		expect(embedCode(LINK, './embed', 'T', 'light')?.src).toBe(
			'https://costs.example.org/embed?s=1.abc-_DEF'
		);
	});
});
