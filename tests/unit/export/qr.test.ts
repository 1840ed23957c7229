import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCode } from '$lib/export/qr';

/** The dark modules a path draws, as "x,y" keys. */
function modulesOf(path: string): Set<string> {
	const dark = new Set<string>();
	for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i},${y}`);
	}
	return dark;
}

describe('qrCode', () => {
	const link = 'https://comparator.example/compare?s=1.' + 'AbC_-09'.repeat(120);

	it('draws exactly the dark modules of the QR code, quiet zone included', () => {
		const code = qrCode(link)!;
		const { data } = encode(link, { ecc: 'L', boostEcc: true, border: 4 });
		const wanted = new Set<string>();
		data.forEach((row, y) => row.forEach((dark, x) => dark && wanted.add(`${x},${y}`)));
		expect([code.size, modulesOf(code.path)]).toEqual([data.length, wanted]);
	});

	it('leaves a quiet zone of four modules', () => {
		const code = qrCode('https://example.org/')!;
		const xs = [...modulesOf(code.path)].map((key) => Number(key.split(',')[0]));
		expect([Math.min(...xs), Math.max(...xs)]).toEqual([4, code.size - 5]);
	});

	it('gives null for a text too long for any QR code', () => {
		expect(qrCode('x'.repeat(4000))).toBeNull();
	});
});
