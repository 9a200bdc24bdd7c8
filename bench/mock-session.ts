// `npm run mock` with session state: how long it takes to start (banner printed), and what a stateful call costs
// over a plain Prism call on loopback. The same running mock serves both: its session server (the public port)
// answers keep-alive from state after Prism validated it; Prism (its private port, read from its log) answers the
// same request alone. Rounds alternate the two, so load on the machine hits both alike.
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { PROJECT_ROOT } from './bundle.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

const MOCK_SCRIPT = path.join(PROJECT_ROOT, 'scripts/mock.ts');
const BANNER = /LiveAvatar mock API listening on (http:\/\/\S+)/;
const PRISM_LINE = /Prism is listening on (http:\/\/\S+)/;
const STARTUP_TARGET_MS = 4_000;
const ADDED_P50_TARGET_MS = 5;
const KEEP_ALIVE = '/v1/sessions/keep-alive';

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
  baseUrl: string;
  prismUrl: string;
  startupMs: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/**
 * Once ready, both pipes are read and dropped: a pipe nobody reads fills (64 KiB) with the request log, and the
 * mock's writes to it block its event loop, so the measured calls hang.
 */
function drain(child: ChildProcessByStdio<null, Readable, Readable>): void {
  for (const stream of [child.stdout, child.stderr]) {
    stream.removeAllListeners('data');
    stream.resume();
  }
}

async function startMock(): Promise<Running> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', MOCK_SCRIPT, '--port', String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const banner = BANNER.exec(output);
      const prism = PRISM_LINE.exec(output);
      if (banner?.[1] === undefined || prism?.[1] === undefined) return;
      drain(child);
      resolve({
        baseUrl: banner[1],
        prismUrl: prism[1],
        startupMs: performance.now() - started,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => {
      reject(new Error(`the mock exited before it was ready:\n${output}`));
    });
  });
}

async function timedKeepAlive(baseUrl: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${KEEP_ALIVE}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`keep-alive answered ${response.status}`);
  return performance.now() - started;
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
  try {
    const token = 'bench-session-token';
    await fetch(`${mock.baseUrl}/v1/sessions/start`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    // Warm both paths (connections, JIT) before measuring.
    for (let index = 0; index < 30; index++) {
      await timedKeepAlive(mock.prismUrl, token);
      await timedKeepAlive(mock.baseUrl, token);
    }
    const prism: number[] = [];
    const stateful: number[] = [];
    for (let index = 0; index < calls; index++) {
      prism.push(await timedKeepAlive(mock.prismUrl, token));
      stateful.push(await timedKeepAlive(mock.baseUrl, token));
    }
    const prismP50Ms = spread(prism).median;
    const statefulP50Ms = spread(stateful).median;
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
    await mock.stop();
  }
}
