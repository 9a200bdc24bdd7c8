// client.use / client.eject with openapi-fetch's Middleware objects, against the fault-injection server. The
// client is built from the frozen mini-api fixture (test/fixtures/mini-api), so nothing here names an operation
// of today's LiveAvatar spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createApiClient, LiveAvatarError, MiddlewareError } from '../../src/index.ts';
import type { ClientOptions, Middleware } from '../../src/index.ts';
import { defaultServerUrl, operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';
import type { paths } from '../fixtures/mini-api/generated/schema.d.ts';
import { API_KEY, CREDENTIALS, expectNoCredentialIn, SESSION_TOKEN } from './support/credentials.ts';
import { fakeClientTimers, runSkippingBackoff } from './support/fake-clock.ts';
import { envelope, jsonReply, reply, startFaultServer } from './support/fault-server.ts';
import type { FaultServer } from './support/fault-server.ts';
import { recordingLogger, rejectionOf, useFaultServer } from './support/harness.ts';

const server = useFaultServer();

/** Another origin: it must never see a request. */
let elsewhere: FaultServer;
beforeAll(async () => {
  elsewhere = await startFaultServer();
});
afterAll(async () => {
  await elsewhere.close();
});

/** The header the fixture's API-key scheme names, as the server sees it (lower case). */
const KEY_HEADER = operationTable.securitySchemes.MiniKey.name.toLowerCase();
const WIDGET = { id: 'widget-1', name: 'Sprocket', tags: ['red'] };
const NEW_WIDGET = { name: 'Sprocket', tags: ['red' as const], owner: { id: 'owner-1' } };
/** Asks the client to retry at once, so the test does not sleep through backoff. */
const busy = () => jsonReply(503, { code: 503, data: null, message: 'busy' }, { 'retry-after-ms': '1' });

function miniClient(options: ClientOptions = {}) {
  return createApiClient<paths>(
    { operationTable, defaultServerUrl },
    { apiKey: API_KEY, baseUrl: server.current.url, ...options },
  );
}

const getWidget = (client: ReturnType<typeof miniClient>, maxRetries?: number) =>
  client.GET('/widgets/{widget_id}', { params: { path: { widget_id: 'widget-1' } }, maxRetries });

/** A middleware that stamps a trace header on every request and records every response it sees. */
function tracing() {
  /** The credential headers each onRequest saw. */
  const seen: { apiKey: string | null; authorization: string | null }[] = [];
  const statuses: number[] = [];
  let count = 0;
  const middleware: Middleware = {
    onRequest({ request }) {
      count++;
      seen.push({
        apiKey: request.headers.get(KEY_HEADER),
        authorization: request.headers.get('authorization'),
      });
      const traced = new Request(request);
      traced.headers.set('traceparent', `00-trace-${count}-01`);
      return traced;
    },
    onResponse({ response }) {
      statuses.push(response.status);
    },
  };
  return { middleware, seen, statuses };
}

describe('middleware runs once per attempt, inside the retries', () => {
  it('a header set in onRequest reaches the server on each of 3 attempts (503, 503, 200)', async () => {
    server.current.script(busy(), busy(), envelope(WIDGET));
    const client = miniClient();
    const { middleware, statuses } = tracing();
    client.use(middleware);
    const details = await client.withResponse.GET('/widgets/{widget_id}', {
      params: { path: { widget_id: 'widget-1' } },
    });
    expect(details).toMatchObject({ data: WIDGET, attempts: 3 });
    expect(server.current.requests.map((request) => request.headers.traceparent)).toEqual([
      '00-trace-1-01',
      '00-trace-2-01',
      '00-trace-3-01',
    ]);
    // onResponse sees every attempt's response, not only the last.
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('the credential is the client’s: added after onRequest, never visible to it, always sent', async () => {
    server.current.script(envelope(WIDGET));
    const client = miniClient();
    const { middleware, seen } = tracing();
    client.use(middleware);
    await getWidget(client);
    expect(seen).toEqual([{ apiKey: null, authorization: null }]);
    expect(server.current.requests[0]?.headers[KEY_HEADER]).toBe(API_KEY);
  });

  it('runs onRequest in registration order and onResponse in reverse, as openapi-fetch does', async () => {
    server.current.script(envelope(WIDGET));
    const order: string[] = [];
    const named = (name: string): Middleware => ({
      onRequest: () => void order.push(`${name}.onRequest`),
      onResponse: () => void order.push(`${name}.onResponse`),
    });
    const client = miniClient();
    client.use(named('first'), named('second'));
    await getWidget(client);
    expect(order).toEqual(['first.onRequest', 'second.onRequest', 'second.onResponse', 'first.onResponse']);
  });

  it('eject stops a middleware: the next call is sent without its header', async () => {
    server.current.script(envelope(WIDGET), envelope(WIDGET));
    const client = miniClient();
    const { middleware, statuses } = tracing();
    client.use(middleware);
    await getWidget(client);
    client.eject(middleware);
    await getWidget(client);
    expect(server.current.requests.map((request) => request.headers.traceparent)).toEqual([
      '00-trace-1-01',
      undefined,
    ]);
    expect(statuses).toEqual([200]);
  });
});

describe('the Request onRequest returns is what is sent', () => {
  it('its URL, method, headers and body, with the credentials added and the body re-sent on a 307', async () => {
    server.current.script(reply(307, '', { location: '/widgets/moved' }), jsonReply(202, { job: 'job-1' }));
    const client = miniClient({ sessionToken: SESSION_TOKEN });
    client.use({
      async onRequest({ request }) {
        const body = JSON.stringify({ ...(await request.json()), signed: true });
        const headers = new Headers(request.headers);
        headers.set('x-signature', `sig-${body.length}`);
        return new Request(`${request.url}?signed=1`, { method: request.method, headers, body });
      },
    });
    await expect(client.POST('/widgets', { body: NEW_WIDGET })).resolves.toEqual({ job: 'job-1' });
    const [first, second] = server.current.requests;
    expect(first).toMatchObject({ method: 'POST', url: '/widgets?signed=1' });
    expect(JSON.parse(first?.body.toString() ?? '')).toEqual({ ...NEW_WIDGET, signed: true });
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true);
    for (const request of [first, second]) {
      expect(request?.headers['x-signature']).toMatch(/^sig-\d+$/);
      expect(request?.headers[KEY_HEADER]).toBe(API_KEY);
      expect(request?.headers.authorization).toBe(`Bearer ${SESSION_TOKEN}`);
    }
  });

  it('a request changed in place (a signature over a clone of its body) is sent with its body', async () => {
    server.current.script(jsonReply(202, { job: 'job-2' }));
    const client = miniClient({ sessionToken: SESSION_TOKEN });
    client.use({
      async onRequest({ request }) {
        const body = await request.clone().text();
        request.headers.set('x-signature', `sig-${body.length}`);
      },
    });
    await client.POST('/widgets', { body: NEW_WIDGET });
    const [sent] = server.current.requests;
    expect(JSON.parse(sent?.body.toString() ?? '')).toEqual(NEW_WIDGET);
    expect(sent?.headers['x-signature']).toBe(`sig-${sent?.body.length ?? -1}`);
    expect(sent?.headers['content-type']).toBe('application/json');
  });

  it('a multipart body keeps the boundary the Request gave it', async () => {
    server.current.script(jsonReply(202, { job: 'job-3' }));
    const client = miniClient({ sessionToken: SESSION_TOKEN });
    client.use({
      onRequest({ request }) {
        request.headers.set('x-traced', '1');
      },
    });
    const form = new FormData();
    form.append('name', 'Sprocket');
    // The fixture declares a JSON body; FormData is what openapi-fetch sends as multipart, whatever the spec says.
    await client.POST('/widgets', { body: form as unknown as typeof NEW_WIDGET });
    const [sent] = server.current.requests;
    const received = await new Response(new Uint8Array(sent?.body ?? Buffer.alloc(0)), {
      headers: { 'content-type': String(sent?.headers['content-type']) },
    }).formData();
    expect(received.get('name')).toBe('Sprocket');
    expect(sent?.headers['x-traced']).toBe('1');
  });

  it('a request rewritten to another origin is not sent: MiddlewareError, and that origin sees nothing', async () => {
    const client = miniClient();
    client.use({
      onRequest: ({ request }) => new Request(request.url.replace(server.current.url, elsewhere.url)),
    });
    const error = await rejectionOf(getWidget(client));
    expect(error).toBeInstanceOf(MiddlewareError);
    expect(error).toMatchObject({ hook: 'onRequest', attempts: 0 });
    expect((error as Error).message).toContain(`another origin, ${elsewhere.origin}`);
    expect(elsewhere.requests).toHaveLength(0);
    expect(server.current.requests).toHaveLength(0);
  });

  it('a Response returned by onRequest is the answer: nothing is sent, and it is decoded as usual', async () => {
    const client = miniClient();
    client.use({ onRequest: () => Response.json({ code: 1000, data: WIDGET, message: 'cached' }) });
    await expect(getWidget(client)).resolves.toEqual(WIDGET);
    expect(server.current.requests).toHaveLength(0);
  });
});

describe('onError and onResponse', () => {
  it('onError sees a connection failure and may answer for it', async () => {
    server.current.script({ kind: 'close-without-answer' });
    const errors: unknown[] = [];
    const client = miniClient();
    client.use({
      onError({ error }) {
        errors.push(error);
        return Response.json({ code: 1000, data: WIDGET, message: 'from cache' });
      },
    });
    await expect(getWidget(client, 0)).resolves.toEqual(WIDGET);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(Error);
  });

  it('an error onError does not recover is classified and retried by the client', async () => {
    server.current.script({ kind: 'close-without-answer' }, envelope(WIDGET));
    const seen: string[] = [];
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const client = miniClient({ logger });
    client.use({ onError: ({ error }) => void seen.push((error as Error).name) });
    const { outcome } = await runSkippingBackoff(getWidget(client), lines);
    expect(outcome).toEqual({ ok: true, value: WIDGET });
    expect(seen).toEqual(['TypeError']);
    expect(lines.map((line) => [line.message, line.fields.error])).toEqual([
      ['retrying', 'ConnectionError'],
      ['request succeeded', undefined],
    ]);
  });

  it('an onResponse that reads the body without cloning it is a MiddlewareError, not a broken read', async () => {
    server.current.script(envelope(WIDGET));
    const client = miniClient();
    client.use({
      async onResponse({ response }) {
        await response.text();
      },
    });
    const error = await rejectionOf(getWidget(client));
    expect(error).toMatchObject({ name: 'MiddlewareError', hook: 'onResponse', attempts: 1 });
    expect(server.current.requests).toHaveLength(1);
  });
});

describe('the timeout and the caller’s signal are the client’s, around the hooks', () => {
  const never = () => new Promise<never>(() => undefined);

  it('a hook that never settles ends in TimeoutError when the attempt’s time is up', async () => {
    const client = miniClient();
    client.use({ onRequest: never });
    const error = await rejectionOf(
      client.GET('/widgets/{widget_id}', {
        params: { path: { widget_id: 'w' } },
        timeout: 200,
        maxRetries: 0,
      }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 200, attempts: 1 });
    expect(server.current.requests).toHaveLength(0);
  });

  it('aborting the call while a hook hangs ends it at once with AbortError', async () => {
    server.current.script(envelope(WIDGET));
    const controller = new AbortController();
    const client = miniClient();
    client.use({
      onResponse: () => {
        controller.abort();
        return never();
      },
    });
    const error = await rejectionOf(
      client.GET('/widgets/{widget_id}', { params: { path: { widget_id: 'w' } }, signal: controller.signal }),
    );
    expect(error).toMatchObject({ name: 'AbortError', attempts: 1 });
  });
});

describe('a middleware that throws', () => {
  it.each(['onRequest', 'onResponse', 'onError'] as const)(
    '%s: MiddlewareError, not retried, with no credential in any rendering',
    async (hook) => {
      server.current.script(hook === 'onError' ? { kind: 'close-without-answer' } : busy());
      const client = miniClient({ sessionToken: () => SESSION_TOKEN });
      client.use({
        [hook]: () => {
          // A middleware may know the credentials from elsewhere; they must not reach the error anyway.
          throw new TypeError(`signing failed for ${API_KEY} / ${SESSION_TOKEN}`, {
            cause: new Error(`inner ${API_KEY}`),
          });
        },
      } as unknown as Middleware);
      const error = await rejectionOf(getWidget(client));
      expect(error).toBeInstanceOf(MiddlewareError);
      expect(error).toBeInstanceOf(LiveAvatarError);
      expect(error).toMatchObject({
        name: 'MiddlewareError',
        hook,
        operation: { method: 'GET', path: '/widgets/{widget_id}' },
        attempts: hook === 'onRequest' ? 0 : 1,
      });
      expect((error as Error).message).toContain(`middleware ${hook} threw TypeError: signing failed for`);
      expect((error as Error).cause).toMatchObject({ name: 'TypeError' });
      expect(server.current.requests).toHaveLength(hook === 'onRequest' ? 0 : 1);
      expectNoCredentialIn(error);
      const rendered = JSON.stringify(error) + String((error as Error).cause);
      for (const secret of CREDENTIALS) expect(rendered).not.toContain(secret);
    },
  );

  it('a hook returning something it may not return is a MiddlewareError too', async () => {
    const client = miniClient();
    client.use({ onRequest: () => 'not a request' as unknown as Request });
    const error = await rejectionOf(getWidget(client));
    expect(error).toMatchObject({ name: 'MiddlewareError', hook: 'onRequest' });
    expect((error as Error).message).toContain('middleware onRequest returned a value it may not return');
  });
});

describe('use() checks what it is given', () => {
  it('rejects something that is not a middleware with ConfigurationError, and skips falsy entries', () => {
    const client = miniClient();
    expect(() => {
      client.use({} as Middleware);
    }).toThrow(ConfigurationError);
    expect(() => {
      client.use(undefined as unknown as Middleware);
    }).not.toThrow();
  });
});
