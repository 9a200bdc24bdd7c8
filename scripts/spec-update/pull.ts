import { chmod, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PipelineError } from '../pipeline/errors.ts';
import { writeFilesAtomically } from '../pipeline/write-files.ts';
import { compareSpecs } from './diff.ts';
import type { SpecComparison } from './diff.ts';
import { loadSpecSource } from './fetch-spec.ts';
import { applyStillNeeded, checkFixups, PRUNABLE } from './fixup-check.ts';
import type { FixupCheck } from './fixup-check.ts';
import { pruneOverlayText } from './prune-overlay.ts';
import { formatMarkdown, renderReport } from './report-markdown.ts';
import type { FixupOutcome, PullOutcome } from './report-markdown.ts';
import type { JsonObject } from './resolve-schema.ts';
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
  /** Leave fix-ups upstream made unnecessary in the overlay (by default they are removed from it). */
  keepFixups: boolean;
}

export interface PullResult {
  source: string;
  outcome: PullOutcome;
  comparison: SpecComparison;
  fixups: FixupCheck;
  fixupOutcome: FixupOutcome;
  /** The report as written to `options.report`. */
  report: string;
}

/**
 * Fetches and validates the candidate, compares it with the target as the client sees both (fix-ups applied),
 * then writes the report, the target (only when allowed) and the overlay without the fix-ups upstream made
 * unnecessary, all in one atomic batch. Anything wrong with the candidate throws before a file is touched.
 */
export async function pullSpec(options: PullOptions): Promise<PullResult> {
  const at = (file: string) => path.resolve(options.root, file);
  const source = await loadSpecSource(options.from, options.timeoutMs);
  const candidate = parseOpenApiDocument(source.label, source.text);
  const currentText = await readCurrent(at(options.target), options.target);
  const current = parseOpenApiDocument(options.target, currentText);

  const fixups = await checkFixups(candidate, at(options.overlay), options.overlay);
  const comparison = compareAsClientsSee(current, candidate, fixups, options.overlay);
  const outcome = decideOutcome(options, currentText === source.text, comparison.breaking.length > 0);
  const fixupOutcome = decideFixups(options, outcome, fixups);
  const files = new Map<string, string>();
  // Written verbatim: openapi.json stays byte-for-byte what upstream serves.
  if (outcome === 'replaced') files.set(options.target, source.text);
  if (fixupOutcome === 'pruned' && fixups.status === 'checked') {
    const prunable = fixups.stale.filter((fixup) => PRUNABLE.has(fixup.reason)).map((fixup) => fixup.index);
    const overlayText = await readFile(at(options.overlay), 'utf8');
    files.set(options.overlay, pruneOverlayText(overlayText, prunable, options.overlay));
  }
  const markdown = renderReport({
    source: source.label,
    target: options.target,
    versions: { current: String(current.info.version), candidate: String(candidate.info.version) },
    comparison,
    outcome,
    fixups,
    fixupOutcome,
    overlay: options.overlay,
  });
  const report = await formatMarkdown(markdown, at(options.report));
  files.set(options.report, report);
  await writeKeepingModes(options.root, files);
  return { source: source.label, outcome, comparison, fixups, fixupOutcome, report };
}

async function readCurrent(file: string, label: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw new PipelineError(
      label,
      '',
      `cannot read the current document (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  });
}

/**
 * The client is generated from the document with the fix-ups applied, so that is what is compared: a defect
 * upstream fixes the way a fix-up already did is no change for clients. Without a usable overlay, the raw pair.
 */
function compareAsClientsSee(
  current: JsonObject,
  candidate: JsonObject,
  fixups: FixupCheck,
  overlayLabel: string,
): SpecComparison {
  if (fixups.status !== 'checked') return compareSpecs(current, candidate);
  const currentFixed = applyStillNeeded(current, fixups.overlay, overlayLabel).fixed;
  return compareSpecs(currentFixed as JsonObject, fixups.fixed as JsonObject);
}

function decideOutcome(options: PullOptions, identical: boolean, breaking: boolean): PullOutcome {
  if (identical) return 'up-to-date';
  if (options.dryRun) return 'dry-run';
  return breaking && !options.acceptBreaking ? 'kept-breaking' : 'replaced';
}

/** Unneeded fix-ups go once openapi.json is the candidate, unless --keep-fixups; a dry run only reports them. */
function decideFixups(options: PullOptions, outcome: PullOutcome, fixups: FixupCheck): FixupOutcome {
  if (fixups.status !== 'checked' || !fixups.stale.some((fixup) => PRUNABLE.has(fixup.reason))) return 'none';
  if (options.keepFixups) return 'kept';
  return outcome === 'replaced' || outcome === 'up-to-date' ? 'pruned' : 'pending';
}

/** openapi.json is kept read-only in the checkout as a reminder that it is never hand-edited; keep modes. */
async function writeKeepingModes(root: string, files: Map<string, string>): Promise<void> {
  const modes = new Map<string, number>();
  for (const relative of files.keys()) {
    const mode = await stat(path.resolve(root, relative)).then(
      (stats) => stats.mode & 0o777,
      () => undefined,
    );
    if (mode !== undefined) modes.set(relative, mode);
  }
  const changed = await writeFilesAtomically(root, files);
  for (const relative of changed) {
    const mode = modes.get(relative);
    if (mode !== undefined) await chmod(path.resolve(root, relative), mode);
  }
}
