/**
 * The engine's figures as plain data, to cross from the engine worker to the page (a
 * structured clone keeps no Decimal prototypes, and copying hundreds of thousands of small
 * objects would cost the page more than working the figures out).
 *
 * - Every Decimal becomes `{ $decimal: text }` with all its digits (`toFixed()`), so
 *   unpacking gives back exactly the same value.
 * - A `years` array of flat records (a line's or an option's figures year by year) becomes
 *   one string per field kind, `{ $rows: [keys, kinds, values] }`: a few strings cross
 *   instead of thousands of objects. The page turns it back into records only when a view
 *   first reads it, so the headline never waits for year-by-year figures.
 *
 * The walk is generic, so fields the engine adds later cross without changes here. It is
 * bounded by the figures themselves, which the engine builds from a validated scenario.
 */
import Decimal from 'decimal.js';
import type { Analysis } from '../engine';
import { Exact } from '../engine/decimal';

/** Marks a packed Decimal. */
const DECIMAL = '$decimal';
/** Marks packed rows. */
const ROWS = '$rows';
/** Between the values of packed rows: never in a decimal, a money string or a year number. */
const SEPARATOR = '|';

/** A packed value: the same shape with Decimals and year rows packed as above. */
export type Packed<T> = { readonly packedFrom: T } & Record<string, unknown>;
export type PackedAnalysis = Packed<Analysis>;

/** Fields packed as rows and unpacked when first read. */
const ROW_FIELDS = new Set(['years']);

export function pack<T>(value: T): Packed<T> {
	return packValue(value, '') as Packed<T>;
}

export function unpack<T>(packed: Packed<T>): T {
	return unpackValue(packed) as T;
}

export function packAnalysis(analysis: Analysis): PackedAnalysis {
	return pack(analysis);
}

export function unpackAnalysis(packed: PackedAnalysis): Analysis {
	return unpack(packed);
}

function packValue(value: unknown, key: string): unknown {
	if (value === null || typeof value !== 'object') return value;
	if (Decimal.isDecimal(value)) return { [DECIMAL]: (value as Decimal).toFixed() };
	if (Array.isArray(value)) {
		if (ROW_FIELDS.has(key)) {
			const rows = packRows(value);
			if (rows) return rows;
		}
		return value.map((item) => packValue(item, ''));
	}
	const out: Record<string, unknown> = {};
	for (const field in value)
		out[field] = packValue((value as Record<string, unknown>)[field], field);
	return out;
}

/** Kinds of a packed row's fields: Decimal, string, number. */
type Kind = 'd' | 's' | 'n';

function kindOf(value: unknown): Kind | null {
	if (typeof value === 'string') return value.includes(SEPARATOR) ? null : 's';
	if (typeof value === 'number') return 'n';
	if (value !== null && typeof value === 'object' && Decimal.isDecimal(value)) return 'd';
	return null;
}

/** Rows of the same flat fields as one string, or null when they are not that. */
function packRows(rows: readonly unknown[]): Record<string, unknown> | null {
	const first = rows[0];
	if (rows.length === 0 || first === null || typeof first !== 'object' || Array.isArray(first))
		return null;
	const keys = Object.keys(first);
	const kinds: Kind[] = [];
	for (const field of keys) {
		const kind = kindOf((first as Record<string, unknown>)[field]);
		if (!kind) return null;
		kinds.push(kind);
	}
	const values: string[] = [];
	for (const row of rows) {
		if (row === null || typeof row !== 'object') return null;
		const record = row as Record<string, unknown>;
		if (Object.keys(record).length !== keys.length) return null;
		for (let k = 0; k < keys.length; k++) {
			const field = record[keys[k]];
			if (kindOf(field) !== kinds[k]) return null;
			values.push(kinds[k] === 'd' ? (field as Decimal).toFixed() : String(field));
		}
	}
	return { [ROWS]: [keys.join(SEPARATOR), kinds.join(''), values.join(SEPARATOR)] };
}

function unpackRows([keyText, kindText, valueText]: [string, string, string]): unknown[] {
	const keys = keyText.split(SEPARATOR);
	const values = valueText.split(SEPARATOR);
	const rows: Record<string, unknown>[] = [];
	for (let at = 0; at < values.length; at += keys.length) {
		const row: Record<string, unknown> = {};
		for (let k = 0; k < keys.length; k++) {
			const text = values[at + k];
			const kind = kindText[k];
			row[keys[k]] = kind === 'd' ? new Exact(text) : kind === 'n' ? Number(text) : text;
		}
		rows.push(row);
	}
	return rows;
}

function isRows(value: unknown): value is Record<typeof ROWS, [string, string, string]> {
	return value !== null && typeof value === 'object' && ROWS in value;
}

function unpackValue(value: unknown): unknown {
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map(unpackValue);
	const record = value as Record<string, unknown>;
	if (typeof record[DECIMAL] === 'string') return new Exact(record[DECIMAL]);
	if (isRows(record)) return unpackRows(record[ROWS]);
	const out: Record<string, unknown> = {};
	for (const field in record) {
		const packed = record[field];
		if (isRows(packed)) {
			let rows: unknown[] | undefined;
			Object.defineProperty(out, field, {
				enumerable: true,
				get: () => (rows ??= unpackRows(packed[ROWS]))
			});
		} else out[field] = unpackValue(packed);
	}
	return out;
}
