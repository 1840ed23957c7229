import { describe, expect, it } from 'vitest';
import {
	AUTOSAVE_KEY,
	MAX_NAME_LENGTH,
	MAX_SAVED_SCENARIOS,
	SAVED_INDEX_KEY,
	STORAGE_MESSAGES,
	STORAGE_PREFIX
} from '../../../src/lib/storage/browser-storage';
import { ScenarioLibrary, savedScenarioKey } from '../../../src/lib/storage/saved-scenarios';
import { example } from '../codec/helpers';
import { FakeStorage, steppingClock, stoppedClock } from './fake-storage';

const foster = example('foster-placements');
const trust = example('childrens-trust');
const insourcing = example('insourcing');

function setUp(limit?: number): { storage: FakeStorage; library: ScenarioLibrary } {
	const storage = new FakeStorage();
	return { storage, library: new ScenarioLibrary(storage, steppingClock(), limit) };
}

function names(library: ScenarioLibrary): string[] {
	return library.list().scenarios.map((entry) => entry.name);
}

describe('ScenarioLibrary.autosave and lastAutosave', () => {
	it('give back the last scenario saved and when', () => {
		const { library } = setUp();
		library.autosave(foster);
		library.autosave(trust);
		expect(library.lastAutosave()).toStrictEqual({
			ok: true,
			value: { scenario: trust, savedAt: '2026-04-01T09:01:00.000Z' }
		});
	});

	it('give null when nothing was autosaved', () => {
		expect(setUp().library.lastAutosave()).toBeNull();
	});

	it('store the scenario as its exchange-format document under the versioned key', () => {
		const { storage, library } = setUp();
		library.autosave(foster);
		const stored = JSON.parse(storage.items.get(AUTOSAVE_KEY) ?? '{}');
		expect([stored.scenario.format, stored.scenario.version, stored.scenario.weeksPerYear]).toEqual(
			['public-cost-comparison', 1, '52']
		);
	});

	it('report a damaged autosave rather than throw', () => {
		const { storage, library } = setUp();
		storage.items.set(AUTOSAVE_KEY, '{"savedAt": "2026-04-01T09:00:00.000Z", "scenario": {');
		expect(library.lastAutosave()).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.damaged(STORAGE_MESSAGES.notJson())
		});
	});

	it('report an autosave whose scenario fails the format, naming the problem', () => {
		const { storage, library } = setUp();
		const document = { ...JSON.parse(JSON.stringify(foster)), horizonYears: 0 };
		storage.items.set(
			AUTOSAVE_KEY,
			JSON.stringify({ savedAt: '2026-04-01T09:00:00.000Z', scenario: document })
		);
		const result = library.lastAutosave();
		expect(result !== null && !result.ok ? result.message : '').toMatch(
			/^This saved .*horizonYears/
		);
	});

	it('can be cleared', () => {
		const { library } = setUp();
		library.autosave(foster);
		library.clearAutosave();
		expect(library.lastAutosave()).toBeNull();
	});

	it('say storage is full when it is', () => {
		const { storage, library } = setUp();
		storage.quota = 100;
		expect(library.autosave(foster)).toStrictEqual({ ok: false, message: STORAGE_MESSAGES.full() });
	});
});

describe('ScenarioLibrary.save and list', () => {
	it('name a scenario after its title when no name is given', () => {
		const { library } = setUp();
		library.save(foster);
		expect(names(library)).toEqual([foster.title]);
	});

	it('name a scenario after its title when the name is blank', () => {
		const { library } = setUp();
		library.save(foster, '   ');
		expect(names(library)).toEqual([foster.title]);
	});

	it('trim the name given', () => {
		const { library } = setUp();
		library.save(foster, '  High agency fees  ');
		expect(names(library)).toEqual(['High agency fees']);
	});

	it('refuse a name that is too long', () => {
		const { library } = setUp();
		expect(library.save(foster, 'x'.repeat(MAX_NAME_LENGTH + 1))).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.nameTooLong(MAX_NAME_LENGTH + 1)
		});
	});

	it('list the newest first, with their saved dates and titles', () => {
		const { library } = setUp();
		library.save(foster, 'first');
		library.save(trust, 'second');
		library.save(insourcing, 'third');
		expect(library.list()).toStrictEqual({
			scenarios: [
				{
					id: expect.any(String),
					name: 'third',
					title: insourcing.title,
					savedAt: '2026-04-01T09:02:00.000Z'
				},
				{
					id: expect.any(String),
					name: 'second',
					title: trust.title,
					savedAt: '2026-04-01T09:01:00.000Z'
				},
				{
					id: expect.any(String),
					name: 'first',
					title: foster.title,
					savedAt: '2026-04-01T09:00:00.000Z'
				}
			],
			problems: []
		});
	});

	it('list two saved at the same moment with the later-saved first, under different ids', () => {
		const storage = new FakeStorage();
		const library = new ScenarioLibrary(storage, stoppedClock());
		library.save(foster, 'first');
		library.save(trust, 'second');
		const { scenarios } = library.list();
		expect([
			scenarios.map((entry) => entry.name),
			new Set(scenarios.map((e) => e.id)).size
		]).toEqual([['second', 'first'], 2]);
	});

	it('give an empty list when nothing was saved', () => {
		expect(setUp().library.list()).toStrictEqual({ scenarios: [], problems: [] });
	});

	it(`hold at most ${MAX_SAVED_SCENARIOS} by default and refuse one more with a clear message`, () => {
		const { library } = setUp();
		for (let count = 0; count < MAX_SAVED_SCENARIOS; count += 1) library.save(foster);
		expect(library.save(foster)).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.tooMany(MAX_SAVED_SCENARIOS)
		});
	});

	it('say storage is full, and leave no half-saved entry behind', () => {
		const { storage, library } = setUp();
		library.save(foster, 'kept');
		const before = new Map(storage.items);
		storage.quota = [...storage.items].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
		expect([library.save(trust), storage.items]).toStrictEqual([
			{ ok: false, message: STORAGE_MESSAGES.full() },
			before
		]);
	});

	it('remove the new entry again when the list of ids cannot be written', () => {
		const { storage, library } = setUp();
		storage.fullFor.add(SAVED_INDEX_KEY);
		expect([library.save(foster), storage.items.size]).toStrictEqual([
			{ ok: false, message: STORAGE_MESSAGES.full() },
			0
		]);
	});

	it('write every key under the versioned prefix', () => {
		const { storage, library } = setUp();
		library.autosave(foster);
		library.save(foster);
		expect([...storage.items.keys()].every((key) => key.startsWith(STORAGE_PREFIX))).toBe(true);
	});
});

describe('ScenarioLibrary.load', () => {
	it('gives back the saved scenario exactly', () => {
		const { library } = setUp();
		const saved = library.save(trust, 'Trust');
		const id = saved.ok ? saved.value.id : '';
		expect(library.load(id)).toStrictEqual({
			ok: true,
			value: {
				id,
				name: 'Trust',
				title: trust.title,
				savedAt: '2026-04-01T09:00:00.000Z',
				scenario: trust
			}
		});
	});

	it('says when there is no such scenario', () => {
		expect(setUp().library.load('nope')).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.notFound('nope')
		});
	});
});

describe('ScenarioLibrary.rename', () => {
	it('changes the name and keeps the saved date', () => {
		const { library } = setUp();
		const saved = library.save(foster, 'Old name');
		const id = saved.ok ? saved.value.id : '';
		library.rename(id, ' New name ');
		expect(library.list().scenarios).toStrictEqual([
			{ id, name: 'New name', title: foster.title, savedAt: '2026-04-01T09:00:00.000Z' }
		]);
	});

	it('refuses an empty name', () => {
		const { library } = setUp();
		const saved = library.save(foster);
		expect(library.rename(saved.ok ? saved.value.id : '', ' ')).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.emptyName()
		});
	});

	it('says when there is no such scenario', () => {
		expect(setUp().library.rename('nope', 'Name')).toMatchObject({ ok: false });
	});
});

describe('ScenarioLibrary.duplicate', () => {
	it('saves a copy named "… (copy)", dated now, with the same scenario', () => {
		const { library } = setUp();
		const saved = library.save(foster, 'Foster');
		const copy = library.duplicate(saved.ok ? saved.value.id : '');
		const copyId = copy.ok ? copy.value.id : '';
		expect([names(library), library.load(copyId)]).toStrictEqual([
			['Foster (copy)', 'Foster'],
			{
				ok: true,
				value: {
					id: copyId,
					name: 'Foster (copy)',
					title: foster.title,
					savedAt: '2026-04-01T09:01:00.000Z',
					scenario: foster
				}
			}
		]);
	});

	it('keeps the name as it is when " (copy)" would make it too long', () => {
		const { library } = setUp();
		const long = 'x'.repeat(MAX_NAME_LENGTH);
		const saved = library.save(foster, long);
		library.duplicate(saved.ok ? saved.value.id : '');
		expect(names(library)).toEqual([long, long]);
	});

	it('counts towards the limit', () => {
		const { library } = setUp(1);
		const saved = library.save(foster);
		expect(library.duplicate(saved.ok ? saved.value.id : '')).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.tooMany(1)
		});
	});
});

describe('ScenarioLibrary.remove', () => {
	it('deletes the entry and its key', () => {
		const { storage, library } = setUp();
		const saved = library.save(foster);
		const id = saved.ok ? saved.value.id : '';
		library.remove(id);
		expect([library.list().scenarios, storage.items.has(savedScenarioKey(id))]).toEqual([
			[],
			false
		]);
	});

	it('makes room under the limit again', () => {
		const { library } = setUp(1);
		const saved = library.save(foster);
		library.remove(saved.ok ? saved.value.id : '');
		expect(library.save(trust).ok).toBe(true);
	});

	it('is no error for an entry that is not there', () => {
		expect(setUp().library.remove('nope')).toStrictEqual({ ok: true, value: null });
	});
});

describe('ScenarioLibrary with damaged storage', () => {
	function withDamagedEntry(value: string): { library: ScenarioLibrary; id: string } {
		const { storage, library } = setUp();
		library.save(foster, 'Good');
		const saved = library.save(trust, 'Damaged');
		const id = saved.ok ? saved.value.id : '';
		storage.items.set(savedScenarioKey(id), value);
		return { library, id };
	}

	it.each([
		['not JSON', '{"name": "Damaged",', STORAGE_MESSAGES.damaged(STORAGE_MESSAGES.notJson())],
		['not an entry', '{"title": "x"}', STORAGE_MESSAGES.damaged(STORAGE_MESSAGES.notEntry())],
		[
			'an entry with a bad date',
			'{"name": "x", "savedAt": "yesterday", "scenario": {}}',
			STORAGE_MESSAGES.damaged(STORAGE_MESSAGES.notEntry())
		]
	])('skips and reports an entry that is %s', (_, value, message) => {
		const { library, id } = withDamagedEntry(value);
		expect(library.list()).toMatchObject({
			scenarios: [{ name: 'Good' }],
			problems: [{ id, message }]
		});
	});

	it('skips and reports an entry whose scenario fails the format, with the path', () => {
		const document = { ...JSON.parse(JSON.stringify(trust)), title: '' };
		const { library, id } = withDamagedEntry(
			JSON.stringify({ name: 'x', savedAt: '2026-04-01T09:00:00.000Z', scenario: document })
		);
		const { problems } = library.list();
		expect([problems.length, problems[0].id, problems[0].message]).toEqual([
			1,
			id,
			expect.stringMatching(/^This saved scenario could not be read: title: /)
		]);
	});

	it('reports an entry the list names but storage lost', () => {
		const { storage, library } = setUp();
		const saved = library.save(foster);
		const id = saved.ok ? saved.value.id : '';
		storage.items.delete(savedScenarioKey(id));
		expect(library.list().problems).toStrictEqual([{ id, message: STORAGE_MESSAGES.notFound(id) }]);
	});

	it('still deletes a damaged entry', () => {
		const { library, id } = withDamagedEntry('not json');
		library.remove(id);
		expect(library.list()).toMatchObject({ scenarios: [{ name: 'Good' }], problems: [] });
	});

	it('refuses to open a damaged entry, with the reason', () => {
		const { library, id } = withDamagedEntry('not json');
		expect(library.load(id)).toStrictEqual({
			ok: false,
			message: STORAGE_MESSAGES.damaged(STORAGE_MESSAGES.notJson())
		});
	});

	it('reports an unreadable list of ids, then starts it afresh on the next save', () => {
		const { storage, library } = setUp();
		storage.items.set(SAVED_INDEX_KEY, '{broken');
		const before = library.list();
		library.save(foster, 'After');
		expect([before, names(library)]).toStrictEqual([
			{ scenarios: [], problems: [{ id: SAVED_INDEX_KEY, message: STORAGE_MESSAGES.badIndex() }] },
			['After']
		]);
	});

	it('says storage is unavailable when the browser blocks it, and never throws', () => {
		const { storage, library } = setUp();
		storage.blocked = true;
		const unavailable = { ok: false, message: STORAGE_MESSAGES.unavailable() };
		expect([
			library.save(foster),
			library.autosave(foster),
			library.lastAutosave(),
			library.load('x'),
			library.remove('x'),
			library.list()
		]).toStrictEqual([
			unavailable,
			unavailable,
			unavailable,
			unavailable,
			unavailable,
			{
				scenarios: [],
				problems: [{ id: SAVED_INDEX_KEY, message: STORAGE_MESSAGES.unavailable() }]
			}
		]);
	});
});
