// npm run test:drift: proves that legitimate upstream updates need no hand edit. Every drift scenario (and the
// additive, breaking and mixed combinations) is applied to a copy of today's openapi.json and spec:pull's exit
// code and report are checked; then the maintainer's whole flow runs on throw-away clones for the mixed update
// (all scenarios at once) and for a single added operation. See README "Spec updates".
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import { deriveMetadata } from '../../scripts/pipeline/operations.ts';
import { buildCandidate } from './candidate.ts';
import type { Candidate } from './candidate.ts';
import { checkReport, maintainerFlow } from './flows.ts';
import type { FlowOutcome } from './flows.ts';
import { SCENARIOS } from './scenarios.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FULL_FLOWS = ['mixed', 'single', 'additive', 'breaking'] as const;
type FullFlow = (typeof FULL_FLOWS)[number];

function options() {
  try {
    return parseArgs({
      options: {
        full: { type: 'string', default: 'mixed,single' },
        keep: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`error: test:drift: ${(error as Error).message} (flags: --full <list|none>, --keep)`);
    process.exit(2);
  }
}
const values = options();
const full = (values.full === 'none' ? [] : values.full.split(',')) as FullFlow[];
const unknown = full.filter((name) => !FULL_FLOWS.includes(name));
if (unknown.length > 0) {
  console.error(
    `error: test:drift: unknown --full ${unknown.join(', ')} (use ${FULL_FLOWS.join(', ')} or none)`,
  );
  process.exit(2);
}

const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const currentText = await readFile(new URL('openapi.json', `file://${PROJECT_ROOT}`), 'utf8');
const overlay = await readOverlay(`${PROJECT_ROOT}fixups.overlay.yaml`);
const current = deriveMetadata(JSON.parse(currentText) as Record<string, unknown>).operations.length;
/** A candidate from some scenarios; a scenario that finds nothing to change in today's document ends the run. */
const candidate = (name: string, kinds: string[], only?: string) => {
  const scenarios = SCENARIOS.filter((scenario) =>
    only === undefined ? kinds.includes(scenario.kind) : scenario.id === only,
  );
  try {
    return buildCandidate(name, currentText, overlay, scenarios);
  } catch (error) {
    console.error(`error: test:drift: ${(error as Error).message}`);
    process.exit(1);
  }
};
const combined: Record<FullFlow, Candidate> = {
  mixed: candidate('mixed', ['additive', 'breaking']),
  single: candidate('single added operation', [], 'new operation with the API key'),
  additive: candidate('additive', ['additive']),
  breaking: candidate('breaking', ['breaking']),
};
const reportChecks = [
  ...SCENARIOS.map((scenario) => candidate(scenario.id, [], scenario.id)),
  combined.additive,
  combined.breaking,
  combined.mixed,
];

console.log(
  `test:drift: ${current} operations today; ${reportChecks.length} spec:pull report checks, full flows: ${full.join(', ') || 'none'}`,
);
const outcomes: FlowOutcome[] = [];
// Two at a time: each is a Node + tsx start, and the machine has 2 cores.
for (let index = 0; index < reportChecks.length; index += 2) {
  const batch = reportChecks.slice(index, index + 2).map((entry) => checkReport(entry, PROJECT_ROOT));
  for (const outcome of await Promise.all(batch)) print(outcome, 'report');
}
for (const name of full) {
  console.log(`\n— full maintainer flow on a clone: ${combined[name].name} —`);
  const expectedOperations = name === 'single' ? current + 1 : undefined;
  print(
    await maintainerFlow(combined[name], PROJECT_ROOT, { keep: values.keep, expectedOperations }),
    'flow',
  );
}

const failed = outcomes.filter((outcome) => outcome.problems.length > 0);
const seconds = Math.round((performance.now() - started) / 1000);
console.log(
  `\ntest:drift: ${outcomes.length - failed.length}/${outcomes.length} passed in ${seconds} s ` +
    `(load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end)`,
);
process.exitCode = failed.length > 0 ? 1 : 0;

function print(outcome: FlowOutcome, kind: 'report' | 'flow'): void {
  outcomes.push(outcome);
  const status = outcome.problems.length === 0 ? 'ok  ' : 'FAIL';
  const steps = outcome.steps.map((step) =>
    step.ms > 0 ? `${step.label} ${(step.ms / 1000).toFixed(1)} s` : step.label,
  );
  console.log(`${status} ${kind === 'report' ? 'report' : 'flow  '} ${outcome.name}: ${steps.join(', ')}`);
  for (const problem of outcome.problems) console.log(`       ${problem.replaceAll('\n', '\n       ')}`);
}
