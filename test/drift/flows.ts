// The two ways a drift candidate is tried: spec:pull's report alone (a dry run in a scratch root), and the
// maintainer's whole flow on a throw-away clone (spec:pull, --accept-breaking when needed, generate, check,
// npm test, the compiler tests of npm run test:types), which must end green with the contract suite exercising
// every operation.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import { deriveMetadata } from '../../scripts/pipeline/operations.ts';
import type { Candidate } from './candidate.ts';
import { createClone } from './clone.ts';
import { runStep, tail } from './commands.ts';
import { parseReport, unmetExpectations } from './expectations.ts';

export interface FlowOutcome {
  name: string;
  problems: string[];
  steps: { label: string; ms: number }[];
}

const SPEC_PULL = ['--import', 'tsx', 'scripts/spec-pull.ts'];

async function writeCandidate(candidate: Candidate): Promise<{ file: string; dispose: () => Promise<void> }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'liveavatar-drift-candidate-'));
  const file = path.join(directory, 'candidate.openapi.json');
  await writeFile(file, candidate.text);
  return { file, dispose: () => rm(directory, { recursive: true, force: true }) };
}

/** spec:pull --dry-run in a scratch root holding copies of the project's openapi.json and overlay. */
export async function checkReport(candidate: Candidate, projectRoot: string): Promise<FlowOutcome> {
  const outcome: FlowOutcome = { name: candidate.name, problems: [], steps: [] };
  const root = await mkdtemp(path.join(tmpdir(), 'liveavatar-drift-report-'));
  const input = await writeCandidate(candidate);
  try {
    for (const file of ['openapi.json', 'fixups.overlay.yaml', '.prettierrc.json']) {
      await copyFile(path.join(projectRoot, file), path.join(root, file));
    }
    const args = [...SPEC_PULL, '--root', root, '--from', input.file, '--dry-run'];
    const result = await runStep(process.execPath, args, projectRoot);
    outcome.steps.push({ label: 'spec:pull --dry-run', ms: result.ms });
    if (result.code !== candidate.exitCode) {
      outcome.problems.push(
        `spec:pull exited ${result.code}, expected ${candidate.exitCode}\n${tail(result.output)}`,
      );
    }
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8').catch(() => '');
    outcome.problems.push(...unmetExpectations(parseReport(report), candidate.expectation));
  } finally {
    await Promise.all([rm(root, { recursive: true, force: true }), input.dispose()]);
  }
  return outcome;
}

/**
 * The maintainer's flow on a clone. `expectedOperations` is the number the contract suite must report as
 * exercised (N/N); by default the clone's own regenerated metadata decides it.
 */
export async function maintainerFlow(
  candidate: Candidate,
  projectRoot: string,
  options: { keep: boolean; expectedOperations?: number },
): Promise<FlowOutcome> {
  const outcome: FlowOutcome = { name: candidate.name, problems: [], steps: [] };
  const clone = await createClone(projectRoot, candidate.name.replace(/\W+/g, '-'));
  const input = await writeCandidate(candidate);
  try {
    await runFlow(candidate, clone, input.file, outcome, options.expectedOperations);
  } finally {
    await input.dispose();
    if (options.keep) outcome.steps.push({ label: `kept at ${clone}`, ms: 0 });
    else await rm(clone, { recursive: true, force: true });
  }
  return outcome;
}

async function runFlow(
  candidate: Candidate,
  clone: string,
  from: string,
  outcome: FlowOutcome,
  expectedOperations: number | undefined,
): Promise<void> {
  const step = async (label: string, command: string, args: string[], expectedCode = 0) => {
    console.log(`       ${candidate.name}: ${label} …`);
    const result = await runStep(command, args, clone);
    outcome.steps.push({ label, ms: result.ms });
    if (result.code !== expectedCode) {
      outcome.problems.push(
        `${label} exited ${result.code}, expected ${expectedCode}\n${tail(result.output)}`,
      );
    }
    return result.code === expectedCode ? result.output : undefined;
  };
  if (
    (await step('spec:pull', 'npm', ['run', 'spec:pull', '--', '--from', from], candidate.exitCode)) ===
    undefined
  )
    return;
  const report = parseReport(await readFile(path.join(clone, 'spec-changes.md'), 'utf8'));
  outcome.problems.push(...unmetExpectations(report, candidate.expectation));
  if (candidate.exitCode !== 0) {
    const accepted = await step('spec:pull --accept-breaking', 'npm', [
      'run',
      'spec:pull',
      '--',
      '--from',
      from,
      '--accept-breaking',
    ]);
    if (accepted === undefined) return;
  }
  outcome.problems.push(...(await checkTaken(candidate, clone)));
  if ((await step('generate', 'npm', ['run', 'generate'])) === undefined) return;
  if ((await step('check', 'npm', ['run', 'check'])) === undefined) return;
  const tests = await step('npm test', 'npm', ['test']);
  if (tests === undefined) return;
  const fixed = JSON.parse(
    await readFile(path.join(clone, 'generated/openapi.fixed.json'), 'utf8'),
  ) as Record<string, unknown>;
  const expected = expectedOperations ?? deriveMetadata(fixed).operations.length;
  const exercised = /^LiveAvatar: exercised (\d+)\/(\d+) operations$/m.exec(tests);
  outcome.steps.push({ label: exercised?.[0] ?? 'no "LiveAvatar: exercised N/N" line', ms: 0 });
  if (exercised?.[1] !== String(expected) || exercised[2] !== String(expected)) {
    outcome.problems.push(
      `the contract suite must report exercised ${expected}/${expected}, got: ${exercised?.[0] ?? 'nothing'}`,
    );
  }
  // The compiler tests (every operation's misspelt properties, credentials and reference samples, derived from
  // the drifted spec) are in npm run test:types, not npm test; its other project, the *.test-d.ts files, is
  // type-checked by the check step's tsc.
  await step('test:types (compiler)', 'npm', ['run', 'test:types', '--', '--project', 'compiler']);
}

/** openapi.json is the candidate byte for byte, and the adopted fix-ups are gone from the overlay. */
async function checkTaken(candidate: Candidate, clone: string): Promise<string[]> {
  const problems: string[] = [];
  if ((await readFile(path.join(clone, 'openapi.json'), 'utf8')) !== candidate.text) {
    problems.push('openapi.json is not the candidate after spec:pull');
  }
  const targets = (await readOverlay(path.join(clone, 'fixups.overlay.yaml'))).actions.map(
    (action) => action.target,
  );
  for (const target of candidate.expectation.prunedTargets) {
    if (targets.includes(target)) problems.push(`fix-up ${target} was not removed from fixups.overlay.yaml`);
  }
  return problems;
}
