import { formatPath, type Problem } from '$lib/schemas/problems';
import { MAX_JSON_DEPTH, MAX_OBJECT_FIELDS } from './limits';

/**
 * A check of parsed JSON's shape before it is validated: no deeper than
 * {@link MAX_JSON_DEPTH} and no object wider than {@link MAX_OBJECT_FIELDS}. No scenario comes
 * near either bound, so this never refuses one the validator would accept; it only stops
 * hostile documents from costing more to check than their size suggests.
 *
 * The walk keeps its own stack rather than recursing, so no depth of input can overflow the
 * call stack here.
 */

interface Pending {
	value: unknown;
	path: PropertyKey[];
}

/**
 * The first place where `value` is too deep or too wide, as a problem with its path and a
 * sentence, or undefined when its shape is within bounds.
 */
export function jsonShapeProblem(value: unknown): Problem | undefined {
	const pending: Pending[] = [{ value, path: [] }];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		const { value: node, path } = next;
		if (typeof node !== 'object' || node === null) continue;
		if (path.length >= MAX_JSON_DEPTH) {
			return {
				path: formatPath(path),
				message: `is nested more than ${MAX_JSON_DEPTH} levels deep; no scenario nests more than a few`
			};
		}
		if (Array.isArray(node)) {
			for (let index = node.length - 1; index >= 0; index--) {
				pending.push({ value: node[index], path: [...path, index] });
			}
			continue;
		}
		const keys = Object.keys(node);
		if (keys.length > MAX_OBJECT_FIELDS) {
			return {
				path: formatPath(path),
				message:
					`has ${keys.length.toLocaleString('en-GB')} fields, more than the ` +
					`${MAX_OBJECT_FIELDS} any object of the format could have`
			};
		}
		for (let index = keys.length - 1; index >= 0; index--) {
			const key = keys[index];
			pending.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
		}
	}
	return undefined;
}
