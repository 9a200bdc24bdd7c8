import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { envelope, jsonReply, startFaultServer } from './support/fault-server.ts';
import type { Behaviour } from './support/fault-server.ts';
import { useFaultServer } from './support/harness.ts';

const server = useFaultServer();

const CALLS = 500;
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./support/load-child.ts', import.meta.url));
/** Generous for 2 shared cores (tsx start-up included); a leaked 60 s attempt timer would blow through it. */
const EXIT_BOUND_MS = 45_000;
/**
 * How long the control may linger after printing its summary: far shorter than the 60 s timer it leaks. Counted
 * from the summary, so a slow start on a busy machine cannot kill it before it has made its call.
 */
const CONTROL_LINGER_MS = 3_000;

interface LoadSummary {
  calls: number;
  failures: number;
  firstFailures: string[];
  mismatches: number;
  retried: number;
  attempts: number;
  durationMs: number;
  activeResources: string[];
}

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/**
 * Runs the child and waits for it to end by itself; kills it and reports a timeout past the bound, counted from
 * the start or (for the control) from its first output.
 */
function runChild(
  args: string[],
  bound: { ms: number; fromOutput: boolean } = { ms: EXIT_BOUND_MS, fromOutput: false },
): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const startBound = () => {
      timer ??= setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, bound.ms);
    };
    if (!bound.fromOutput) startBound();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (bound.fromOutput) startBound();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout, stderr, wallMs: Math.round(performance.now() - started) });
    });
  });
}

describe('load', () => {
  it(
    `${CALLS} concurrent calls, some hitting faults, all succeed and leave nothing open`,
    async () => {
      // The first arrivals meet 503s and dropped connections (GET retries both); everyone else gets their avatar.
      const faults: Behaviour[] = Array.from({ length: 50 }, (_, index) =>
        index % 5 === 0
          ? { kind: 'close-without-answer' }
          : jsonReply(503, { code: 503, data: null, message: 'busy' }, { 'retry-after-ms': '5' }),
      );
      server.current.script(...faults);
      server.current.otherwise((request) =>
        envelope({ id: /\/v1\/avatars\/([^/?]+)/.exec(request.url)?.[1], name: 'load' }),
      );

      // The control run leaks one timer on purpose: it shows a leak makes the child overrun the bound.
      const controlServer = await startFaultServer();
      controlServer.otherwise(envelope({ id: 'avatar-0' }));
      const [run, leakyControl] = await Promise.all([
        runChild([server.current.url, String(CALLS)]),
        runChild([controlServer.url, '1', 'leak-a-timer'], { ms: CONTROL_LINGER_MS, fromOutput: true }),
      ]).finally(() => controlServer.close());
      expect(leakyControl.timedOut).toBe(true);
      expect(JSON.parse(leakyControl.stdout)).toMatchObject({ calls: 1, failures: 0 });

      expect(run.timedOut, `child did not exit within ${EXIT_BOUND_MS} ms: something was left open`).toBe(
        false,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout) as LoadSummary;
      expect(summary).toMatchObject({ calls: CALLS, failures: 0, mismatches: 0, firstFailures: [] });
      // Every fault costs its call exactly one more attempt, and each attempt is one request the server saw.
      expect(summary.attempts).toBe(CALLS + faults.length);
      expect(server.current.requests).toHaveLength(CALLS + faults.length);
      // The moment the last call settles, no client timer is left (sockets may still be closing down).
      expect(summary.activeResources).not.toContain('Timeout');
      console.info(
        `load: ${CALLS} calls (${summary.retried} retried) in ${summary.durationMs} ms; child wall time ${run.wallMs} ms`,
      );
    },
    EXIT_BOUND_MS + 10_000,
  );
});
