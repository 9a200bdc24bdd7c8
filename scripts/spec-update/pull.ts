import { chmod, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PipelineError } from '../pipeline/errors.ts';
import { writeFilesAtomically } from '../pipeline/write-files.ts';
import { compareSpecs } from './diff.ts';
import type { SpecComparison } from './diff.ts';
import { loadSpecSource } from './fetch-spec.ts';
import { checkFixups } from './fixup-check.ts';
import type { FixupCheck } from './fixup-check.ts';
import { formatMarkdown, renderReport } from './report-markdown.ts';
import type { PullOutcome } from './report-markdown.ts';
import { parseOpenApiDocument } from './validate-openapi.ts';

export interface PullOptions {
  /** Directory the other paths are relative to (the project root; a temporary copy in tests). */
  root: string;
  /** http(s) URL or file to read the candidate document from. */
  from: string;
  target: string;
  report: string;
  overlay: string;
  timeoutMs: number;
  acceptBreaking: boolean;
  dryRun: boolean;
}

export interface PullResult {
  source: string;
  outcome: PullOutcome;
  comparison: SpecComparison;
  fixups: FixupCheck;
  /** The report as written to `options.report`. */
  report: string;
}

/**
 * Fetches and validates the candidate, compares it with the target, replaces the target only when allowed, and
 * writes the report. Anything wrong with the candidate throws before a file is touched.
 */
export async function pullSpec(options: PullOptions): Promise<PullResult> {
  const at = (file: string) => path.resolve(options.root, file);
  const source = await loadSpecSource(options.from, options.timeoutMs);
  const candidate = parseOpenApiDocument(source.label, source.text);
  const currentText = await readFile(at(options.target), 'utf8').catch((error: unknown) => {
    throw new PipelineError(
      options.target,
      '',
      `cannot read the current document (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  });
  const current = parseOpenApiDocument(options.target, currentText);

  const comparison = compareSpecs(current, candidate);
  const outcome = decideOutcome(options, currentText === source.text, comparison.breaking.length > 0);
  // Written verbatim: openapi.json stays byte-for-byte what upstream serves.
  if (outcome === 'replaced') await replaceKeepingMode(at(options.target), source.text);

  const fixups = await checkFixups(candidate, at(options.overlay), options.overlay);
  const markdown = renderReport({
    source: source.label,
    target: options.target,
    versions: { current: String(current.info.version), candidate: String(candidate.info.version) },
    comparison,
    outcome,
    fixups,
    overlay: options.overlay,
  });
  const report = await formatMarkdown(markdown, at(options.report));
  await writeFilesAtomically(options.root, new Map([[options.report, report]]));
  return { source: source.label, outcome, comparison, fixups, report };
}

function decideOutcome(options: PullOptions, identical: boolean, breaking: boolean): PullOutcome {
  if (identical) return 'up-to-date';
  if (options.dryRun) return 'dry-run';
  return breaking && !options.acceptBreaking ? 'kept-breaking' : 'replaced';
}

/** openapi.json is kept read-only in the checkout as a reminder that it is never hand-edited; keep that mode. */
async function replaceKeepingMode(file: string, content: string): Promise<void> {
  const { mode } = await stat(file);
  await writeFilesAtomically(path.dirname(file), new Map([[path.basename(file), content]]));
  await chmod(file, mode & 0o777);
}
