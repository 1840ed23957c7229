/** The weak lines behind a headline now live with the other words of a result. */
export { weakLines, type WeakLines } from '$lib/results/weak-lines';
