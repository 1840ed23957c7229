import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, SAVED_INDEX_KEY } from '../../../src/lib/storage/browser-storage';
import { example } from '../codec/helpers';
import { FakeStorage } from './fake-storage';

const { BrowserStorage } = await import('../../../src/routes/compare/library');
const foster = example('foster-placements');

/** The comparison page's storage over a stand-in for the browser's `localStorage`. */
function openOver(storage: FakeStorage): ReturnType<typeof BrowserStorage.open> {
	vi.stubGlobal('window', { localStorage: storage });
	return BrowserStorage.open();
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe("the comparison page's storage", () => {
	it('is none where the browser blocks storage', () => {
		const blocked = new FakeStorage();
		blocked.blocked = true;
		expect(openOver(blocked)).toBeUndefined();
	});

	it('has no autosave to read back and no saved scenarios in a new browser', async () => {
		const storage = openOver(new FakeStorage());
		expect([await storage?.lastAutosave(), storage?.holdsSaved()]).toStrictEqual([null, false]);
	});

	it('reads back what it autosaved, and knows once My scenarios has been used', async () => {
		const items = new FakeStorage();
		const storage = openOver(items);
		storage?.autosave(foster);
		expect(items.items.has(AUTOSAVE_KEY)).toBe(true);
		const last = await storage?.lastAutosave();
		expect(last?.ok && last.value.scenario).toStrictEqual(foster);

		expect(storage?.holdsSaved()).toBe(false);
		(await storage?.library())?.save(foster, 'Foster');
		expect([storage?.holdsSaved(), items.items.has(SAVED_INDEX_KEY)]).toStrictEqual([true, true]);
	});
});
