import { describe, expect, it } from 'vitest';
import {
	fieldId,
	messagesAt,
	parsePath,
	problemsAt,
	problemsExactlyAt,
	targetPath
} from '../../../src/lib/components/form/paths';

describe('parsePath', () => {
	it.each([
		['options[1].lines[0].amount', ['options', 1, 'lines', 0, 'amount']],
		['discount.ratePercent', ['discount', 'ratePercent']],
		['options[0]["my field"]', ['options', 0, 'my field']],
		['(scenario)', []]
	])('reads %s as its segments', (path, segments) => {
		expect(parsePath(path)).toEqual(segments);
	});
});

describe('fieldId', () => {
	it.each([
		['options[1].lines[0].amount', 'f-options-1-lines-0-amount'],
		['options[1].lines[0].amount.low', 'f-options-1-lines-0-amount-low'],
		['options[0].lines[2].of[0]', 'f-options-0-lines-2-of-0'],
		['discount.ratePercent', 'f-discount-ratePercent'],
		['horizonYears', 'f-horizonYears'],
		['options[0]["my field"]', 'f-options-0-my-field']
	])('gives %s the id %s', (path, id) => {
		expect(fieldId(path)).toBe(id);
	});
});

const PROBLEMS = [
	{ path: 'options[0].lines[0].amount', message: 'low (850) must not be above central (825)' },
	{ path: 'options[0].lines[0].amount.high', message: 'is required' },
	{ path: 'options[0].lines[0].amountX', message: 'unknown field' },
	{ path: 'options[0].lines[1].amount', message: 'is required' }
];

describe('problemsAt', () => {
	it('finds the problems at a path and at its low, central and high', () => {
		expect(problemsAt(PROBLEMS, 'options[0].lines[0].amount')).toEqual(PROBLEMS.slice(0, 2));
	});

	it('finds nothing where there is no problem', () => {
		expect(problemsAt(PROBLEMS, 'horizonYears')).toEqual([]);
	});
});

describe('messagesAt', () => {
	it('writes each problem as a sentence, naming the part of a range it is in', () => {
		expect(messagesAt(PROBLEMS, 'options[0].lines[0].amount')).toEqual([
			'Low (850) must not be above central (825)',
			'High is required'
		]);
	});
});

describe('problemsExactlyAt', () => {
	it('leaves out the problems of the parts of a range', () => {
		expect(problemsExactlyAt(PROBLEMS, 'options[0].lines[0].amount')).toEqual([PROBLEMS[0]]);
	});
});

describe('targetPath', () => {
	it.each([
		['horizonYears', 'horizonYears'],
		['discount', 'discount.scheme'],
		['discount.ratePercent', 'discount.ratePercent'],
		['baseline', 'options[0].baseline'],
		['options[1].id', 'options[1].name'],
		['options[1]', 'options[1].name'],
		['options[1].kind', 'options[1].kind'],
		['options[1].lines', 'options[1].lines'],
		['options[1].lines[0]', 'options[1].lines[0].label'],
		['options[1].lines[0].id', 'options[1].lines[0].label'],
		['options[1].lines[0].amount', 'options[1].lines[0].amount'],
		['options[1].lines[0].amount.central', 'options[1].lines[0].amount'],
		['options[1].lines[0].amount.low', 'options[1].lines[0].amount.low'],
		['options[0].lines[2].of[0]', 'options[0].lines[2].of'],
		['options[0].lines[2].sources[1]', 'options[0].lines[2].sources'],
		['sources[0].title', 'sources[0].title'],
		['options[1].optimismBias.ongoingPercent', 'options[1].optimismBias.ongoingPercent'],
		['options[1].optimismBias.oneOffPercent.central', 'options[1].optimismBias.oneOffPercent'],
		['options[1].optimismBias.oneOffPercent.low', 'options[1].optimismBias.oneOffPercent.low'],
		['options[1].optimismBias', 'options[1].optimismBias.ongoingPercent']
	])('links a problem at %s to the box at %s', (path, target) => {
		expect(targetPath(path)).toBe(target);
	});

	it.each(['(scenario)', 'currency', 'options', 'version'])(
		'has no box for a problem at %s',
		(path) => {
			expect(targetPath(path)).toBeUndefined();
		}
	);
});
