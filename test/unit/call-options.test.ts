// How a call's own options are resolved: a per-call querySerializer, given as openapi-fetch's options or as a
// function, and a path the generated table does not know (an untyped caller), which gets no credential and whose
// JSON is returned as it came.
import { describe, expect, it } from 'vitest';
import { createFrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch } from './fake-fetch.ts';

const PAGE = { count: 0, next: null, previous: null, results: [] };
/** Query parameters the fixture does not declare, to show how lists are serialized. */
const TAGGED = { page: 2, tag: ['red', 'blue'] } as unknown as { page: number };

function frozenClient() {
  const { fetch, requests } = fakeFetch(envelope(PAGE));
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
  return { client, requests };
}

describe('a per-call querySerializer', () => {
  it('openapi-fetch serializer options: lists are serialized as they say', async () => {
    const { client, requests } = frozenClient();
    await client.GET('/v1/avatars/public', {
      params: { query: TAGGED },
      querySerializer: { array: { style: 'pipeDelimited', explode: false } },
    });
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/avatars/public?page=2&tag=red|blue`);
  });

  it('a function: its output is the query string', async () => {
    const { client, requests } = frozenClient();
    await client.GET('/v1/avatars/public', {
      params: { query: TAGGED },
      querySerializer: (query) => `q=${Object.keys(query).join('+')}`,
    });
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/avatars/public?q=page+tag`);
  });

  it('none: the default, one pair per list item', async () => {
    const { client, requests } = frozenClient();
    await client.GET('/v1/avatars/public', { params: { query: TAGGED } });
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/avatars/public?page=2&tag=red&tag=blue`);
  });
});

describe('a path the spec does not declare', () => {
  it('is sent without credentials, and its JSON body is returned as it came', async () => {
    const body = { anything: ['at', 'all'] };
    const { fetch, requests } = fakeFetch(Response.json(body));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const get = client.GET as unknown as (path: string) => Promise<unknown>;
    await expect(get('/v1/undeclared')).resolves.toEqual(body);
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/undeclared`);
    expect(requests[0]?.headers.has('x-api-key')).toBe(false);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });
});
