// The session mock under load and under bad input, over HTTP (session server in front of the shared Prism):
// 50 sessions run their whole lifecycle at once with none lost or crossed, and a seeded fuzz of malformed bodies,
// ids and tokens on the lifecycle routes never breaks the mock or its state.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveAvatarClient } from '../../src/index.ts';
import type { LifecycleRole } from '../../src/mock/index.ts';
import type { SessionServer } from '../../scripts/mock/session-server.ts';
import { RESET_PATH } from '../../scripts/mock/session-server.ts';
import { liveOperations } from '../support/live-metadata.ts';
import { findOperation, needsNoParameters } from '../support/live-operations.ts';
import { buildRequest, callInit } from '../support/operation-request.ts';
import { routeOf, sessionCaller, spec, startServer, validator } from './session-server.ts';

type Json = Record<string, unknown>;
type Untyped = Record<string, (path: string, init?: unknown) => Promise<unknown>>;

const SESSIONS = 50;
const SEED = Number(process.env.PROPERTY_SEED ?? 19_2026);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

let server: SessionServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

const reset = () => fetch(`${server.url}${RESET_PATH}`, { method: 'POST' });
const client = (options: Json) =>
  createLiveAvatarClient({ baseUrl: server.url, maxRetries: 0, ...options }) as unknown as Untyped;

function call(caller: Untyped, role: LifecycleRole, fields: Json = {}, omit: string[] = []) {
  const route = routeOf(server, role);
  const request = buildRequest(spec, validator, { method: route.method.toLowerCase(), path: route.path });
  if (typeof request.body === 'object' && request.body !== null) {
    for (const name of omit) Reflect.deleteProperty(request.body, name);
    Object.assign(request.body, fields);
  }
  return caller[route.method]!(route.path, callInit(request)) as Promise<Json | null>;
}

async function oneSession(index: number): Promise<{ index: number; id: unknown; started: unknown }> {
  const backend = client({ apiKey: `key-${index}` });
  const token = (await call(backend, 'token')) as Json;
  const browser = client({ sessionToken: token.session_token });
  const started = (await call(browser, 'start')) as Json;
  const bySession = sessionCaller(
    server,
    call,
    'bearer',
    { bearer: browser, apiKey: backend },
    token.session_id,
  );
  await bySession('keepAlive');
  await bySession('stop');
  return { index, id: token.session_id, started: started.session_id };
}

describe('50 sessions at once', () => {
  it('runs every lifecycle to the end: none lost, none crossed', async () => {
    await reset();
    const results = await Promise.all(Array.from({ length: SESSIONS }, (_, index) => oneSession(index)));
    for (const result of results) expect(result.started).toBe(result.id);
    expect(new Set(results.map((result) => result.id)).size).toBe(SESSIONS);

    const records = server.mock.model.sessions();
    expect(records).toHaveLength(SESSIONS);
    expect(records.every((record) => record.state === 'ended' && !record.expired)).toBe(true);
    expect(new Set(records.map((record) => record.token)).size).toBe(SESSIONS);
    const list = routeOf(server, 'list');
    const historic = (await client({ apiKey: 'k' }).GET!(list.path, {
      params: { query: { type: 'historic', page: 1, page_size: 100 } },
    })) as Json;
    expect(historic.count).toBe(SESSIONS);
    expect(new Set((historic.results as Json[]).map((entry) => entry.id))).toEqual(
      new Set(results.map((r) => r.id)),
    );
  });
});

/** One fuzzed request on a lifecycle route: a real or garbage token, id and body. */
const fuzzedRequest = (roles: readonly LifecycleRole[]) =>
  fc.record({
    role: fc.constantFrom(...roles),
    bearer: fc.oneof(
      fc.constant(undefined),
      fc.constant('known'),
      fc.string({ maxLength: 40 }),
      fc.constant('Bearer'),
    ),
    apiKey: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
    pathId: fc.oneof(fc.constant('known'), fc.string({ minLength: 1, maxLength: 40 }), fc.uuid()),
    body: fc.oneof(
      fc.constant(undefined),
      fc.constant('{"session_id": '),
      fc.constant('[]'),
      fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
      fc
        .record({ session_id: fc.oneof(fc.constant('known'), fc.uuid(), fc.string(), fc.integer()) })
        .map((value) => JSON.stringify(value)),
    ),
  });

describe('bad input on the lifecycle routes (seeded fuzz)', () => {
  it(`answers each of ${RUNS} malformed requests with JSON below 500, keeps serving, and keeps its state consistent`, async () => {
    await reset();
    const known = (await call(client({ apiKey: 'k' }), 'token')) as Json;
    await call(client({ sessionToken: known.session_token }), 'start');
    const roles = server.mock.routes.map((route) => route.role);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fuzzedRequest(roles), async (input) => {
        const route = routeOf(server, input.role);
        const id = input.pathId === 'known' ? String(known.session_id) : input.pathId;
        const path = route.path.replace(/\{[^}]+\}/, encodeURIComponent(id));
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (input.bearer !== undefined) {
          const token = input.bearer === 'known' ? String(known.session_token) : input.bearer;
          headers.authorization = `Bearer ${token.replace(/[\r\n]/g, '')}`;
        }
        if (input.apiKey !== undefined) headers['x-api-key'] = input.apiKey.replace(/[^\x20-\x7e]/g, 'x');
        const body =
          route.method === 'GET'
            ? undefined
            : input.body?.replace('"known"', JSON.stringify(known.session_id));
        const response = await fetch(`${server.url}${path}`, { method: route.method, headers, body });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, text).toBeLessThan(500);
        expect(() => JSON.parse(text) as unknown, text).not.toThrow();
        expectConsistentState();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both kinds of answer were exercised: Prism's refusals and the state's.
    expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    const publicOperation = findOperation(
      liveOperations,
      'a public GET without required parameters',
      (operation) =>
        operation.method === 'GET' && operation.security.length === 0 && needsNoParameters(spec, operation),
    );
    expect((await fetch(`${server.url}${publicOperation.path}`)).status).toBe(
      publicOperation.successStatuses[0],
    );
  });
});

/** Every record is in one state with times in order, and each token and id finds exactly one session. */
function expectConsistentState(): void {
  const records = server.mock.model.sessions();
  expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  for (const record of records) {
    expect(['pending', 'active', 'ended']).toContain(record.state);
    if (record.state !== 'pending')
      expect(record.startedAt ?? record.endedAt).toBeGreaterThanOrEqual(record.createdAt);
    if (record.state === 'ended') expect(record.endedAt).toBeGreaterThanOrEqual(record.createdAt);
  }
}
