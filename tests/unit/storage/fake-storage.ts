import type { Clock, StorageLike } from '../../../src/lib/storage/browser-storage';

/**
 * A Map-backed stand-in for `localStorage` that can run out of room, as browsers do at
 * about 5 MB, or be blocked altogether, as it is in some private windows.
 */
export class FakeStorage implements StorageLike {
	readonly items = new Map<string, string>();
	/** The most characters (keys and values) it holds before refusing a write. */
	quota = Infinity;
	/** When true, every call throws a SecurityError. */
	blocked = false;
	/** Keys whose writes fail as if storage were full, whatever the quota. */
	readonly fullFor = new Set<string>();

	getItem(key: string): string | null {
		this.#check();
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.#check();
		const used = [...this.items].reduce(
			(total, [k, v]) => total + (k === key ? 0 : k.length + v.length),
			0
		);
		if (this.fullFor.has(key) || used + key.length + value.length > this.quota) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		this.items.set(key, value);
	}

	removeItem(key: string): void {
		this.#check();
		this.items.delete(key);
	}

	#check(): void {
		if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
	}
}

/** A clock that starts at a fixed moment and moves on a minute each time it is read. */
export function steppingClock(start = '2026-04-01T09:00:00.000Z', stepMinutes = 1): Clock {
	let next = Date.parse(start);
	return () => {
		const now = new Date(next);
		next += stepMinutes * 60_000;
		return now;
	};
}

/** A clock that always gives the same moment. */
export function stoppedClock(at = '2026-04-01T09:00:00.000Z'): Clock {
	return () => new Date(at);
}
