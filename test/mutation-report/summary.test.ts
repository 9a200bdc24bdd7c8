import { existsSync, readFileSync } from 'node:fs';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../scripts/mutation/render.ts';
import { summarizeMutation } from '../../scripts/mutation/summary.ts';
import { MUTATION_TARGETS } from '../../scripts/mutation/targets.ts';
import type { MutationTargets } from '../../scripts/mutation/targets.ts';

const report = JSON.parse(
  readFileSync(new URL('../fixtures/mutation-report/mutation.json', import.meta.url), 'utf8'),
) as MutationTestResult;

const targets = (criticalFiles: string[], overall = 80): MutationTargets => ({
  overall,
  critical: 90,
  criticalFiles,
});

describe('mutation summary (frozen report)', () => {
  it('scores each file as Stryker does: detected ÷ valid, ignored mutants left out', () => {
    const { files, overall } = summarizeMutation(report, targets([]));
    expect(
      files.map(({ file, score, killed, timeout, survived, noCoverage, ignored }) => ({
        file,
        score,
        killed,
        timeout,
        survived,
        noCoverage,
        ignored,
      })),
    ).toEqual([
      { file: 'src/guard.ts', score: 90, killed: 8, timeout: 1, survived: 1, noCoverage: 0, ignored: 1 },
      { file: 'src/helper.ts', score: 50, killed: 2, timeout: 0, survived: 1, noCoverage: 1, ignored: 0 },
    ]);
    expect(overall.score).toBeCloseTo((11 / 14) * 100, 10);
  });

  it('meets a 90 % target at exactly 90 % and names every file below its target', () => {
    expect(summarizeMutation(report, targets(['src/guard.ts'], 70)).missed).toEqual([]);
    expect(summarizeMutation(report, targets(['src/guard.ts', 'src/helper.ts'])).missed).toEqual([
      'src/helper.ts: 50.00 % killed, target 90 %',
      'All files: 78.57 % killed, target 80 %',
    ]);
  });

  it('reports a target file missing from the report rather than passing it', () => {
    expect(summarizeMutation(report, targets(['src/renamed.ts'], 0)).missed).toEqual([
      'src/renamed.ts: has a target but is not in the report',
    ]);
  });

  it('lists each ignored mutant with where it is and the reason written next to it', () => {
    const summary = summarizeMutation(report, targets(['src/guard.ts']));
    expect(summary.ignored).toEqual([
      {
        where: 'src/guard.ts:11',
        mutator: 'ConditionalExpression',
        replacement: 'false',
        reason: 'only skips work: both branches return the same headers',
      },
    ]);
    const markdown = renderSummary(summary);
    expect(markdown).toContain('| `src/guard.ts` | 90.00 % | 8 | 1 | 1 | 0 | 1 | 90 % |');
    expect(markdown).toContain('| **All files** | 78.57 % | 10 | 1 | 2 | 1 | 1 | 80 % |');
    expect(markdown).toContain(
      '- `src/guard.ts:11` ConditionalExpression (`false`): only skips work: both branches return the same headers',
    );
  });
});

describe('the project’s mutation targets', () => {
  it('name files that exist, so a rename cannot drop a target unnoticed', () => {
    const missing = MUTATION_TARGETS.criticalFiles.filter((file) => !existsSync(file));
    expect(missing).toEqual([]);
    expect(MUTATION_TARGETS.criticalFiles.length).toBeGreaterThan(0);
  });
});
