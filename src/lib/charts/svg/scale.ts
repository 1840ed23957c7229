/**
 * Linear scales and "nice" ticks for the SVG charts (display only: the numbers are the
 * charts' penny figures as JavaScript numbers, `chartNumber`, never used for a result).
 *
 * Total: any numbers in, a short list of finite ticks out, in bounded time. A share link can
 * make a figure as large as a double holds, or larger (Infinity, once made a number), so
 * nothing here trusts its input to be finite or small.
 */

/** The most ticks an axis ever gets, whatever it is asked for. */
export const MAX_TICKS = 20;

/** `value` if it is a finite number, else `fallback`. */
function finite(value: number, fallback: number): number {
	return Number.isFinite(value) ? value : fallback;
}

/** Tick values from a round number below `min` to one above `max`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 6): number[] {
	let low = finite(min, 0);
	let high = finite(max, 0);
	if (low > high) [low, high] = [high, low];
	const wanted = Math.min(MAX_TICKS, Math.max(2, Math.floor(finite(count, 6))));
	if (low === high) {
		const pad = low === 0 ? 1 : Math.abs(low) / 2;
		[low, high] = [low - pad, high + pad];
	}
	const raw = (high - low) / (wanted - 1);
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const first = Math.floor(low / step) * step;
	// Beyond what a double can space evenly (a step of Infinity, or values so large that adding
	// the step changes nothing): the two ends are axis enough.
	if (!Number.isFinite(step) || !(step > 0) || !Number.isFinite(first) || first + step === first) {
		return [low, high];
	}
	const ticks: number[] = [];
	// A step of at least a (count − 1)th of the span ends within count + 1 ticks; the bound is
	// for rounding at the edges of what a double holds.
	for (let n = 0; n <= wanted + 1; n++) {
		const value = first + n * step;
		// Rounded to the step, so 0.1 + 0.2 shows as 0.3.
		const tick = Math.round(value / step) * step;
		ticks.push(Number.isFinite(tick) ? tick : value);
		if (value >= high - step * 1e-9) break;
	}
	return ticks;
}

/** A map from values in [domain0, domain1] to pixels in [range0, range1]; finite for finite input. */
export function linear(
	[d0, d1]: readonly [number, number],
	[r0, r1]: readonly [number, number]
): (value: number) => number {
	const span = d1 - d0;
	// A span too large for a double (from about −1.8e308 to +1.8e308) is halved first.
	if (!Number.isFinite(span)) {
		const half = d1 / 2 - d0 / 2 || 1;
		return (value) => r0 + ((value / 2 - d0 / 2) / half) * (r1 - r0);
	}
	const safe = span || 1;
	return (value) => r0 + ((value - d0) / safe) * (r1 - r0);
}
