import { describe, expect, it } from 'vitest';
import { analyse } from '$lib/engine';
import { buildLinesCsv, CRLF, numberCell, quoteField, textCell } from '$lib/report/csv';
import { fixed, flat, option, recurring } from '../../fixtures/scenarios';

describe('quoteField', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['crlf\r\nend', '"crlf\r\nend"'],
		['"', '""""'],
		['a;b', '"a;b"'],
		['tab\there', '"tab\there"']
	])('writes %j as %j', (field, expected) => {
		expect(quoteField(field)).toBe(expected);
	});
});

describe('textCell', () => {
	it.each([
		['Trust \u202eevil\u202c', 'Trust evil'],
		['bell\u0007 nul\u0000 esc\u001b[31m', 'bell nul esc[31m'],
		['\u2066=1+2\u2069', "'=1+2"],
		['العمل 儿童 Κοινωνική', 'العمل 儿童 Κοινωνική']
	])('drops control and bidi characters from %j', (text, expected) => {
		expect(textCell(text)).toBe(expected);
	});

	it.each([
		['=1+2', "'=1+2"],
		['+44 20 7946 0000', "'+44 20 7946 0000"],
		['-overheads', "'-overheads"],
		['@SUM(A1:A9)', "'@SUM(A1:A9)"],
		['\tindented', '"\'\tindented"'],
		['\rreturn', '"\'\rreturn"'],
		['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
		['=SUM(A1,B1)', '"\'=SUM(A1,B1)"']
	])('escapes %j, which a spreadsheet would run, as %j', (text, expected) => {
		expect(textCell(text)).toBe(expected);
	});

	it.each([
		['Foster placements', 'Foster placements'],
		['2026-27', '2026-27'],
		['a=b', 'a=b'],
		["'quoted", "'quoted"],
		['Placements, weekly', '"Placements, weekly"']
	])('leaves %j alone but for RFC 4180 quoting', (text, expected) => {
		expect(textCell(text)).toBe(expected);
	});
});

describe('numberCell', () => {
	it.each(['-1313207.88', '0.00', '12550956.14', '3'])(
		'writes %s as it is, minus sign and all',
		(value) => {
			expect(numberCell(value)).toBe(value);
		}
	);

	it.each(['=1', '1e5', '', ' 1', '1,000'])('refuses %j, which is not a number', (value) => {
		expect(() => numberCell(value)).toThrow(RangeError);
	});
});

describe('buildLinesCsv', () => {
	const scenario = flat({
		horizonYears: 2,
		startYear: 2030,
		yearBasis: 'calendar',
		options: [
			{
				...option('=cmd', [
					recurring({ id: 'fee', label: 'Fee, "all in"', amount: fixed('100.005'), per: 'year' }),
					recurring({ id: '-rebate', label: '-rebate', amount: fixed('-50'), per: 'year' })
				]),
				name: '@evil\nname'
			},
			option('other', [])
		]
	});
	const csv = buildLinesCsv(analyse(scenario));
	const records = csv.split(CRLF);

	it('ends every record, the last included, with CRLF', () => {
		expect(records.at(-1)).toBe('');
	});

	it('has the header and one row per option, line and year', () => {
		expect(records.slice(0, -1)).toEqual([
			'option,option_name,line,line_label,year,year_label,cash,real,present_value',
			`'=cmd,"'@evil\nname",fee,"Fee, ""all in""",1,2030,100.01,100.01,100.01`,
			`'=cmd,"'@evil\nname",fee,"Fee, ""all in""",2,2031,100.01,100.01,100.01`,
			`'=cmd,"'@evil\nname",'-rebate,'-rebate,1,2030,-50.00,-50.00,-50.00`,
			`'=cmd,"'@evil\nname",'-rebate,'-rebate,2,2031,-50.00,-50.00,-50.00`
		]);
	});

	it('has no byte-order mark', () => {
		expect(csv.startsWith('option,')).toBe(true);
	});
});
