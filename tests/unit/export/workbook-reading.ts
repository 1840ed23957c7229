/** Reading an .xlsx file back in tests: with exceljs, and its raw XML where exceljs falls short. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

export interface ReadBook {
	read: ExcelJS.Workbook;
	/** The file's XML parts, by path: "xl/workbook.xml", "xl/worksheets/sheet1.xml"… */
	parts: Record<string, string>;
}

/** Opens the bytes of an .xlsx file. */
export async function readXlsx(bytes: Uint8Array<ArrayBuffer>): Promise<ReadBook> {
	const read = new ExcelJS.Workbook();
	await read.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
	const parts = Object.fromEntries(
		Object.entries(unzipSync(bytes))
			.filter(([path]) => path.endsWith('.xml'))
			.map(([path, data]) => [path, strFromU8(data)])
	);
	return { read, parts };
}

/**
 * A cell's formula and cached result; throws if the cell holds a plain value. exceljs reads a
 * cached result of 0 back as none, so a missing result is looked up in the file itself; a
 * result the file does not have stays undefined.
 */
export function formulaOf(
	cell: ExcelJS.Cell,
	book?: ReadBook
): { formula: string; result: number } {
	const value = cell.value as ExcelJS.CellFormulaValue | null;
	if (!value || typeof value !== 'object' || !('formula' in value)) {
		throw new Error(`${cell.address} holds ${JSON.stringify(cell.value)}, not a formula`);
	}
	let result = value.result as number | undefined;
	if (result === undefined && book) {
		const xml = book.parts[`xl/worksheets/sheet${cell.worksheet.id}.xml`] ?? '';
		const written = new RegExp(
			`<c r="${cell.address}"[^>]*>(?:<f[^>]*>[^<]*</f>|<f[^>]*/>)<v>([^<]*)</v>`
		).exec(xml);
		if (written) result = Number(written[1]);
	}
	return { formula: value.formula, result: result as number };
}
