import { BREAKING_RULES } from './breaking-rules.ts';
import { mayBreakExhaustiveSwitches } from './describe-change.ts';
import type { SpecChange, SpecComparison } from './diff.ts';
import type { FixupCheck, StaleFixup } from './fixup-check.ts';

/** What spec:pull did with the target file. */
export type PullOutcome = 'replaced' | 'up-to-date' | 'kept-breaking' | 'dry-run';

/**
 * What spec:pull did with fix-ups upstream made unnecessary: removed them from the overlay, kept them
 * (`--keep-fixups`), will remove them once the candidate is taken (dry run, breaking), or there were none.
 */
export type FixupOutcome = 'pruned' | 'kept' | 'pending' | 'none';

export interface ReportInput {
  /** Where the candidate came from (URL or file), and the target it was compared with (e.g. `openapi.json`). */
  source: string;
  target: string;
  versions: { current: string; candidate: string };
  comparison: SpecComparison;
  outcome: PullOutcome;
  fixups: FixupCheck;
  fixupOutcome: FixupOutcome;
  overlay: string;
}

/** The change report as Markdown: outcome first, then breaking changes, then every operation-level change. */
export function renderReport(input: ReportInput): string {
  const { comparison } = input;
  const lines: string[] = [
    '# OpenAPI changes',
    '',
    `- Current: \`${input.target}\` (info.version ${input.versions.current})`,
    `- Candidate: ${input.source} (info.version ${input.versions.candidate})`,
    `- Result: ${describeOutcome(input)}`,
    `- Compared as the client sees them: both documents with \`${input.overlay}\` applied.`,
    '',
    `${count(comparison.added.length, 'operation')} added, ${comparison.removed.length} removed, ` +
      `${comparison.changed.length} changed; ${count(comparison.breaking.length, 'breaking change')}.`,
    '',
    `## Breaking changes (${comparison.breaking.length})`,
    '',
    ...(comparison.breaking.length === 0
      ? ['None.']
      : comparison.breaking.map((change) => `- **${change.breakingRule ?? ''}**: ${change.message}`)),
  ];
  for (const { title, items, note } of listSections(comparison)) {
    if (items.length > 0)
      lines.push('', `## ${title} (${items.length})`, '', ...(note ? [note, ''] : []), ...items);
  }
  if (comparison.changed.length > 0) {
    lines.push('', `## Operations changed (${comparison.changed.length})`);
    for (const operation of comparison.changed) {
      lines.push(
        '',
        `### \`${operation.key}\`: ${operation.summary}`,
        '',
        ...operation.changes.map(changeLine),
      );
    }
  }
  lines.push('', `## Fix-ups (${input.overlay})`, '', ...describeFixups(input));
  lines.push(
    '',
    '## What counts as breaking',
    '',
    ...Object.entries(BREAKING_RULES).map(([rule, why]) => `- **${rule}**: ${why}`),
  );
  return `${lines.join('\n')}\n`;
}

/** Formats like the rest of the repository, so `npm run format:check` stays green with the report at the root. */
export async function formatMarkdown(markdown: string, file: string): Promise<string> {
  // Loaded only when a report is written: refusing bad input stays quick.
  const { format, resolveConfig } = await import('prettier');
  const config = (await resolveConfig(file)) ?? {};
  return format(markdown, { ...config, parser: 'markdown' });
}

/** The lists between the breaking changes and the per-operation details; empty ones are left out. */
function listSections(comparison: SpecComparison): { title: string; items: string[]; note?: string }[] {
  const every = comparison.changed.flatMap((operation) => operation.changes);
  const operationLine = (operation: { key: string; summary: string }) =>
    `- \`${operation.key}\`: ${operation.summary}`;
  return [
    {
      title: 'Newly deprecated',
      items: every.filter(isNewlyDeprecated).map((change) => `- ${change.message}`),
      note: 'Not breaking: callers see `@deprecated` in the generated types.',
    },
    {
      title: 'Response enum values added',
      items: every
        .filter((change) => mayBreakExhaustiveSwitches(change.fact))
        .map((change) => `- ${change.message}`),
      note: 'Not breaking, but code that switches over every known value may break.',
    },
    { title: 'Operations added', items: comparison.added.map(operationLine) },
    { title: 'Operations removed', items: comparison.removed.map(operationLine) },
  ];
}

function isNewlyDeprecated(change: SpecChange): boolean {
  return change.fact.kind === 'deprecated-changed' && change.fact.deprecated;
}

function changeLine(change: SpecChange): string {
  return change.breakingRule === undefined
    ? `- ${change.description}`
    : `- **breaking (${change.breakingRule})**: ${change.description}`;
}

function describeOutcome({ outcome, target, comparison }: ReportInput): string {
  switch (outcome) {
    case 'replaced':
      return `\`${target}\` replaced. Next: \`npm run generate\`, then \`npm test\`.`;
    case 'up-to-date':
      return `\`${target}\` is already identical to the candidate; nothing written.`;
    case 'kept-breaking':
      return `\`${target}\` NOT replaced: ${count(comparison.breaking.length, 'breaking change')}. Review them, then re-run with \`--accept-breaking\` to take the new document.`;
    case 'dry-run':
      return `dry run: \`${target}\` not written.`;
  }
}

function describeFixups({ fixups, fixupOutcome, overlay }: ReportInput): string[] {
  if (fixups.status === 'skipped') return [`Not checked: ${fixups.reason}.`];
  if (fixups.stale.length === 0) return [`All ${fixups.total} fix-ups still match the candidate document.`];
  const unneeded = fixups.stale.filter((fixup) => fixup.reason !== 'broken');
  const broken = fixups.stale.filter((fixup) => fixup.reason === 'broken');
  const lines: string[] = [];
  if (unneeded.length > 0) {
    lines.push(
      `${unneeded.length} of ${fixups.total} fix-ups are no longer needed: upstream fixed what they patch. ${UNNEEDED[fixupOutcome].replaceAll('OVERLAY', `\`${overlay}\``)}`,
      '',
      ...unneeded.map(fixupLine),
    );
  }
  if (broken.length > 0) {
    lines.push(
      ...(lines.length > 0 ? [''] : []),
      `${broken.length} of ${fixups.total} fix-ups fail on the candidate document and need a person (\`npm run generate\` fails on them):`,
      '',
      ...broken.map(fixupLine),
    );
  }
  return lines;
}

const UNNEEDED: Record<FixupOutcome, string> = {
  pruned: 'Removed from OVERLAY (written atomically), so `npm run generate` needs no hand edit:',
  kept: 'Left in OVERLAY (`--keep-fixups`): remove them by hand (`npm run generate` fails on a target that is gone):',
  pending: 'They will be removed from OVERLAY when the candidate is taken:',
  none: '',
};

function fixupLine(fixup: StaleFixup): string {
  return `- \`${fixup.target}\` (${fixup.description}): ${fixup.problem}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
