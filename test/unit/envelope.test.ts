import { describe, expect, it } from 'vitest';
import { createApiClient, ResponseParseError } from '../../src/index.ts';
import type { OperationTable } from '../../src/index.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, UUID } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const secretBody = { secret_name: 'n', secret_value: 'v', secret_type: 'OPENAI_API_KEY' } as const;

describe('2xx bodies: the envelope is unwrapped, HTTP status decides success', () => {
  it('resolves to data whether the envelope code is the spec default 100 or the web SDK 1000', async () => {
    for (const code of [100, 1000, 4242]) {
      const { fetch } = fakeFetch(envelope({ id: 'sec-1', secret_name: 'n' }, { code }));
      const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
      await expect(client.POST('/v1/secrets', { body: secretBody })).resolves.toEqual({
        id: 'sec-1',
        secret_name: 'n',
      });
    }
  });

  it('withResponse keeps status, headers, code, message, request id and attempts reachable', async () => {
    const { fetch } = fakeFetch(
      envelope(
        { session_id: 's' },
        { status: 201, code: 1000, message: 'created', headers: { 'x-request-id': 'req-7' } },
      ),
    );
    const client = createFrozenClient({ sessionToken: 'token-abcd', baseUrl: BASE_URL, fetch });
    const result = await client.withResponse.POST('/v1/sessions/start');
    expect(result).toMatchObject({
      data: { session_id: 's' },
      status: 201,
      code: 1000,
      message: 'created',
      requestId: 'req-7',
      attempts: 1,
    });
    expect(result.headers.get('x-request-id')).toBe('req-7');
  });

  it('204 resolves to undefined; null-only data resolves to null', async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 204 }), envelope(null));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await expect(
      client.DELETE('/v1/memory/{memory_id}', { params: { path: { memory_id: UUID } } }),
    ).resolves.toBeUndefined();
    await expect(
      client.DELETE('/v1/secrets/{secret_id}', { params: { path: { secret_id: UUID } } }),
    ).resolves.toBeNull();
  });

  it('data: null where the spec promises data is a ResponseParseError, not a silent null', async () => {
    const { fetch } = fakeFetch(envelope(null));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const error = await client.POST('/v1/secrets', { body: secretBody }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).message).toBe(
      'POST /v1/secrets: HTTP 200 envelope has data: null where the spec promises data (after 1 attempt)',
    );
  });

  it('non-envelope JSON passes through as the spec types it', async () => {
    const operationTable: OperationTable = {
      securitySchemes: {},
      operations: { 'GET /plain': ['', 'json'] },
    };
    const { fetch } = fakeFetch(Response.json([{ code: 1, data: 'not an envelope' }]));
    const client = createApiClient<Record<string, never>>(
      { operationTable, defaultServerUrl: BASE_URL },
      { fetch },
    );
    const call = client.GET as unknown as (path: string) => Promise<unknown>;
    await expect(call('/plain')).resolves.toEqual([{ code: 1, data: 'not an envelope' }]);
  });

  it('sends the JSON body and the path and query params where openapi-fetch puts them', async () => {
    const { fetch, requests } = fakeFetch(envelope({ count: 0, results: [] }));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: `${BASE_URL}/`, fetch });
    await client.GET('/v1/sessions', { params: { query: { type: 'active', page: 2, page_size: 5 } } });
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/sessions?type=active&page=2&page_size=5`);
    await client.PATCH('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: UUID } },
      body: { name: 'Ava' },
    });
    expect(requests[1]).toMatchObject({
      method: 'PATCH',
      url: `${BASE_URL}/v1/avatars/${UUID}`,
      body: '{"name":"Ava"}',
    });
    expect(requests[1]?.headers.get('content-type')).toBe('application/json');
  });
});
