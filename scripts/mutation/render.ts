import { formatScore } from './summary.ts';
import type { FileScore, MutationSummary } from './summary.ts';

const HEADER = [
  '| file | score | killed | timed out | survived | no coverage | ignored | target |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

/** The per-file table and the list of ignored mutants, as Markdown for the README. */
export function renderSummary(summary: MutationSummary): string {
  const rows = [...summary.files, summary.overall].map(renderRow);
  const ignored = summary.ignored.map(
    ({ where, mutator, replacement, reason }) =>
      `- \`${where}\` ${mutator} (\`${oneLine(replacement)}\`): ${reason}`,
  );
  const verdict =
    summary.missed.length === 0
      ? ['Every target is met.']
      : ['Targets missed:', ...summary.missed.map((line) => `- ${line}`)];
  return [
    ...HEADER,
    ...rows,
    '',
    `Ignored as equivalent (${summary.ignored.length}):`,
    ...ignored,
    '',
    ...verdict,
  ].join('\n');
}

function renderRow(row: FileScore): string {
  const cells = [
    row.file === 'All files' ? '**All files**' : `\`${row.file}\``,
    formatScore(row.score),
    row.killed,
    row.timeout,
    row.survived,
    row.noCoverage,
    row.ignored,
    row.target === undefined ? '' : `${row.target} %`,
  ];
  return `| ${cells.join(' | ')} |`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
