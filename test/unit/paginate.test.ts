import { describe, expect, it } from 'vitest';
import { MAX_PAGES } from '../../src/options.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch } from './fake-fetch.ts';
import type { RecordedRequest } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const pageParam = (request: RecordedRequest) => Number(new URL(request.url).searchParams.get('page'));

describe('client.paginate walks page/page_size listings and always stops', () => {
  it('yields every item across pages and stops when next is gone', async () => {
    const { fetch, requests } = fakeFetch((request) => {
      const page = pageParam(request);
      return envelope({
        count: 5,
        next: page < 3 ? `${BASE_URL}/v1/avatars?page=${page + 1}` : undefined,
        previous: undefined,
        results: page < 3 ? [{ id: `a${page}-1` }, { id: `a${page}-2` }] : [{ id: 'a3-1' }],
      });
    });
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const ids: string[] = [];
    for await (const avatar of client.paginate('/v1/avatars', { params: { query: { page_size: 2 } } }))
      ids.push(avatar.id);
    expect(ids).toEqual(['a1-1', 'a1-2', 'a2-1', 'a2-2', 'a3-1']);
    expect(requests.map((request) => new URL(request.url).search)).toEqual([
      '?page_size=2&page=1',
      '?page_size=2&page=2',
      '?page_size=2&page=3',
    ]);
  });

  it('stops once count items were seen, or on an empty page, even if next keeps pointing on', async () => {
    const counted = fakeFetch(envelope({ count: 2, next: 'more', results: [{ id: 'x' }, { id: 'y' }] }));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: counted.fetch });
    const all = [];
    for await (const voice of client.paginate('/v1/voices')) all.push(voice);
    expect(all).toHaveLength(2);
    expect(counted.requests).toHaveLength(1);

    const empty = fakeFetch(envelope({ count: 100, next: 'more', results: [] }));
    const second = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: empty.fetch });
    const fromEmptyPage = [];
    for await (const item of second.paginate('/v1/contexts')) fromEmptyPage.push(item);
    expect(fromEmptyPage).toEqual([]);
    expect(empty.requests).toHaveLength(1);
  });

  it('gives up after MAX_PAGES pages when a server never ends', async () => {
    const { fetch, requests } = fakeFetch(
      envelope({ count: Number.MAX_SAFE_INTEGER, next: 'again', results: [{ id: 'same' }] }),
    );
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    let seen = 0;
    for await (const avatar of client.paginate('/v1/avatars/public')) seen += avatar.id === 'same' ? 1 : 0;
    expect(seen).toBe(MAX_PAGES);
    expect(requests).toHaveLength(MAX_PAGES);
  });
});
