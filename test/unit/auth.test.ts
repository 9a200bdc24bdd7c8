import { describe, expect, it, vi } from 'vitest';
import { createApiClient, MissingCredentialError } from '../../src/index.ts';
import type { OperationTable } from '../../src/index.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, SESSION_TOKEN, UUID } from './fake-fetch.ts';
import { createFrozenClient, frozenGenerated } from '../support/frozen-api.ts';
import type { FrozenPaths } from '../support/frozen-api.ts';
import { createRawApiClient } from '../../src/raw.ts';

const secret = { secret_name: 'n', secret_value: 'v', secret_type: 'OPENAI_API_KEY' } as const;

describe('credentials per operation, from the spec security metadata', () => {
  it('APIKeyHeader operations send the API key in the header the spec names, and nothing else', async () => {
    const { fetch, requests } = fakeFetch(envelope({ id: 'i', secret_name: 'n' }));
    const client = createFrozenClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    await client.POST('/v1/secrets', { body: secret });
    expect(requests[0]?.headers.get('x-api-key')).toBe(API_KEY);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('HTTPBearer-only operations send the session token as a bearer token, never the API key', async () => {
    const { fetch, requests } = fakeFetch(envelope({ session_id: 's' }, { status: 201 }));
    const client = createFrozenClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    await client.POST('/v1/sessions/start');
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${SESSION_TOKEN}`);
    expect(requests[0]?.headers.has('x-api-key')).toBe(false);
  });

  it('operations accepting either scheme use what the client has, API key first', async () => {
    const body = { session_id: UUID };
    const answer = envelope(null);
    const both = fakeFetch(answer);
    await createFrozenClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch: both.fetch,
    }).POST('/v1/sessions/stop', { body });
    expect(both.requests[0]?.headers.get('x-api-key')).toBe(API_KEY);
    expect(both.requests[0]?.headers.has('authorization')).toBe(false);

    const tokenOnly = fakeFetch(answer);
    await createFrozenClient({
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch: tokenOnly.fetch,
    }).POST('/v1/sessions/keep-alive', { body });
    expect(tokenOnly.requests[0]?.headers.get('authorization')).toBe(`Bearer ${SESSION_TOKEN}`);
    expect(tokenOnly.requests[0]?.headers.has('x-api-key')).toBe(false);
  });

  it('operations without security send no credential, even when the client has both', async () => {
    const { fetch, requests } = fakeFetch(envelope([{ language: 'English', code: 'en' }]));
    const client = createFrozenClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    await client.GET('/v1/languages');
    expect(requests[0]?.headers.has('x-api-key')).toBe(false);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('a missing credential throws before any network traffic, naming the operation and the credential', async () => {
    const { fetch, requests } = fakeFetch(envelope({}));
    const tokenClient = createFrozenClient({ sessionToken: SESSION_TOKEN, baseUrl: BASE_URL, fetch });
    const keyClient = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const anonymous = createFrozenClient({ baseUrl: BASE_URL, fetch });

    const noKey = await tokenClient.GET('/v1/avatars').catch((error: unknown) => error);
    expect(noKey).toBeInstanceOf(MissingCredentialError);
    expect((noKey as MissingCredentialError).message).toBe(
      'GET /v1/avatars needs `apiKey`, and the client was created without it',
    );
    expect((noKey as MissingCredentialError).acceptedCredentials).toEqual(['apiKey']);
    expect((noKey as MissingCredentialError).attempts).toBe(0);

    await expect(keyClient.POST('/v1/sessions/start')).rejects.toThrow(
      'POST /v1/sessions/start needs `sessionToken`, and the client was created without it',
    );
    await expect(anonymous.POST('/v1/sessions/stop')).rejects.toThrow(
      'POST /v1/sessions/stop needs `apiKey` or `sessionToken`, and the client was created without it',
    );
    expect(requests).toHaveLength(0);
  });

  it('a token function (sync or async) is asked on every attempt, so a refreshed token is used on retry', async () => {
    const tokens = ['first-token-aaaa', 'second-token-bbbb'];
    const sessionToken = vi.fn(async () => Promise.resolve(tokens.shift() ?? 'exhausted'));
    const { fetch, requests } = fakeFetch(
      new Response('busy', { status: 503, headers: { 'retry-after-ms': '1' } }),
      envelope({ session_id: 's' }, { status: 201 }),
    );
    const client = createFrozenClient({ sessionToken, baseUrl: BASE_URL, fetch });
    await client.POST('/v1/sessions/start');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first-token-aaaa',
      'Bearer second-token-bbbb',
    ]);
    expect(sessionToken).toHaveBeenCalledTimes(2);
  });

  it('a token function that runs dry on a retry fails with the attempt count, sending nothing more', async () => {
    const tokens = ['only-token-cccc'];
    const { fetch, requests } = fakeFetch(
      new Response('busy', { status: 503, headers: { 'retry-after-ms': '1' } }),
    );
    const client = createFrozenClient({
      sessionToken: () => tokens.shift() ?? '',
      baseUrl: BASE_URL,
      fetch,
    });
    const error = await client.POST('/v1/sessions/start').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect(error).toMatchObject({ attempts: 1 });
    expect((error as Error).message).toContain('after 1 attempt');
    expect(requests).toHaveLength(1);
  });

  it('header names and scheme types come from the metadata, not from the code', async () => {
    const operationTable: OperationTable = {
      securitySchemes: {
        Key: { type: 'apiKey', in: 'header', name: 'X-Other-Key' },
        Jwt: { type: 'http', scheme: 'bearer' },
      },
      operations: {
        'GET /things': ['Key', 'json'],
        'GET /both': ['Key+Jwt', 'json'],
        'GET /cookie': ['Cookie', 'json'],
      },
    };
    const { fetch, requests } = fakeFetch(Response.json({ ok: true }));
    const client = createApiClient<Record<string, never>>(
      { operationTable, defaultServerUrl: BASE_URL },
      { apiKey: API_KEY, sessionToken: SESSION_TOKEN, fetch },
    );
    const call = client.GET as unknown as (path: string) => Promise<unknown>;
    await call('/things');
    await call('/both');
    expect(requests[0]?.headers.get('x-other-key')).toBe(API_KEY);
    expect(requests[0]?.headers.has('x-api-key')).toBe(false);
    expect(requests[1]?.headers.get('x-other-key')).toBe(API_KEY);
    expect(requests[1]?.headers.get('authorization')).toBe(`Bearer ${SESSION_TOKEN}`);
    await expect(call('/cookie')).rejects.toThrow('GET /cookie needs security scheme "Cookie" (undeclared)');
  });

  it('the raw openapi-fetch client sends the same per-operation credentials', async () => {
    const { fetch, requests } = fakeFetch(envelope({ results: [], count: 0 }));
    const raw = createRawApiClient<FrozenPaths>(frozenGenerated, {
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch,
    });
    const { response } = await raw.GET('/v1/avatars');
    expect(response.status).toBe(200);
    expect(requests[0]?.headers.get('x-api-key')).toBe(API_KEY);
  });
});
