import type { FigureTableView } from '../results/year-table';

/**
 * A wide table of figures cut into narrower tables for A4 paper, so that a browser never
 * shrinks the whole printed report to fit one wide table. Each part keeps the years (rows) and
 * takes some of the columns, in order; its caption says which part it is.
 *
 * @param most the most columns of figures a part may have
 */
export function splitColumns(view: FigureTableView, most: number): FigureTableView[] {
	const count = view.columns.length;
	if (count <= most) return [view];
	const parts = Math.ceil(count / most);
	// Even parts (7 columns at most 5 a part: 4 and 3, not 5 and 2).
	const size = Math.ceil(count / parts);
	return Array.from({ length: parts }, (_, part) => {
		const from = part * size;
		const to = Math.min(count, from + size);
		const pick = <T>(cells: readonly T[]): T[] => cells.slice(from, to);
		return {
			...view,
			caption: `${view.caption} (part ${part + 1} of ${parts})`,
			columns: pick(view.columns),
			isDifference: pick(view.isDifference),
			rows: view.rows.map((row) => ({ ...row, cells: pick(row.cells) })),
			total: { ...view.total, cells: pick(view.total.cells) },
			// Said once, under the last part.
			mayNotSum: view.mayNotSum && part === parts - 1
		};
	});
}
