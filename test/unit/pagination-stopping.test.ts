// client.paginate: where it starts, when it stops, and what a listing page must look like. Each test answers in
// memory with a handful of pages (the MAX_PAGES bound itself: paginate.test.ts).
import { describe, expect, it } from 'vitest';
import { createApiClient, ResponseParseError } from '../../src/index.ts';
import type { OperationTable } from '../../src/index.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch } from './fake-fetch.ts';
import type { Answer, RecordedRequest } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const pageOf = (request: RecordedRequest) => Number(new URL(request.url).searchParams.get('page'));

/** Lists /v1/voices against the scripted pages; returns the ids yielded and the pages asked for. */
async function listVoices(
  pages: (page: number) => unknown,
  init?: { params?: { query?: { page?: number; page_size?: number } }; timeout?: number },
): Promise<{ ids: unknown[]; pagesAsked: number[] }> {
  const { fetch, requests } = fakeFetch((request) => envelope(pages(pageOf(request))));
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
  const ids: unknown[] = [];
  for await (const voice of client.paginate('/v1/voices', init)) ids.push((voice as { id: unknown }).id);
  return { ids, pagesAsked: requests.map(pageOf) };
}

/** Two pages of one voice each, with `count` as given and a next link on the first page only. */
const twoPagesCounting = (count: unknown) => (page: number) => ({
  count,
  next: page === 1 ? 'page-2' : null,
  results: [{ id: `v${page}` }],
});

describe('where pagination starts', () => {
  it('at the page the caller asks for, keeping the other query params', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      envelope({ count: 10, next: pageOf(request) < 4 ? 'more' : null, results: [{ id: pageOf(request) }] }),
    );
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const ids: unknown[] = [];
    for await (const voice of client.paginate('/v1/voices', { params: { query: { page: 3, page_size: 1 } } }))
      ids.push(voice.id);
    expect(ids).toEqual([3, 4]);
    expect(requests.map((request) => new URL(request.url).search)).toEqual([
      '?page=3&page_size=1',
      '?page=4&page_size=1',
    ]);
  });

  it('at page 1 when the caller passes options without params', async () => {
    const { ids, pagesAsked } = await listVoices(twoPagesCounting(2), { timeout: 5_000 });
    expect(ids).toEqual(['v1', 'v2']);
    expect(pagesAsked).toEqual([1, 2]);
  });
});

describe('when pagination stops', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', '1'],
  ])('a count that is %s is no limit: next decides', async (_label, count) => {
    const { ids, pagesAsked } = await listVoices(twoPagesCounting(count));
    expect(ids).toEqual(['v1', 'v2']);
    expect(pagesAsked).toEqual([1, 2]);
  });

  it('a numeric count ends it even while next still points on', async () => {
    const { ids, pagesAsked } = await listVoices(twoPagesCounting(1));
    expect(ids).toEqual(['v1']);
    expect(pagesAsked).toEqual([1]);
  });
});

describe('a listing page that is not {count, next, previous, results}', () => {
  it.each([
    ['an object without results', { count: 1, next: null }],
    ['results that are not an array', { count: 1, results: { id: 'v1' } }],
    ['a bare array', [{ id: 'v1' }]],
    ['a string', 'v1'],
  ])('%s is a ResponseParseError', async (_label, data) => {
    const { fetch } = fakeFetch(envelope(data));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const error = await client
      .paginate('/v1/voices', { params: { query: { page: 2 } } })
      .next()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({
      message: 'GET /v1/voices: page 2 is not {count, next, previous, results}',
      operation: { method: 'GET', path: '/v1/voices' },
      status: 200,
      contentType: 'application/json',
    });
  });

  it('null from an operation that answers plain JSON is a ResponseParseError too', async () => {
    const operationTable: OperationTable = {
      securitySchemes: {},
      operations: { 'GET /plain': ['', 'json'] },
    };
    const answer: Answer = Response.json(null);
    const client = createApiClient<Record<string, never>>(
      { operationTable, defaultServerUrl: BASE_URL },
      { fetch: fakeFetch(answer).fetch },
    );
    const plain = client as unknown as { paginate: (path: string) => AsyncGenerator };
    const error = await plain
      .paginate('/plain')
      .next()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toBe('GET /plain: page 1 is not {count, next, previous, results}');
  });
});
