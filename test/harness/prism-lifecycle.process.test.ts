// No Prism may outlive the test run: the manager runs in a child process that ends in each way a run can end,
// and afterwards none of the processes it started (Prism, anything Prism forked, anything in Prism's group) remains.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TestContext } from 'vitest';
import { startPrism } from '../support/prism.ts';
import { descendantsOf, stillRunning } from './process-tree.ts';
import type { ProcessInfo } from './process-tree.ts';

const CHILD_SCRIPT = fileURLToPath(new URL('./prism-manager-child.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface RunningChild {
  child: ChildProcessWithoutNullStreams;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  /** Process groups of the Prism servers seen under this child, for the clean-up after a failed test. */
  prismGroups: Set<number>;
}

/** Groups led by a Prism process under `pid` (Prism is spawned detached, so it leads its own). */
function prismGroupsUnder(pid: number | undefined): number[] {
  return descendantsOf(pid ?? -1)
    .filter((info) => info.command.includes('prism-cli') && info.pgrp === info.pid)
    .map((info) => info.pgrp);
}

/** `onTestFinished` comes from the test's own context: these tests run concurrently. */
async function startChild(
  mode: string,
  onTestFinished: TestContext['onTestFinished'],
): Promise<RunningChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, mode], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const prismGroups = new Set<number>();
  // Should an assertion fail half way, nothing this test started may stay behind either.
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) {
      for (const group of prismGroupsUnder(child.pid)) prismGroups.add(group);
      child.kill('SIGKILL');
    }
    for (const group of prismGroups) {
      if (stillRunning([], [group]).length > 0) process.kill(-group, 'SIGKILL');
    }
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => (output += `${line}\n`));
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('ready ')) resolve(line.slice('ready '.length));
    });
    void exited.then(({ code, signal }) => {
      reject(new Error(`child exited (${String(code ?? signal)}) before Prism was ready:\n${output}`));
    });
  });
  return { child, url, exited, output: () => output, prismGroups };
}

/**
 * The processes to account for: Prism, found among the child's descendants by its command line, and whatever
 * Prism started. Prism must lead a process group of its own, which is how the manager kills it all at once.
 */
function prismTree(run: RunningChild): { pids: number[]; group: number } {
  const prism = descendantsOf(run.child.pid ?? -1).filter((info) => info.command.includes('prism-cli'));
  expect(prism, 'exactly one Prism among the child process descendants').toHaveLength(1);
  const [leader] = prism as [ProcessInfo];
  expect(leader.pgrp, 'Prism leads its own process group').toBe(leader.pid);
  run.prismGroups.add(leader.pgrp);
  return { pids: [leader.pid, ...descendantsOf(leader.pid).map((info) => info.pid)], group: leader.pid };
}

/** Waits (bounded) for the processes to go: reaping an orphan takes the init process a moment. */
async function survivorsOf(tree: { pids: number[]; group: number }): Promise<ProcessInfo[]> {
  const deadline = Date.now() + 5_000;
  let survivors = stillRunning(tree.pids, [tree.group]);
  while (survivors.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    survivors = stillRunning(tree.pids, [tree.group]);
  }
  return survivors;
}

async function expectAnswers(url: string): Promise<void> {
  const response = await fetch(`${url}/v1/languages`);
  await response.body?.cancel();
  expect(response.status).toBe(200);
}

describe.concurrent(
  'Prism process lifecycle (the manager in a child process)',
  () => {
    it('a normal end of the run (global setup, then its teardown) leaves no Prism process', async ({
      onTestFinished,
    }) => {
      const run = await startChild('teardown', onTestFinished);
      const tree = prismTree(run);
      await expectAnswers(run.url);
      run.child.stdin.write('end\n');
      expect(await run.exited, run.output()).toEqual({ code: 0, signal: null });
      expect(await survivorsOf(tree)).toEqual([]);
    });

    it('SIGTERM to the runner stops Prism through the signal handler, and the runner still dies of SIGTERM', async ({
      onTestFinished,
    }) => {
      const run = await startChild('sigterm', onTestFinished);
      const tree = prismTree(run);
      await expectAnswers(run.url);
      run.child.kill('SIGTERM');
      expect(await run.exited, run.output()).toEqual({ code: null, signal: 'SIGTERM' });
      expect(await survivorsOf(tree)).toEqual([]);
    });

    it('process.exit() without stopping Prism stops it through the exit handler', async ({
      onTestFinished,
    }) => {
      const run = await startChild('exit', onTestFinished);
      const tree = prismTree(run);
      run.child.stdin.write('exit\n');
      expect(await run.exited, run.output()).toEqual({ code: 0, signal: null });
      expect(await survivorsOf(tree)).toEqual([]);
    });

    it('SIGKILL to the runner (no handler can run) still ends Prism: it exits when its stdin pipe closes', async ({
      onTestFinished,
    }) => {
      const run = await startChild('sigkill', onTestFinished);
      const tree = prismTree(run);
      run.child.kill('SIGKILL');
      expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(await survivorsOf(tree)).toEqual([]);
    });

    it('a Prism that cannot start fails the start at once, with its own output, not after the timeout', async () => {
      const error = await startPrism({ specPath: 'test/fixtures/mini-api/no-such-spec.json' }).then(
        () => new Error('Prism started on a missing spec'),
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(Error);
      const { message } = error as Error;
      expect(message).toMatch(/(reported a fatal error|exited .* before answering)/);
      expect(message).toContain('no-such-spec.json');
      expect(message).toContain('ENOENT');
    });
  },
  60_000,
);
