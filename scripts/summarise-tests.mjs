#!/usr/bin/env node
// Prints the closing line CI reads, "tests: N passed, N failed", from the JSON reports that
// `npm test` leaves in test-results/ (vitest.json from vite.config.ts, pw.json from
// playwright.config.ts). A report that is missing means that suite did not run; a test file or
// a run that broke before its tests could run (an import error, a web server that would not
// start) counts as one failure, so that such a run never reads as all passed.
//
// Usage: node scripts/summarise-tests.mjs [exit code of npm test]
import { existsSync, readFileSync } from 'node:fs';

const REPORTS = 'test-results';

/** @param {string} file */
function readReport(file) {
	const path = `${REPORTS}/${file}`;
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		console.log(`${path}: unreadable (${error instanceof Error ? error.message : error})`);
		return { unreadable: true };
	}
}

/** Vitest's JSON reporter (Jest-compatible). */
function vitestCounts(report) {
	if (report.unreadable) return { passed: 0, failed: 1 };
	const brokenFiles = (report.testResults ?? []).filter(
		(file) =>
			file.status === 'failed' &&
			!(file.assertionResults ?? []).some((test) => test.status === 'failed')
	).length;
	return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

/** Playwright's JSON reporter; a test that passed on retry ("flaky") counts as passed. */
function playwrightCounts(report) {
	if (report.unreadable) return { passed: 0, failed: 1 };
	const stats = report.stats ?? {};
	return {
		passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
		failed: (stats.unexpected ?? 0) + (report.errors ?? []).length
	};
}

const suites = [
	['unit (vitest)', readReport('vitest.json'), vitestCounts],
	['browser (playwright)', readReport('pw.json'), playwrightCounts]
];

let passed = 0;
let failed = 0;
for (const [name, report, count] of suites) {
	if (report === undefined) {
		console.log(`${name}: did not run`);
		continue;
	}
	const counts = count(report);
	console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
	passed += counts.passed;
	failed += counts.failed;
}

const exitCode = Number(process.argv[2] ?? 0);
if (exitCode !== 0 && failed === 0) {
	console.log(`npm test exited with ${exitCode} outside the tests (type check, lint or a crash)`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
