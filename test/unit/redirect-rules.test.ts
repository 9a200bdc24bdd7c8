// The rules the client applies to a redirect, seen through a scripted fetch: which method, headers and body the
// next hop sends (as fetch would: 303, and 301/302 after a POST, become a bodiless GET), the message of every
// RedirectError, and the browser's opaque redirect, which hides status and Location and so is refused.
import { describe, expect, it } from 'vitest';
import { RedirectError } from '../../src/index.ts';
import { createFrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, UUID } from './fake-fetch.ts';
import { errorOf } from '../support/rejection.ts';
import type { Answer } from './fake-fetch.ts';

const SECRET = { secret_name: 'vault', secret_value: 'v', secret_type: 'OPENAI_API_KEY' } as const;
const RENAME = { name: 'Renamed' };
const TRACE = 'trace-7f3a';

const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } });

function clientAnswering(...answers: Answer[]) {
  const { fetch, requests } = fakeFetch(...answers);
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 0 });
  return { client, requests };
}

const postSecret = (client: ReturnType<typeof createFrozenClient>) =>
  client.POST('/v1/secrets', { body: SECRET, headers: { 'x-trace': TRACE } });

const renameAvatar = (client: ReturnType<typeof createFrozenClient>) =>
  client.PATCH('/v1/avatars/{avatar_id}', {
    params: { path: { avatar_id: UUID } },
    body: RENAME,
    headers: { 'x-trace': TRACE },
  });

describe('what the next hop sends after a same-origin redirect', () => {
  it.each([301, 302, 303])(
    'POST answered %i continues as a GET: no body, no content-type, credential and other headers kept',
    async (status) => {
      const { client, requests } = clientAnswering(
        redirect(status, '/v1/secrets/moved'),
        envelope({ id: 's' }),
      );
      await expect(postSecret(client)).resolves.toEqual({ id: 's' });
      expect(requests.map((request) => [request.method, request.url])).toEqual([
        ['POST', `${BASE_URL}/v1/secrets`],
        ['GET', `${BASE_URL}/v1/secrets/moved`],
      ]);
      const [first, second] = requests;
      expect(first?.body).toBe(JSON.stringify(SECRET));
      expect(first?.headers.get('content-type')).toBe('application/json');
      expect(second?.body).toBeUndefined();
      expect(second?.headers.has('content-type')).toBe(false);
      expect(second?.headers.get('x-api-key')).toBe(API_KEY);
      expect(second?.headers.get('x-trace')).toBe(TRACE);
    },
  );

  it.each([301, 302, 307, 308])(
    'PATCH answered %i is re-sent as a PATCH with its body: only POST is rewritten on 301/302',
    async (status) => {
      const { client, requests } = clientAnswering(
        redirect(status, `/v1/avatars/${UUID}/moved`),
        envelope({}),
      );
      await renameAvatar(client);
      const second = requests[1];
      expect(second).toMatchObject({ method: 'PATCH', url: `${BASE_URL}/v1/avatars/${UUID}/moved` });
      expect(second?.body).toBe(JSON.stringify(RENAME));
      expect(second?.headers.get('content-type')).toBe('application/json');
      expect(second?.headers.get('x-api-key')).toBe(API_KEY);
    },
  );

  it('PATCH answered 303 continues as a GET without a body', async () => {
    const { client, requests } = clientAnswering(redirect(303, `/v1/avatars/${UUID}`), envelope({}));
    await renameAvatar(client);
    expect(requests[1]).toMatchObject({
      method: 'GET',
      url: `${BASE_URL}/v1/avatars/${UUID}`,
      body: undefined,
    });
    expect(requests[1]?.headers.has('content-type')).toBe(false);
    expect(requests[1]?.headers.get('x-api-key')).toBe(API_KEY);
  });

  it.each([307, 308])('POST answered %i is re-sent as a POST with the same body', async (status) => {
    const { client, requests } = clientAnswering(
      redirect(status, '/v1/secrets/moved'),
      envelope({ id: 's' }),
    );
    await postSecret(client);
    expect(requests[1]).toMatchObject({ method: 'POST', body: JSON.stringify(SECRET) });
    expect(requests[1]?.headers.get('content-type')).toBe('application/json');
  });

  it('a GET after a rewritten hop stays a GET on the next redirect', async () => {
    const { client, requests } = clientAnswering(
      redirect(303, '/v1/secrets/step'),
      redirect(307, '/v1/secrets/done'),
      envelope({ id: 's' }),
    );
    await postSecret(client);
    expect(requests.map((request) => [request.method, request.body])).toEqual([
      ['POST', JSON.stringify(SECRET)],
      ['GET', undefined],
      ['GET', undefined],
    ]);
  });
});

describe('what a refused redirect tells the caller', () => {
  it('an unparseable Location', async () => {
    const { client } = clientAnswering(redirect(302, 'http://[not-an-address/'));
    const error = await errorOf(client.GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toBe(
      'GET /v1/avatars was redirected (HTTP 302) to an invalid Location (after 1 attempt)',
    );
  });

  it('another origin: the message names both origins', async () => {
    const { client, requests } = clientAnswering(
      redirect(308, 'https://collector.example.net/v1/avatars?x=1'),
    );
    const error = await errorOf(client.GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toBe(
      'GET /v1/avatars was redirected (HTTP 308) to another origin, https://collector.example.net; ' +
        `not followed so credentials stay with ${BASE_URL} (after 1 attempt)`,
    );
    expect(requests).toHaveLength(1);
  });

  it('a redirect loop: the message says how many redirects were followed', async () => {
    const { client, requests } = clientAnswering(redirect(302, '/v1/avatars'));
    const error = await errorOf(client.GET('/v1/avatars'));
    expect(error).toMatchObject({ name: 'RedirectError', status: 302, targetOrigin: BASE_URL });
    expect(error.message).toBe('GET /v1/avatars was redirected more than 5 times (after 1 attempt)');
    expect(requests).toHaveLength(6);
  });
});

describe("a browser's opaque redirect is refused", () => {
  /** What a browser's fetch gives for `redirect: 'manual'`: status 0, no headers, type 'opaqueredirect'. */
  const opaqueRedirect = () => {
    const response = new Response(null, { status: 200 });
    Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
    return response;
  };

  it('RedirectError with status 0 and no target, sent once and not retried', async () => {
    const { fetch, requests } = fakeFetch(opaqueRedirect, envelope({ id: 's' }));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 2 });
    const error = await errorOf(postSecret(client));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 0, targetOrigin: undefined, attempts: 1 });
    expect(error.message).toBe(
      'POST /v1/secrets was redirected, and browsers hide where to (after 1 attempt)',
    );
    expect(requests).toHaveLength(1);
  });
});
