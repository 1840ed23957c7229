import { describe, expect, it } from 'vitest';
import {
	AUTOSAVE_KEY,
	holds,
	STORAGE_MESSAGES,
	writeAutosave
} from '../../../src/lib/storage/browser-storage';
import { ScenarioLibrary } from '../../../src/lib/storage/saved-scenarios';
import { example } from '../codec/helpers';
import { FakeStorage, stoppedClock } from './fake-storage';
import { loadedWith, projectFile } from '../support/loaded-with';

const foster = example('foster-placements');

describe('writeAutosave', () => {
	it('writes an autosave that the library reads back as the same scenario', () => {
		const storage = new FakeStorage();
		const clock = stoppedClock('2026-12-06T08:00:00.000Z');
		expect(writeAutosave(storage, clock, foster)).toStrictEqual({
			ok: true,
			value: { scenario: foster, savedAt: '2026-12-06T08:00:00.000Z' }
		});
		expect(new ScenarioLibrary(storage, clock).lastAutosave()).toStrictEqual({
			ok: true,
			value: { scenario: foster, savedAt: '2026-12-06T08:00:00.000Z' }
		});
	});

	it('says the storage is full, or blocked, rather than throw', () => {
		const full = new FakeStorage();
		full.fullFor.add(AUTOSAVE_KEY);
		const clock = stoppedClock('2026-12-06T08:00:00.000Z');
		expect(writeAutosave(full, clock, foster)).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.full()
		});
		const blocked = new FakeStorage();
		blocked.blocked = true;
		expect(writeAutosave(blocked, clock, foster)).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.unavailable()
		});
	});
});

describe('holds', () => {
	it('says whether a key holds anything, and false where storage is blocked', () => {
		const storage = new FakeStorage();
		expect(holds(storage, AUTOSAVE_KEY)).toBe(false);
		storage.items.set(AUTOSAVE_KEY, '');
		expect(holds(storage, AUTOSAVE_KEY)).toBe(true);
		storage.blocked = true;
		expect(holds(storage, AUTOSAVE_KEY)).toBe(false);
	});
});

describe('what autosaving loads', () => {
	// The comparison page autosaves every edit: the format's schemas (zod) must come only with
	// reading a scenario back, or a preset's link would evaluate them as it opens.
	it.each(['src/lib/storage/browser-storage.ts', 'src/routes/compare/library.ts'])(
		'%s loads no schemas',
		(file) => {
			const loaded = [...loadedWith(projectFile(file))];
			expect(
				loaded.filter((module) => module === 'zod' || module.includes('/schemas/scenario'))
			).toEqual([]);
			expect(loaded).toContain(projectFile('src/lib/schemas/serialize.ts'));
		}
	);

	it('finds the schemas where the saved scenarios are read', () => {
		const loaded = loadedWith(projectFile('src/lib/storage/saved-scenarios.ts'));
		expect(loaded.has('zod')).toBe(true);
	});
});
