/**
 * createLiveAvatarHandlers over a fixed mock-data set (generated/mock-data.ts mocked): operations invented here,
 * listed in an order that needs sorting, with a 201 and a body-less answer, next to the frozen November
 * project's operations and lifecycle. Every handler set is built inside its test, so a broken factory fails
 * tests instead of the file's import.
 */
import { HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultServerUrl } from '../../generated/client-metadata.ts';
import type { LifecycleRole, LifecycleRoutes } from '../../src/mock/lifecycle-routes.ts';
import type { MockOperation } from '../../src/msw/mock-data.ts';
import * as frozen from '../fixtures/liveavatar-2026-11/generated/mock-data.ts';

const invented = vi.hoisted(() => ({
  // The parameterised path first: the factory, not this list, must put the literal one before it.
  one: {
    method: 'GET',
    path: '/things/{thing_id}',
    status: 200,
    body: { code: 1000, data: 'one', message: '' },
  },
  public: {
    method: 'GET',
    path: '/things/public',
    status: 200,
    body: { code: 1000, data: 'public', message: '' },
  },
  created: {
    method: 'POST',
    path: '/things',
    status: 201,
    body: { code: 1000, data: 'created', message: '' },
  },
  raw: { method: 'GET', path: '/things/{thing_id}/raw', status: 200, body: null },
}));

vi.mock('../../generated/mock-data.ts', async () => {
  const fixture = await import('../fixtures/liveavatar-2026-11/generated/mock-data.ts');
  return {
    mockLifecycle: fixture.mockLifecycle,
    mockOperations: [...Object.values(invented), ...fixture.mockOperations],
  };
});

const lifecycle = frozen.mockLifecycle as LifecycleRoutes;
const route = (role: LifecycleRole) => lifecycle.routes.find((candidate) => candidate.role === role)!;
const frozenOperation = (role: LifecycleRole) =>
  (frozen.mockOperations as readonly MockOperation[]).find(
    (operation) => operation.method === route(role).method && operation.path === route(role).path,
  )!;

// A path prefix with trailing slashes: handlers and `http` must both join it to the spec's paths.
const base = 'http://api.test/base//';
const joined = 'http://api.test/base';

const server = setupServer();
let createLiveAvatarHandlers: (typeof import('../../src/msw/handlers.ts'))['createLiveAvatarHandlers'];
beforeAll(async () => {
  // The workers share their module cache between files: another file may have loaded src/msw/handlers.ts with
  // the real generated data, so load it afresh here, where generated/mock-data.ts is mocked.
  vi.resetModules();
  ({ createLiveAvatarHandlers } = await import('../../src/msw/handlers.ts'));
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  // Drop the handlers built on the mocked data, so a later file in this worker loads the real ones.
  vi.resetModules();
});

function listen(baseUrl?: string) {
  const mock = createLiveAvatarHandlers(baseUrl === undefined ? {} : { baseUrl });
  server.use(...mock.handlers);
  return mock;
}

async function call(method: string, url: string, init: { body?: string; bearer?: string } = {}) {
  const response = await fetch(url, {
    method,
    headers: init.bearer === undefined ? {} : { authorization: `Bearer ${init.bearer}` },
    body: init.body,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

const json = (text: string) => JSON.parse(text) as { data: Record<string, string> | null };

describe('createLiveAvatarHandlers', () => {
  it('answers a literal path with its own operation, before a parameterised one listed first', async () => {
    listen(base);
    expect(json((await call('GET', `${joined}/things/public`)).text)).toEqual(invented.public.body);
    expect(json((await call('GET', `${joined}/things/42`)).text)).toEqual(invented.one.body);
  });

  it('answers with each operation’s own success status', async () => {
    listen(base);
    const created = await call('POST', `${joined}/things`);
    expect(created.status).toBe(invented.created.status);
    expect(json(created.text)).toEqual(invented.created.body);
  });

  it('answers an operation without a JSON example with no body and no JSON content type', async () => {
    listen(base);
    expect(await call('GET', `${joined}/things/7/raw`)).toEqual({ status: 200, type: null, text: '' });
  });

  it('listens at the client’s default base URL when given none', async () => {
    listen();
    expect(json((await call('GET', `${defaultServerUrl}/things/public`)).text)).toEqual(invented.public.body);
  });

  it('gives an `http` at the same base URL, whose handlers override the defaults', async () => {
    const mock = listen(base);
    // The typed `http` knows today's paths only; these invented ones go through a plain signature.
    const get = mock.http.get as unknown as (path: string, resolver: () => Response) => HttpHandler;
    server.use(get(invented.one.path, () => HttpResponse.json({ overridden: true })));
    expect(json((await call('GET', `${joined}/things/42`)).text)).toEqual({ overridden: true });
  });

  it('answers a lifecycle request the session model does not route (trailing slash) with the example', async () => {
    listen(base);
    const answer = await call('POST', `${joined}${route('token').path}/`, { body: '{}' });
    expect(answer.status).toBe(frozenOperation('token').status);
    expect(JSON.parse(answer.text)).toEqual(frozenOperation('token').body);
  });

  it('reads the JSON body: stop finds its session by the body’s session_id, without a bearer', async () => {
    const mock = listen(base);
    const token = json((await call('POST', `${joined}${route('token').path}`, { body: '{}' })).text).data!;
    await call('POST', `${joined}${route('start').path}`, { bearer: token.session_token! });
    const stop = await call('POST', `${joined}${route('stop').path}`, {
      body: JSON.stringify({ session_id: token.session_id }),
    });
    expect(stop.status).toBe(route('stop').successStatus);
    expect(mock.sessions()).toMatchObject([{ id: token.session_id, state: 'ended' }]);
  });

  it('treats a body that is not JSON as no body', async () => {
    const mock = listen(base);
    const token = await call('POST', `${joined}${route('token').path}`, { body: '{not json' });
    expect(token.status).toBe(route('token').successStatus);
    expect(mock.sessions()).toHaveLength(1);
  });
});
