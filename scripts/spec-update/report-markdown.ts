import { BREAKING_RULES } from './breaking-rules.ts';
import type { SpecChange, SpecComparison } from './diff.ts';
import type { FixupCheck } from './fixup-check.ts';

/** What spec:pull did with the target file. */
export type PullOutcome = 'replaced' | 'up-to-date' | 'kept-breaking' | 'dry-run';

export interface ReportInput {
  /** Where the candidate came from (URL or file), and the target it was compared with (e.g. `openapi.json`). */
  source: string;
  target: string;
  versions: { current: string; candidate: string };
  comparison: SpecComparison;
  outcome: PullOutcome;
  fixups: FixupCheck;
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
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `## ${title} (${items.length})`, '', ...items);
  };
  section(
    'Operations added',
    comparison.added.map((operation) => `- \`${operation.key}\`: ${operation.summary}`),
  );
  section(
    'Operations removed',
    comparison.removed.map((operation) => `- \`${operation.key}\`: ${operation.summary}`),
  );
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

function describeFixups({ fixups, overlay }: ReportInput): string[] {
  if (fixups.status === 'skipped') return [`Not checked: ${fixups.reason}.`];
  if (fixups.stale.length === 0) return [`All ${fixups.total} fix-ups still match the candidate document.`];
  return [
    `${fixups.stale.length} of ${fixups.total} fix-ups no longer match the candidate document; \`npm run generate\` ` +
      `will fail until each is removed or retargeted in \`${overlay}\`:`,
    '',
    ...fixups.stale.map((fixup) => `- \`${fixup.target}\` (${fixup.description}): ${fixup.problem}`),
  ];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
