/**
 * `npm run test:mutation` ends here: prints the per-file mutation scores and the mutants ignored as equivalent
 * (with their reasons) from Stryker's JSON report, and exits 1 when a target is missed.
 *
 * Usage: npm run mutation:report [-- path/to/mutation.json]   (default reports/mutation/mutation.json)
 */
import { readFileSync } from 'node:fs';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { renderSummary } from './mutation/render.ts';
import { summarizeMutation } from './mutation/summary.ts';
import { MUTATION_TARGETS } from './mutation/targets.ts';

const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
let report: MutationTestResult;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8')) as MutationTestResult;
} catch (error) {
  console.error(
    `mutation-report: cannot read ${reportPath} (${(error as Error).message}); run Stryker first`,
  );
  process.exit(2);
}
const summary = summarizeMutation(report, MUTATION_TARGETS);
console.log(renderSummary(summary));
if (summary.missed.length > 0) process.exitCode = 1;
