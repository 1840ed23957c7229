/**
 * Linear scales and "nice" ticks for the SVG charts (display only: the numbers are the
 * charts' penny figures as JavaScript numbers, `chartNumber`, never used for a result).
 */

/** Tick values from a round number below `min` to one above `max`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 6): number[] {
	if (min === max) {
		const pad = min === 0 ? 1 : Math.abs(min) / 2;
		[min, max] = [min - pad, max + pad];
	}
	const raw = (max - min) / Math.max(1, count - 1);
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const first = Math.floor(min / step) * step;
	const ticks: number[] = [];
	for (let n = 0; ; n++) {
		const value = first + n * step;
		// Rounded to the step, so 0.1 + 0.2 shows as 0.3.
		ticks.push(Math.round(value / step) * step);
		if (value >= max - step * 1e-9) break;
	}
	return ticks;
}

/** A map from values in [domain0, domain1] to pixels in [range0, range1]. */
export function linear(
	[d0, d1]: readonly [number, number],
	[r0, r1]: readonly [number, number]
): (value: number) => number {
	const span = d1 - d0 || 1;
	return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
