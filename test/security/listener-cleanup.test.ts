// A caller's AbortSignal may outlive many calls (one per page, per component): each call removes what it added.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { envelope, fakeFetch } from '../unit/fake-fetch.ts';
import { GUARD_API_KEY, guardClient } from './support/guard-api.ts';

const BASE_URL = 'https://api.guard.test';
const THING = { id: 'thing-1' };

describe('abort listeners on a shared signal', () => {
  it('are all removed once calls succeed, fail, and retry after a wait', async () => {
    const { fetch, requests } = fakeFetch(
      envelope(THING),
      new Response('{"title":"gone","status":404}', { status: 404 }),
      new Response('busy', { status: 503, headers: { 'retry-after-ms': '1' } }),
      envelope(THING),
    );
    const client = guardClient({ apiKey: GUARD_API_KEY, baseUrl: BASE_URL, fetch });
    const { signal } = new AbortController();
    await client.GET('/key-only', { signal });
    await expect(client.GET('/key-only', { signal })).rejects.toMatchObject({ status: 404 });
    await expect(client.GET('/key-only', { signal })).resolves.toEqual(THING);
    expect(requests).toHaveLength(4);
    expect(getEventListeners(signal, 'abort')).toEqual([]);
  });
});
