// How the headers of a request are composed, as openapi-fetch composes them: a JSON content-type only when there is
// a JSON body, then the client's headers, the call's, the credentials and the call's header parameters, each in
// any HeadersInit form or as a record whose values may be numbers, lists (appended), null (removes) or undefined
// (skipped). Header names are case-insensitive throughout.
import { describe, expect, it } from 'vitest';
import { createFrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, UUID } from './fake-fetch.ts';

const AVATAR = { avatar_id: UUID, name: 'Ada' };

function clientWithHeaders(headers?: Record<string, string>) {
  const { fetch, requests } = fakeFetch(envelope(AVATAR));
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, headers });
  return { client, requests };
}

/** A call's headers in openapi-fetch's wider form (numbers, lists, null), which HeadersInit does not type. */
const loose = (headers: Record<string, unknown>) => headers as unknown as HeadersInit;

describe('header sources in every form openapi-fetch accepts', () => {
  it('a Headers object and a list of pairs, repeated names joined', async () => {
    const pairs: [string, string][] = [
      ['x-tag', 'a'],
      ['x-tag', 'b'],
    ];
    const { client, requests } = clientWithHeaders({ 'x-client': 'sdk-demo' });
    for (const headers of [new Headers(pairs), pairs]) {
      await client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } }, headers });
    }
    for (const sent of requests.map((request) => request.headers)) {
      expect([...sent.keys()].sort()).toEqual(['x-api-key', 'x-client', 'x-tag']);
      expect(sent.get('x-client')).toBe('sdk-demo');
      expect(sent.get('x-tag')).toBe('a, b');
      expect(sent.get('x-api-key')).toBe(API_KEY);
    }
    expect(requests).toHaveLength(2);
  });

  it('record values: a number is sent as text, a list appends to what earlier sources set', async () => {
    const { client, requests } = clientWithHeaders({ 'X-Tag': 'client' });
    await client.GET('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: UUID } },
      headers: loose({ 'x-tag': ['call-1', 'call-2'], 'x-retry-budget': 3 }),
    });
    const sent = requests[0]?.headers;
    expect(sent?.get('x-tag')).toBe('client, call-1, call-2');
    expect(sent?.get('x-retry-budget')).toBe('3');
  });

  it('a list on a header no earlier source set is its items joined', async () => {
    const { client, requests } = clientWithHeaders();
    await client.GET('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: UUID } },
      headers: loose({ accept: ['application/json', 'text/plain'] }),
    });
    expect(requests[0]?.headers.get('accept')).toBe('application/json, text/plain');
  });

  it('null removes a header an earlier source set; undefined leaves it alone', async () => {
    const { client, requests } = clientWithHeaders({ 'x-client': 'sdk-demo', 'x-region': 'eu' });
    await client.GET('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: UUID } },
      headers: loose({ 'X-Client': null, 'x-region': undefined }),
    });
    const sent = requests[0]?.headers;
    expect(sent?.has('x-client')).toBe(false);
    expect(sent?.get('x-region')).toBe('eu');
  });

  it('a later source replaces an earlier one whatever the case of the name', async () => {
    const { client, requests } = clientWithHeaders({ 'X-Region': 'eu' });
    await client.GET('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: UUID } },
      headers: { 'x-REGION': 'us' },
    });
    expect(requests[0]?.headers.get('x-region')).toBe('us');
  });
});

describe('the JSON content-type', () => {
  it('is sent with a JSON body, and a call may replace it', async () => {
    const { client, requests } = clientWithHeaders();
    const patch = (headers?: HeadersInit) =>
      client.PATCH('/v1/avatars/{avatar_id}', {
        params: { path: { avatar_id: UUID } },
        body: { name: 'Renamed' },
        headers,
      });
    await patch();
    await patch({ 'Content-Type': 'application/merge-patch+json' });
    expect(requests.map((request) => request.headers.get('content-type'))).toEqual([
      'application/json',
      'application/merge-patch+json',
    ]);
  });

  it('is not sent without a body', async () => {
    const { client, requests } = clientWithHeaders();
    await client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } } });
    expect(requests[0]?.headers.has('content-type')).toBe(false);
    expect(requests[0]?.body).toBeUndefined();
  });
});
