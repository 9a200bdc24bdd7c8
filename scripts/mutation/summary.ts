/**
 * Reads a Stryker JSON report (mutation-testing-report-schema) and says, per file, how many mutants were killed
 * and whether the targets are met. Scores come from mutation-testing-metrics, the library Stryker's own
 * clear-text and HTML reporters use, so the numbers here are the ones Stryker prints.
 */
import { calculateMetrics } from 'mutation-testing-metrics';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import type { MutationTargets } from './targets.ts';

export interface FileScore {
  file: string;
  score: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  /** The score this file must reach, when it has a target of its own. */
  target: number | undefined;
}

/** A mutant a `// Stryker disable` comment excludes, with the reason written there. */
export interface IgnoredMutant {
  where: string;
  mutator: string;
  replacement: string;
  reason: string;
}

export interface MutationSummary {
  files: FileScore[];
  overall: FileScore;
  ignored: IgnoredMutant[];
  /** One line per missed target; empty when every target is met. */
  missed: string[];
}

export function summarizeMutation(report: MutationTestResult, targets: MutationTargets): MutationSummary {
  const files = Object.entries(report.files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, result]) => {
      const target = targets.criticalFiles.includes(file) ? targets.critical : undefined;
      return scoreOf(file, { [file]: result }, target);
    });
  const overall = scoreOf('All files', report.files, targets.overall);
  const missed = [...files, overall]
    .filter((row) => row.target !== undefined && !(row.score >= row.target))
    .map((row) => `${row.file}: ${formatScore(row.score)} killed, target ${row.target} %`);
  const unknownTargets = targets.criticalFiles.filter((file) => !(file in report.files));
  for (const file of unknownTargets) missed.push(`${file}: has a target but is not in the report`);
  return { files, overall, ignored: ignoredMutants(report), missed };
}

function scoreOf(file: string, files: MutationTestResult['files'], target: number | undefined): FileScore {
  const { mutationScore, killed, timeout, survived, noCoverage, ignored } = calculateMetrics(files).metrics;
  return { file, score: mutationScore, killed, timeout, survived, noCoverage, ignored, target };
}

function ignoredMutants(report: MutationTestResult): IgnoredMutant[] {
  return Object.entries(report.files).flatMap(([file, result]) =>
    result.mutants
      .filter((mutant) => mutant.status === 'Ignored')
      .map((mutant) => ({
        where: `${file}:${mutant.location.start.line}`,
        mutator: mutant.mutatorName,
        replacement: mutant.replacement ?? '',
        reason: mutant.statusReason ?? '(no reason given)',
      })),
  );
}

export function formatScore(score: number): string {
  return Number.isNaN(score) ? 'n/a' : `${score.toFixed(2)} %`;
}
