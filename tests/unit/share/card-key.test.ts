import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '$lib/codec/url-codec';
import { cardKey, genericCardKey, hash64 } from '$lib/share/card-key';
import { FOSTER, INSOURCING } from '../results/examples';

describe('cardKey', () => {
	it('is 16 hex digits', () => {
		expect(cardKey(FOSTER.scenario, '1')).toMatch(/^[0-9a-f]{16}$/);
	});

	it('is the same for the same state, however the link packed it', async () => {
		const link = await encodeScenario(FOSTER.scenario);
		const decoded = await decodeScenario(link);
		if (!decoded.ok) throw new Error(decoded.reason);
		expect(cardKey(decoded.scenario, '1')).toBe(cardKey(FOSTER.scenario, '1'));
	});

	it('differs for another scenario', () => {
		expect(cardKey(INSOURCING.scenario, '1')).not.toBe(cardKey(FOSTER.scenario, '1'));
	});

	it('differs for a change of one input', () => {
		const changed = { ...FOSTER.scenario, inflationPercent: '2.1' };
		expect(cardKey(changed, '1')).not.toBe(cardKey(FOSTER.scenario, '1'));
	});

	it('changes with the release, so a new build never serves an old image as immutable', () => {
		expect(cardKey(FOSTER.scenario, '2')).not.toBe(cardKey(FOSTER.scenario, '1'));
	});
});

describe('genericCardKey', () => {
	it('differs from every scenario card of the same release', () => {
		expect(genericCardKey('1')).not.toBe(cardKey(FOSTER.scenario, '1'));
	});
});

describe('hash64', () => {
	it.each([
		['', 'a'],
		['a', 'b'],
		['ab', 'ba'],
		['£', '¤']
	])('tells %j from %j', (a, b) => {
		expect(hash64(a)).not.toBe(hash64(b));
	});

	it('gives the same hash for the same text', () => {
		expect(hash64('Foster placements')).toBe(hash64('Foster placements'));
	});
});
