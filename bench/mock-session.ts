// `npm run mock` with session state: how long it takes to start (banner printed), and what a stateful call costs
// over a plain Prism call on loopback: the mock's session server answers keep-alive from state after its own
// (private) Prism validated it; a plain Prism the bench starts on the same spec answers the same request alone.
// Rounds alternate the two, so load on the machine hits both alike.
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { mockLocations } from '../scripts/mock/locations.ts';
import { lifecycleRoutes } from '../src/msw/mock-data.ts';
import { findFreePort, startPrism } from '../test/support/prism.ts';
import { PROJECT_ROOT } from './bundle.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

const MOCK_SCRIPT = path.join(PROJECT_ROOT, 'scripts/mock.ts');
// The spec as the mock finds it, so the plain Prism serves what the mock's own Prism does.
const { specPath: SPEC } = mockLocations(pathToFileURL(MOCK_SCRIPT).href);
const BANNER = /LiveAvatar mock API listening on (http:\/\/\S+)/;
const STARTUP_TARGET_MS = 4_000;
const ADDED_P50_TARGET_MS = 5;
// The session operations as the generator found them in today's spec, never named here.
const pathOf = (role: 'start' | 'keepAlive') =>
  lifecycleRoutes().routes.find((route) => route.role === role)?.path ?? '';

export interface MockSessionSection {
  startupMs: Spread;
  starts: number;
  calls: number;
  prismP50Ms: number;
  statefulP50Ms: number;
  addedP50Ms: number;
  target: { startupMsAtMost: number; addedP50MsAtMost: number };
  pass: boolean;
}

interface Running {
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;

/**
 * Once ready, both pipes are read and dropped: a pipe nobody reads fills (64 KiB) with the request log, and the
 * child's writes to it block its event loop, so the measured calls hang.
 */
function drain(child: ChildProcessByStdio<null, Readable, Readable>): void {
  for (const stream of [child.stdout, child.stderr]) {
    stream.removeAllListeners('data');
    stream.resume();
  }
}

/** Starts a server process and resolves with the URL its ready line names; fails with its output, never hangs. */
function startReady(args: string[], ready: RegExp): Promise<Running> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`no ${String(ready)} within ${READY_TIMEOUT_MS / 1000} s:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = ready.exec(output)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      drain(child);
      resolve({ url, startupMs: performance.now() - started, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited before it was ready:\n${output}`));
    });
  });
}

async function startMock(): Promise<Running> {
  const port = await findFreePort();
  return startReady(['--import', 'tsx', MOCK_SCRIPT, '--port', String(port)], BANNER);
}

async function timedKeepAlive(baseUrl: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${pathOf('keepAlive')}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`keep-alive answered ${response.status}`);
  return performance.now() - started;
}

/** Keep-alive through the stateful mock and through plain Prism, alternating, after a warm-up of both. */
async function pairedKeepAlives(mockUrl: string, prismUrl: string, calls: number) {
  const token = 'bench-session-token';
  await fetch(`${mockUrl}${pathOf('start')}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  // Warm both paths (connections, JIT) before measuring.
  for (let index = 0; index < 30; index++) {
    await timedKeepAlive(prismUrl, token);
    await timedKeepAlive(mockUrl, token);
  }
  const prism: number[] = [];
  const stateful: number[] = [];
  for (let index = 0; index < calls; index++) {
    prism.push(await timedKeepAlive(prismUrl, token));
    stateful.push(await timedKeepAlive(mockUrl, token));
  }
  return { prismP50Ms: spread(prism).median, statefulP50Ms: spread(stateful).median };
}

export async function runMockSession(starts = 3, calls = 300): Promise<MockSessionSection> {
  const startups: number[] = [];
  for (let run = 1; run < starts; run++) {
    const mock = await startMock();
    startups.push(mock.startupMs);
    await mock.stop();
  }
  const mock = await startMock();
  startups.push(mock.startupMs);
  // A plain Prism on the same spec: the mock keeps its own Prism private.
  const prism = await startPrism({ specPath: SPEC }).catch(async (error: unknown) => {
    await mock.stop();
    throw error;
  });
  try {
    const { prismP50Ms, statefulP50Ms } = await pairedKeepAlives(mock.url, prism.url, calls);
    const startupMs = spread(startups);
    const addedP50Ms = statefulP50Ms - prismP50Ms;
    return {
      startupMs,
      starts,
      calls,
      prismP50Ms,
      statefulP50Ms,
      addedP50Ms,
      target: { startupMsAtMost: STARTUP_TARGET_MS, addedP50MsAtMost: ADDED_P50_TARGET_MS },
      pass: startupMs.median <= STARTUP_TARGET_MS && addedP50Ms <= ADDED_P50_TARGET_MS,
    };
  } finally {
    await Promise.all([mock.stop(), prism.stop()]);
  }
}
