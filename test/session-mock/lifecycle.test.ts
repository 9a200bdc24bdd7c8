// A whole session through the client against `npm run mock`'s transport (the session server in front of Prism):
// token → start (same id) → keep-alive → GET shows it active → stop → keep-alive rejects with the envelope's code
// and message → historic lists it. Every lifecycle answer is checked against its declared response schema.
// Operations are the ones the session mock found in today's spec by what they are; bodies come from the sampler.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, BadRequestError, createLiveAvatarClient } from '../../src/index.ts';
import type { ClientOptions } from '../../src/index.ts';
import { ERROR_CODES } from '../../src/mock/index.ts';
import type { LifecycleRole } from '../../src/mock/index.ts';
import type { SessionServer } from '../../scripts/mock/session-server.ts';
import { RESET_PATH } from '../../scripts/mock/session-server.ts';
import { buildRequest, callInit } from '../support/operation-request.ts';
import { rejectionOf } from '../support/rejection.ts';
import {
  routeOf,
  schemaCheckingFetch,
  sessionCaller,
  spec,
  startServer,
  validator,
} from './session-server.ts';
import type { CheckedAnswer } from './session-server.ts';

type Json = Record<string, unknown>;
type Untyped = Record<string, (path: string, init?: unknown) => Promise<unknown>>;

let server: SessionServer;
const answers: CheckedAnswer[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await fetch(`${server.url}${RESET_PATH}`, { method: 'POST' });
});

function client(options: ClientOptions): Untyped {
  const fetchChecked = schemaCheckingFetch(server, answers);
  const made = createLiveAvatarClient({
    baseUrl: server.url,
    maxRetries: 0,
    fetch: fetchChecked,
    ...options,
  });
  const verbs = made as unknown as Untyped;
  return new Proxy(verbs, {
    get: (target, verb: string) => (path: string, init?: unknown) => target[verb]!(path, init),
  });
}

/** The sampled request of a role, with `fields` set in its body (and `omit` removed from it). */
function requestFor(role: LifecycleRole, fields: Json = {}, omit: string[] = []) {
  const route = routeOf(server, role);
  const request = buildRequest(spec, validator, { method: route.method.toLowerCase(), path: route.path });
  if (typeof request.body === 'object' && request.body !== null) {
    const body = request.body as Json;
    for (const name of omit) Reflect.deleteProperty(body, name);
    Object.assign(body, fields);
  }
  return { route, init: callInit(request) };
}

async function call(caller: Untyped, role: LifecycleRole, fields: Json = {}, omit: string[] = []) {
  const { route, init } = requestFor(role, fields, omit);
  return caller[route.method]!(route.path, init);
}

// In order, also under --sequence.shuffle: the last test checks the answers the others collected.
describe('a session rehearsed through the client', { shuffle: false }, () => {
  it('token → start (same id) → keep-alive → active → stop → keep-alive rejects → historic', async () => {
    const backend = client({ apiKey: 'backend-key' });
    const token = (await call(backend, 'token')) as Json;
    const browser = client({ sessionToken: token.session_token as string });

    const started = (await call(browser, 'start')) as Json;
    expect(started.session_id).toBe(token.session_id);
    // The SDK's way where the spec allows it: the bearer token alone names the session.
    const bySession = sessionCaller(
      server,
      call,
      'bearer',
      { bearer: browser, apiKey: backend },
      token.session_id,
    );
    expect(await bySession('keepAlive')).toBeNull();

    const get = routeOf(server, 'get');
    const byId = { params: { path: { [get.idParameter!]: token.session_id } } };
    const active = (await backend.GET!(get.path, byId)) as Json;
    expect(active).toMatchObject({ id: token.session_id });
    expect(active).not.toHaveProperty('end_at');
    const list = routeOf(server, 'list');
    const listed = (type: string) =>
      backend.GET!(list.path, { params: { query: { type, page: 1, page_size: 100 } } }) as Promise<Json>;
    expect(((await listed('active')).results as Json[]).map((entry) => entry.id)).toEqual([token.session_id]);

    expect(await bySession('stop')).toBeNull();
    const rejected = await rejectionOf(bySession('keepAlive'));
    expect(rejected).toBeInstanceOf(BadRequestError);
    expect(rejected).toMatchObject({
      status: 400,
      code: ERROR_CODES.sessionEnded,
      apiMessage: `Session ${String(token.session_id)} has already ended`,
    });

    expect((await listed('active')).results).toEqual([]);
    const historic = (await listed('historic')).results as Json[];
    expect(historic.map((entry) => entry.id)).toEqual([token.session_id]);
    const [entry] = historic;
    expect(Date.parse(String(entry?.end_at))).toBeGreaterThanOrEqual(Date.parse(String(entry?.created_at)));
  });

  it('keep-alive and stop with an API key (where the spec allows it) find the session from session_id in the body', async () => {
    const backend = client({ apiKey: 'backend-key' });
    const token = (await call(backend, 'token')) as Json;
    const browser = client({ sessionToken: token.session_token as string });
    await call(browser, 'start');
    const byKey = sessionCaller(
      server,
      call,
      'apiKey',
      { bearer: browser, apiKey: backend },
      token.session_id,
    );
    expect(await byKey('keepAlive')).toBeNull();
    expect(await byKey('stop')).toBeNull();
    const again = await rejectionOf(byKey('stop'));
    expect(again).toMatchObject({ status: 400, code: ERROR_CODES.sessionEnded });
  });

  it('an unknown session id gets the 404 envelope from GET, keep-alive and stop', async () => {
    const backend = client({ apiKey: 'backend-key' });
    const unknown = '0b8e7f5c-9d7a-4b55-8f0e-2d1f3c4b5a69';
    const stranger = client({ sessionToken: 'never-issued-token' });
    const byUnknown = sessionCaller(server, call, 'apiKey', { bearer: stranger, apiKey: backend }, unknown);
    const get = routeOf(server, 'get');
    // Thunks, started one at a time: a rejection made before its await would go unhandled.
    for (const attempt of [
      () => backend.GET!(get.path, { params: { path: { [get.idParameter!]: 'does-not-exist' } } }),
      () => byUnknown('keepAlive'),
      () => byUnknown('stop'),
    ]) {
      const error = await rejectionOf(attempt());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        status: 404,
        code: ERROR_CODES.notFound,
        apiMessage: expect.stringContaining('not found'),
      });
    }
  });

  it('a token string the mock never issued still starts a session (the official SDK with any token)', async () => {
    const started = (await call(client({ sessionToken: 'dev-token' }), 'start')) as Json;
    const second = (await call(client({ sessionToken: 'another-dev-token' }), 'start')) as Json;
    expect(started.session_id).toEqual(expect.any(String));
    expect(second.session_id).not.toBe(started.session_id);
  });

  it('answered every lifecycle call with a body its declared response schema accepts', () => {
    expect(answers.length).toBeGreaterThan(10);
    expect(answers.filter((answer) => answer.problems !== '')).toEqual([]);
  });
});
