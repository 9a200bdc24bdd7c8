import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedirectError } from '../../src/index.ts';
import { API_KEY, expectNoCredentialIn } from './support/credentials.ts';
import { envelope, reply, startFaultServer } from './support/fault-server.ts';
import type { FaultServer } from './support/fault-server.ts';
import { clientFor, EMPTY_AVATAR_PAGE, rejectionOf, useFaultServer } from './support/harness.ts';

const server = useFaultServer();

/** A second origin: it must never see a request, let alone a credential. */
let elsewhere: FaultServer;
beforeAll(async () => {
  elsewhere = await startFaultServer();
  elsewhere.otherwise(envelope({ stolen: true }));
});
afterAll(async () => {
  await elsewhere.close();
});

const SECRET_BODY = {
  secret_name: 'openai',
  secret_value: 'sk-test-value-123',
  secret_type: 'OPENAI_API_KEY',
} as const;
const redirect = (status: number, location: string) => reply(status, '', { location });

describe('same-origin redirects are followed, with credentials', () => {
  it.each([301, 302, 307, 308])('GET answered %i with a relative Location', async (status) => {
    server.current.script(redirect(status, '/v1/avatars?page=2'), envelope(EMPTY_AVATAR_PAGE));
    const result = await clientFor(server.current).withResponse.GET('/v1/avatars');
    expect(result).toMatchObject({ data: EMPTY_AVATAR_PAGE, attempts: 1 });
    expect(server.current.requests.map((request) => request.url)).toEqual([
      '/v1/avatars',
      '/v1/avatars?page=2',
    ]);
    expect(server.current.requests.map((request) => request.headers['x-api-key'])).toEqual([
      API_KEY,
      API_KEY,
    ]);
  });

  it('an absolute Location on the same origin', async () => {
    server.current.script(
      redirect(302, `${server.current.url}/v1/avatars?moved=1`),
      envelope(EMPTY_AVATAR_PAGE),
    );
    await expect(clientFor(server.current).GET('/v1/avatars')).resolves.toEqual(EMPTY_AVATAR_PAGE);
    expect(server.current.requests[1]?.headers['x-api-key']).toBe(API_KEY);
  });

  it.each([307, 308])('POST answered %i is re-sent with the same method and body', async (status) => {
    server.current.script(redirect(status, '/v1/secrets/moved'), envelope({ id: 'secret-1' }));
    await clientFor(server.current).POST('/v1/secrets', { body: SECRET_BODY });
    const [first, second] = server.current.requests;
    expect(second).toMatchObject({ method: 'POST', url: '/v1/secrets/moved' });
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true);
    expect(second?.headers['x-api-key']).toBe(API_KEY);
  });

  it('POST answered 303 continues as a GET without a body', async () => {
    server.current.script(redirect(303, '/v1/secrets/result'), envelope({ id: 'secret-1' }));
    await clientFor(server.current).POST('/v1/secrets', { body: SECRET_BODY });
    expect(server.current.requests[1]).toMatchObject({ method: 'GET', url: '/v1/secrets/result' });
    expect(server.current.requests[1]?.body).toHaveLength(0);
    expect(server.current.requests[1]?.headers['content-type']).toBeUndefined();
  });

  it('an unparseable Location is a RedirectError, not a retried network failure', async () => {
    server.current.otherwise(redirect(302, 'http://[not-an-address/'));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, targetOrigin: undefined, attempts: 1 });
    expect(server.current.requests).toHaveLength(1);
  });

  it('a redirect loop ends in a RedirectError', async () => {
    server.current.otherwise(redirect(302, '/v1/avatars'));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ attempts: 1 });
    expect((error as Error).message).toContain('after 1 attempt');
    expect(server.current.requests).toHaveLength(6);
  });
});

describe('a redirect to another origin is refused, so credentials never leave the configured origin', () => {
  it.each([301, 302, 303, 307, 308])('GET answered %i to another origin', async (status) => {
    server.current.script(redirect(status, `${elsewhere.url}/v1/avatars`));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status, targetOrigin: elsewhere.origin, attempts: 1 });
    expect((error as Error).message).toContain('after 1 attempt');
    expect(elsewhere.requests).toHaveLength(0);
    // A redirect is an answer, not a transient failure: it is not retried.
    expect(server.current.requests).toHaveLength(1);
    expectNoCredentialIn(error);
  });

  it('POST to another origin, with a session token', async () => {
    server.current.script(redirect(307, `${elsewhere.url}/v1/sessions/start`));
    const client = clientFor(server.current, {
      apiKey: undefined,
      sessionToken: 'la-test-session-token-8b6d4f2a0c1e',
    });
    const error = await rejectionOf(client.POST('/v1/sessions/start'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(elsewhere.requests).toHaveLength(0);
    expectNoCredentialIn(error);
  });

  it('the same host under another name (localhost vs 127.0.0.1) is another origin', async () => {
    const port = new URL(server.current.url).port;
    server.current.script(redirect(302, `http://localhost:${port}/v1/avatars`));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toMatchObject({ name: 'RedirectError', targetOrigin: `http://localhost:${port}` });
    expect(server.current.requests).toHaveLength(1);
  });

  it('a hop through the same origin first is still stopped at the origin boundary', async () => {
    server.current.script(redirect(302, '/v1/avatars/hop'), redirect(302, `${elsewhere.url}/collect`));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(server.current.requests).toHaveLength(2);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('a Location carrying the credential keeps only the target origin in the error', async () => {
    server.current.script(redirect(302, `${elsewhere.url}/collect?key=${API_KEY}`));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toMatchObject({ targetOrigin: elsewhere.origin });
    expectNoCredentialIn(error);
  });
});
