/**
 * The frontend kit as a frontend developer gets it: a project made from the packed tarball installs msw,
 * openapi-msw and vitest, runs a unit test file using liveavatar-client/msw, and type-checks it strictly; an
 * override whose body or status the spec forbids does not compile.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndPack } from './support/consumer-project.ts';
import { findLifecycleRoutes } from '../../src/mock/lifecycle-routes.ts';
import type { LifecycleRole } from '../../src/mock/lifecycle-routes.ts';
import { buildRequest } from '../support/operation-request.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { loadSpec } from '../support/spec.ts';
import { REPO_ROOT } from './support/consumer-project.ts';
import { runMockBinToExit, startMockBin } from './support/mock-bin.ts';
import type { MockBin } from './support/mock-bin.ts';
import { createMswConsumerProject } from './support/msw-consumer-project.ts';
import { mswTemplateValues } from './support/msw-template-values.ts';
import { runCommand } from './support/run-command.ts';
import { parseTscDiagnostics } from './support/tsc-diagnostics.ts';

let packDirectory: string | undefined;
let project: string | undefined;

function consumer(): string {
  if (project === undefined) throw new Error('the frontend project was not created');
  return project;
}

const tsc = (config: string) =>
  runCommand(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', config, '--pretty', 'false'],
    consumer(),
  );

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

beforeAll(async () => {
  packDirectory = await mkdtemp(join(tmpdir(), 'liveavatar-pack-'));
  const { tarball } = await buildAndPack(packDirectory);
  // Prism too: the optional peer the mock command needs.
  project = await createMswConsumerProject(tarball, await mswTemplateValues(), [
    '@stoplight/prism-cli@5.14.2',
  ]);
}, 300_000);

afterAll(async () => {
  for (const directory of [project, packDirectory]) {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  }
});

describe('a frontend project using liveavatar-client/msw', () => {
  it('runs its vitest file: realistic defaults, a lifecycle with state, reset, typed and error overrides, MSW errors', async () => {
    const result = await runCommand(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose'],
      consumer(),
    );
    expect(result.stdout + result.stderr).toMatch(/Tests\s+6 passed \(6\)/);
    expect(result.exitCode).toBe(0);
  });

  it('type-checks that file strictly', async () => {
    const result = await tsc('tsconfig.json');
    expect(parseTscDiagnostics(result.stdout)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('refuses to compile an override whose body or status the spec forbids, on exactly those lines', async () => {
    const result = await tsc('tsconfig.wrong.json');
    const source = await readFile(join(consumer(), 'src/wrong-overrides.ts'), 'utf8');
    const marked = source
      .split('\n')
      .flatMap((line, index) => (line.includes('// expect-error') ? [index + 1] : []));
    const failing = [...new Set(parseTscDiagnostics(result.stdout).map((diagnostic) => diagnostic.line))];
    expect(marked).toHaveLength(2);
    expect(failing.sort((a, b) => a - b)).toEqual(marked);
    expect(result.exitCode).toBe(2);
  });
});

describe("the package's mock command (liveavatar-mock), started from that project", () => {
  let mock: MockBin | undefined;

  afterAll(async () => {
    await mock?.stop();
  });

  it('answers the same lifecycle: token → start → keep-alive → stop, then keep-alive fails', async () => {
    const spec = await loadSpec(join(REPO_ROOT, 'generated/openapi.fixed.json'));
    const { routes } = findLifecycleRoutes(spec);
    const route = (role: LifecycleRole) => routes.find((candidate) => candidate.role === role)!;
    const sampled = (role: LifecycleRole) =>
      buildRequest(spec, createSchemaValidator(spec), route(role)).body;
    mock = await startMockBin(consumer(), ['--port', String(await freePort())]);
    const base = mock.url;
    const send = async (role: LifecycleRole, headers: Record<string, string>, body?: unknown) => {
      const response = await fetch(`${base}${route(role).path}`, {
        method: route(role).method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json()) as { code: number; data: Record<string, string> },
      };
    };
    const token = await send('token', { 'x-api-key': 'test-key' }, sampled('token'));
    expect(token.status).toBe(route('token').successStatus);
    const { session_id: sessionId, session_token: sessionToken } = token.body.data;
    const bearer = { authorization: `Bearer ${String(sessionToken)}` };
    const started = await send('start', bearer);
    expect(started).toMatchObject({ status: route('start').successStatus, body: { code: 1000 } });
    expect(started.body.data.session_id).toBe(sessionId);
    const target = (role: LifecycleRole) => ({ ...(sampled(role) as object), session_id: sessionId });
    expect((await send('keepAlive', bearer, target('keepAlive'))).body.code).toBe(1000);
    expect((await send('stop', bearer, target('stop'))).body.code).toBe(1000);
    const after = await send('keepAlive', bearer, target('keepAlive'));
    expect(after.status).toBeGreaterThanOrEqual(400);
    expect(after.body.code).not.toBe(1000);
    expect(after.body.data).toBeNull();
  });

  it('serves the reference page the build shipped at /docs and the fixed spec at /openapi.json', async () => {
    if (mock === undefined) throw new Error('the mock did not start');
    const spec = await loadSpec(join(REPO_ROOT, 'generated/openapi.fixed.json'));
    const page = await fetch(`${mock.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    for (const path of Object.keys(spec.paths)) expect(html).toContain(path);
    const served = (await (await fetch(`${mock.url}/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(served.paths)).toEqual(Object.keys(spec.paths));
  });

  it('reports a taken port in one line and exits non-zero', async () => {
    if (mock === undefined) throw new Error('the mock did not start');
    const port = new URL(mock.url).port;
    const exit = await runMockBinToExit(consumer(), ['--port', port]);
    const lines = exit.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(exit.code).not.toBe(0);
  });
});
