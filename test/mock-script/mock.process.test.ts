// The `npm run mock` CLI as a frontend developer uses it: real processes, real Prism, loopback only. Only what a
// real process shows is here (ports, signals, exit codes, no process left behind), in four launches (two with
// Prism, two that must refuse to start); the option parsing and the banner are tested in process in
// options.test.ts.
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveOperations } from '../support/live-metadata.ts';
import { declaredValue, findOperation, needsNoParameters } from '../support/live-operations.ts';
import { createSchemaValidator, describeErrors } from '../support/schema-validator.ts';
import { loadSpec, responseSchema } from '../support/spec.ts';
import {
  findFreePort,
  processExists,
  prismProcessesOnPort,
  runMockToExit,
  startMock,
  waitUntilGone,
} from './mock-process.ts';
import type { RunningMock } from './mock-process.ts';
import { servedExample } from '../support/served-example.ts';

// Prism takes a few seconds to start on a busy 2-core machine.
const PRISM_TIMEOUT_MS = 90_000;
const PAGE_ORIGIN = 'http://127.0.0.1:5173';

// Operations of today's spec, picked by what they are, so an upstream update needs no edit here.
const spec = await loadSpec(new URL('../../generated/openapi.fixed.json', import.meta.url).pathname);
const publicOperation = findOperation(
  liveOperations,
  'a public GET without required parameters, answering JSON',
  (operation) =>
    operation.method === 'GET' &&
    operation.security.length === 0 &&
    operation.json &&
    needsNoParameters(spec, operation),
);
const securedOperation = findOperation(
  liveOperations,
  'secured',
  (operation) => operation.security.length > 0,
);

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch (error) {
    const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
    return cause?.code === 'ECONNREFUSED';
  }
}

/** After the CLI exits: the script and its Prism are gone, and nothing is serving on the port any more. */
async function expectNothingLeftBehind(mock: RunningMock, port: number): Promise<void> {
  expect(mock.prismPids).toHaveLength(1);
  expect(mock.scriptPids).toHaveLength(1);
  for (const pid of [...mock.scriptPids, ...mock.prismPids]) {
    expect(processExists(pid), `PID ${pid} still exists`).toBe(false);
  }
  expect(prismProcessesOnPort(port)).toEqual([]);
  expect(await refusesConnections(`http://127.0.0.1:${port}${publicOperation.path}`)).toBe(true);
}

// In order, also under --sequence.shuffle: the last test stops the mock the others call.
describe('mock started with --port/--host while PORT/HOST say otherwise', { shuffle: false }, () => {
  let mock: RunningMock;
  let flagPort: number;
  let envPort: number;
  let baseUrl: string;

  beforeAll(async () => {
    [flagPort, envPort] = [await findFreePort(), await findFreePort()];
    // Were HOST used, the script would stop at once: that name does not resolve.
    mock = await startMock(['--port', String(flagPort), '--host', '127.0.0.1'], {
      PORT: String(envPort),
      HOST: 'mock-host.invalid',
    });
    baseUrl = `http://127.0.0.1:${flagPort}`;
  }, PRISM_TIMEOUT_MS);

  afterAll(async () => {
    await mock.dispose();
  });

  it('prints the base URL and how to point the client at it', () => {
    expect(mock.stdout).toContain(`LiveAvatar mock API listening on ${baseUrl}`);
    expect(mock.stdout).toContain(`createLiveAvatarClient({ sessionToken: '…', baseUrl: '${baseUrl}' })`);
  });

  it(`answers on the flag port with what the spec declares (${publicOperation.key}), and nothing listens on PORT`, async () => {
    const response = await fetch(`${baseUrl}${publicOperation.path}`);
    const [status] = publicOperation.successStatuses;
    expect(response.status).toBe(status);
    const body = (await response.json()) as Record<string, unknown>;
    const schema = responseSchema(spec, publicOperation.path, publicOperation.method, status!);
    const errors = createSchemaValidator(spec).errors(schema!, body);
    expect(errors, describeErrors(errors)).toEqual([]);
    // The mock serves the example the pipeline generated from the spec.
    expect(body).toEqual(servedExample(spec, publicOperation.path, publicOperation.method, status!));
    if (publicOperation.envelope) {
      // The envelope code the spec declares (default or example), not one the mock made up.
      const code = declaredValue(spec, publicOperation, status!, 'code');
      expect(body.code).toEqual(code ?? expect.any(Number));
    }
    expect(await refusesConnections(`http://127.0.0.1:${envPort}/`)).toBe(true);
  });

  it('serves the fixed spec at /openapi.json and the reference page of every operation at /docs', async () => {
    const served = await fetch(`${baseUrl}/openapi.json`);
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(spec);
    const page = await fetch(`${baseUrl}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    for (const operation of liveOperations) expect(html).toContain(`data-operation="${operation.key}"`);
  });

  it.each([
    ['a session token', 'authorization, content-type'],
    ['an API key', 'x-api-key, content-type'],
  ])('lets a page on another origin send %s (CORS preflight)', async (_credential, requestHeaders) => {
    const preflight = await fetch(`${baseUrl}${securedOperation.path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: PAGE_ORIGIN,
        'Access-Control-Request-Method': securedOperation.method,
        'Access-Control-Request-Headers': requestHeaders,
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PAGE_ORIGIN);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/);
    for (const header of requestHeaders.split(', ')) expect(allowed).toContain(header);
    expect(preflight.headers.get('access-control-allow-methods')).toContain(securedOperation.method);
  });

  // One launch proves both handlers: were either signal unhandled, Node's default would end the script by that
  // signal (exit signal set, no "mock: stopped"). The second signal is also the impatient user's second Ctrl-C:
  // no grace period for Prism. (The graceful stop is the npm run below.)
  it('stops on Ctrl-C (SIGINT), a SIGTERM while stopping kills Prism at once, and nothing is left', async () => {
    mock.child.kill('SIGINT');
    const exit = await mock.stop('SIGTERM');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.stdout).toContain('mock: stopped');
    await expectNothingLeftBehind(mock, flagPort);
  });
});

// Each mock launch starts a Prism (2–3 s of CPU), so there are two: the one above and this one, which also
// proves that PORT and HOST reach the script through npm. (Every flag and variable is tested on parseMockOptions
// in options.test.ts.)
describe('PORT=… HOST=… npm run mock', () => {
  it(
    'listens where the environment says, and stops with Prism when npm gets SIGTERM (npm passes it only to its shell)',
    async () => {
      const port = await findFreePort();
      const mock = await startMock([], { PORT: String(port), HOST: '127.0.0.1' }, 'npm');
      try {
        expect(mock.stdout).toContain(`listening on http://127.0.0.1:${port}`);
        const response = await fetch(`http://127.0.0.1:${port}${publicOperation.path}`);
        expect(publicOperation.successStatuses).toContain(response.status);
        await response.body?.cancel();
        // every() holds on an empty list: first prove there is a Prism to check.
        expect(mock.prismPids).toHaveLength(1);
        expect(mock.prismPids.every(processExists)).toBe(true);

        await mock.stop('SIGTERM');
        // The script notices it was orphaned, then gives Prism its grace period.
        expect(await waitUntilGone([...mock.scriptPids, ...mock.prismPids], 20_000)).toEqual([]);
        await expectNothingLeftBehind(mock, port);
      } finally {
        await mock.dispose();
      }
    },
    PRISM_TIMEOUT_MS,
  );
});

describe('mock refusing to start', () => {
  let holder: Server;
  let takenPort: number;

  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    takenPort = typeof address === 'object' && address !== null ? address.port : 0;
  });

  afterAll(async () => {
    await new Promise((resolve) => holder.close(resolve));
  });

  it('names a taken port and how to choose another, in one line, and exits non-zero', async () => {
    const exit = await runMockToExit(['--port', String(takenPort)]);
    expect(exit.code).toBe(1);
    const lines = exit.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`port ${takenPort} on 127.0.0.1 is already in use`);
    expect(lines[0]).toContain('--port');
    expect(exit.stderr).not.toMatch(/^\s+at /m);
    expect(exit.stdout).not.toContain('Prism');
  });

  // Every bad flag and value is tested on parseMockOptions (options.test.ts); this run proves the script reads
  // PORT from its real environment and turns a usage error into exit code 2 and one line pointing at --help.
  it('rejects a bad PORT from the environment with a usage error, exit code 2', async () => {
    const exit = await runMockToExit([], { PORT: 'eighty' });
    expect(exit.code).toBe(2);
    expect(exit.stderr.trim().split('\n')).toHaveLength(1);
    expect(exit.stderr).toContain('invalid PORT "eighty"');
    expect(exit.stderr).toContain('--help');
  });
});
