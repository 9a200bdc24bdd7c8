// The live check's report as Markdown, in the shape of spec:pull's: the result first, then each violation under
// its operation with its JSON pointer, the rule and what came instead; undocumented fields (informational); the
// operations not called and why. Every value shown passes the project's redactor first.
import { Redactor } from '../../src/auth.ts';
import { kindOf, valueAt } from '../../src/schema-errors.ts';
import type { CalledOperation, LiveCheckResult } from './run.ts';

export interface LiveReportInput {
  baseUrl: string;
  specFile: string;
  specVersion: string;
  result: LiveCheckResult;
  /** The credentials of the run: scrubbed from everything shown, with every field named like a secret. */
  secrets: (string | undefined)[];
  /** Whether `--allow-writes` was given, for the header. */
  allowWrites?: boolean | undefined;
}

const PREVIEW_LENGTH = 40;

export function violationCount(result: LiveCheckResult): number {
  return result.called.reduce((sum, operation) => sum + operation.violations.length, 0);
}

/** The run fails (exit 1) on a violation, and on anything a write left behind. */
export function failureCount(result: LiveCheckResult): number {
  return violationCount(result) + result.leftBehind.length;
}

function resultLine(result: LiveCheckResult, total: number, failing: number): string {
  const left = result.leftBehind.length;
  if (total === 0 && left === 0) return 'clean: every answer matches the spec.';
  const parts = [
    ...(total > 0 ? [`${count(total, 'violation')} in ${count(failing, 'operation')}`] : []),
    ...(left > 0 ? [`${count(left, 'resource')} left behind`] : []),
  ];
  return `${parts.join(', ')}.`;
}

export function renderLiveReport(input: LiveReportInput): string {
  const { result } = input;
  const redactor = new Redactor(input.secrets);
  const failing = result.called.filter((operation) => operation.violations.length > 0);
  const clean = result.called.filter((operation) => operation.violations.length === 0);
  const undocumented = result.called.filter((operation) => operation.undocumented.length > 0);
  const total = violationCount(result);
  const lines = [
    '# Live API check',
    '',
    `- Base URL: ${redactor.text(input.baseUrl)}`,
    `- Spec: \`${input.specFile}\` (info.version ${input.specVersion})`,
    `- Result: ${resultLine(result, total, failing.length)}`,
    `- ${count(result.called.length, 'call')} made, ${result.skipped.length} operations not called.`,
    `- Writes: ${input.allowWrites ? 'only on resources this check created, each deleted again (`--allow-writes`)' : 'none sent (no `--allow-writes`)'}.`,
    '',
    `## Violations (${total})`,
    '',
    ...(failing.length === 0
      ? ['None.']
      : failing.flatMap((operation) => violationLines(operation, redactor))),
  ];
  if (result.leftBehind.length > 0) {
    lines.push('', `## Left behind (${result.leftBehind.length})`, '');
    lines.push('Created by this check and NOT deleted: remove these by hand.', '');
    lines.push(
      ...result.leftBehind.map(({ operation, reason }) => `- \`${operation}\`: ${redactor.text(reason)}`),
    );
  }
  if (undocumented.length > 0) {
    lines.push(
      '',
      `## Undocumented fields (${undocumented.reduce((sum, o) => sum + o.undocumented.length, 0)})`,
      '',
    );
    lines.push(
      'Informational, not a failure: the answers have these fields, the spec does not document them.',
      '',
    );
    for (const operation of undocumented) {
      lines.push(
        `- \`${operation.operation}\` (HTTP ${operation.status}${onCreated(operation)}): ${operation.undocumented.map((p) => `\`${redactor.text(p)}\``).join(', ')}`,
      );
    }
  }
  if (result.skipped.length > 0) {
    lines.push('', `## Not called (${result.skipped.length})`, '');
    lines.push(
      ...result.skipped.map(({ operation, reason }) => `- \`${operation}\`: ${redactor.text(reason)}`),
    );
  }
  if (clean.length > 0) {
    lines.push('', `## Clean (${clean.length})`, '');
    lines.push(
      ...clean.map(
        (operation) => `- \`${operation.operation}\` (HTTP ${operation.status}${onCreated(operation)})`,
      ),
    );
  }
  lines.push('', '## What counts as a violation', '', ...RULES);
  return `${lines.join('\n')}\n`;
}

const RULES = [
  '- **status**: the answer has a status the operation does not declare (nor a range like `4XX`, nor `default`).',
  '- **json**: the status declares a JSON body, and the answer is not JSON.',
  "- **shape**: none of the body's fields is one the declared schema documents: another shape (an error envelope where `{detail}` is declared), not an extension.",
  '- **required**, **type**, **format**, **enum**, …: the body breaks that JSON Schema rule of the declared schema, at the JSON pointer shown.',
  '- Undocumented fields are listed apart and are not a failure: the spec allows additional properties.',
];

function violationLines(operation: CalledOperation, redactor: Redactor): string[] {
  const shown = redactor.value(operation.body);
  return [
    `### \`${operation.operation}\` (HTTP ${operation.status}${onCreated(operation)})`,
    '',
    ...operation.violations.map((violation) => {
      const at = violation.pointer === '' ? '(the whole body)' : `\`${redactor.text(violation.pointer)}\``;
      const came =
        violation.received === 'missing' || ['json', 'status', 'shape'].includes(violation.rule)
          ? redactor.text(violation.received)
          : preview(valueAt(shown, violation.pointer));
      return `- ${at} **${violation.rule}**: ${violation.expected}; got ${came}`;
    }),
    '',
  ];
}

/** The kind of a value, with a short preview of scalars (from the redacted copy of the body). */
function preview(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'string') {
    const text = JSON.stringify(value);
    return `string ${text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…"` : text}`;
  }
  if (kind === 'number' || kind === 'boolean') return `${kind} ${String(value)}`;
  return kind;
}

/** Marks the calls on a resource the check created, which share their operation with a read of the account's. */
function onCreated(operation: CalledOperation): string {
  return operation.onCreated ? ', on a resource this check created' : '';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
