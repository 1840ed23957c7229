import { ScenarioLibrary, type StorageLike } from '$lib/storage/saved-scenarios';

/**
 * The browser's scenario library, or none where storage is switched off (private windows,
 * strict settings), in which case the page works without autosave.
 */
export function openLibrary(): ScenarioLibrary | undefined {
	let storage: StorageLike;
	try {
		storage = window.localStorage;
		storage.getItem('pcc:probe');
	} catch {
		return undefined;
	}
	return new ScenarioLibrary(storage, () => new Date());
}
