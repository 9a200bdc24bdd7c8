/**
 * liveavatar-client/msw in-process (msw/node): every operation answered with its generated example, the session
 * lifecycle with state, reset, another base URL, and a client created before `server.listen()` still
 * intercepted. Paths and bodies come from the fixed spec and the generated metadata (the test rule).
 */
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultServerUrl } from '../../generated/client-metadata.ts';
import { createLiveAvatarClient } from '../../src/index.ts';
import { findLifecycleRoutes } from '../../src/mock/lifecycle-routes.ts';
import type { LifecycleRole } from '../../src/mock/lifecycle-routes.ts';
import { createLiveAvatarHandlers, handlers, resetMockState } from '../../src/msw/index.ts';
import { liveOperations } from '../support/live-metadata.ts';
import { buildRequest } from '../support/operation-request.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import type { OpenApiDocument } from '../support/spec.ts';

const spec = JSON.parse(
  readFileSync(new URL('../../generated/openapi.fixed.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const { routes } = findLifecycleRoutes(spec);
const route = (role: LifecycleRole) => routes.find((candidate) => candidate.role === role)!;
// The token request's body, sampled from the spec.
const tokenBody = buildRequest(
  spec as OpenApiDocument,
  createSchemaValidator(spec as OpenApiDocument),
  route('token'),
).body;
const other = createLiveAvatarHandlers({ baseUrl: 'http://127.0.0.1:9/api' });

// Created before the server listens: it must look fetch up at call time to be intercepted.
const earlyClient = createLiveAvatarClient({ sessionToken: 'early-token', maxRetries: 0 });

const server = setupServer(...handlers, ...other.handlers);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  resetMockState();
  other.resetMockState();
});
afterAll(() => {
  server.close();
});

/** Enough of an answer's envelope for these checks (data fields read as strings). */
interface Envelope {
  code: number;
  data: Record<string, string>;
  message: string;
}

function filled(path: string): string {
  return path.replace(/\{[^}]+\}/g, 'some-id');
}

function exampleOf(method: string, path: string): { status: number; body: unknown } {
  const operation = (spec.paths as Record<string, Record<string, Record<string, unknown>>>)[path]![
    method.toLowerCase()
  ]!;
  const [status, response] = Object.entries(
    operation.responses as Record<
      string,
      { content?: Record<string, { examples?: { mock?: { value: unknown } } }> }
    >,
  ).find(([code]) => code.startsWith('2'))!;
  return { status: Number(status), body: response.content?.['application/json']?.examples?.mock?.value };
}

async function send(method: string, path: string, body?: unknown, bearer?: string, base = defaultServerUrl) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-api-key': 'test-key',
      ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Envelope };
}

describe('handlers', () => {
  const lifecyclePaths = new Set(routes.map((r) => `${r.method} ${r.path}`));
  const stateless = liveOperations.filter((o) => !lifecyclePaths.has(`${o.method} ${o.path}`));

  it('answer every other operation of the metadata with its generated example, envelope code 1000', async () => {
    expect(stateless.length).toBeGreaterThan(0);
    for (const operation of stateless) {
      const example = exampleOf(operation.method, operation.path);
      const answer = await fetch(`${defaultServerUrl}${filled(operation.path)}`, {
        method: operation.method,
      });
      expect(answer.status, operation.key).toBe(example.status);
      if (example.body === undefined) continue;
      const body = await answer.json();
      expect(body, operation.key).toEqual(example.body);
      if (operation.envelope) expect(body.code, operation.key).toBe(1000);
    }
  });

  it('rehearse a session: token → start → keep-alive → stop, then keep-alive fails in the error envelope', async () => {
    const token = await send('POST', route('token').path, tokenBody);
    expect(token.status).toBe(route('token').successStatus);
    const { session_id: sessionId, session_token: sessionToken } = token.body.data;

    const started = await send('POST', route('start').path, undefined, sessionToken);
    expect(started).toMatchObject({ status: route('start').successStatus, body: { code: 1000 } });
    expect(started.body.data.session_id).toBe(sessionId);

    expect((await send('POST', route('keepAlive').path, {}, sessionToken)).body.code).toBe(1000);
    expect((await send('POST', route('stop').path, {}, sessionToken)).body.code).toBe(1000);
    const after = await send('POST', route('keepAlive').path, {}, sessionToken);
    expect(after.status).toBeGreaterThanOrEqual(400);
    expect(after.body).toMatchObject({ data: null, code: expect.any(Number), message: expect.any(String) });
    expect(after.body.code).not.toBe(1000);

    const entry = await send('GET', route('get').path.replace(/\{[^}]+\}/, sessionId!));
    expect(entry.body.data.id).toBe(sessionId);
  });

  it('forget every session on resetMockState: the ids start over', async () => {
    const first = await send('POST', route('token').path, tokenBody);
    const entryPath = route('get').path.replace(/\{[^}]+\}/, first.body.data.session_id!);
    expect((await send('GET', entryPath)).status).toBe(route('get').successStatus);
    resetMockState();
    expect(await send('GET', entryPath)).toMatchObject({ status: 404, body: { data: null } });
    const again = await send('POST', route('token').path, tokenBody);
    expect(again.body.data.session_id).toBe(first.body.data.session_id);
  });

  it('answer at another base URL (path prefix included) with state of their own', async () => {
    const base = 'http://127.0.0.1:9/api';
    const token = await send('POST', route('token').path, tokenBody, undefined, base);
    const started = await send('POST', route('start').path, undefined, token.body.data.session_token, base);
    expect(started.body.data.session_id).toBe(token.body.data.session_id);
    expect(other.sessions()).toHaveLength(1);
  });

  it('intercept a client created before server.listen(): the client looks up globalThis.fetch at call time', async () => {
    const started = await earlyClient.withResponse.POST(route('start').path as never, {} as never);
    expect(started.code).toBe(1000);
  });

  it('leave an unhandled request to MSW, whose error reaches the caller', async () => {
    const error = await fetch('https://unhandled.example.com/nowhere').then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(String(error)).toMatch(/\[MSW\]/);
  });
});
