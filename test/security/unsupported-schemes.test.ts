// Which security schemes carry a credential: an apiKey in a header takes the API key, http bearer the session
// token. Every other scheme is refused with ConfigurationError before anything is sent, so a credential never
// goes out in a place the spec did not ask for (a query string, a cookie, a Basic header).
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createApiClient, MissingCredentialError } from '../../src/index.ts';
import type { OperationTable } from '../../src/index.ts';
import { fakeFetch } from '../unit/fake-fetch.ts';

const BASE_URL = 'https://api.schemes.test';
const API_KEY = 'schemes-api-key-Tn4Wd8Qa';
const SESSION_TOKEN = 'schemes-session-token-Lp2Xs6Ve';

type SchemeEntry = OperationTable['securitySchemes'][string];

function clientWith(scheme: SchemeEntry, sessionToken: string | (() => string) = SESSION_TOKEN) {
  const { fetch, requests } = fakeFetch(Response.json({ ok: true }));
  const operationTable: OperationTable = {
    securitySchemes: { Only: scheme },
    operations: { 'GET /guarded': ['Only', 'json'] },
  };
  const client = createApiClient<Record<string, never>>(
    { operationTable, defaultServerUrl: BASE_URL },
    { apiKey: API_KEY, sessionToken, fetch, maxRetries: 0 },
  );
  const get = client.GET as unknown as (path: string) => Promise<unknown>;
  return { call: () => get('/guarded'), requests };
}

describe('schemes the client refuses', () => {
  it.each<[string, SchemeEntry, string]>([
    ['an apiKey in the query', { type: 'apiKey', in: 'query', name: 'key' }, 'apiKey query'],
    ['an apiKey header without a name', { type: 'apiKey', in: 'header' }, 'apiKey header'],
    ['an apiKey in a cookie', { type: 'apiKey', in: 'cookie', name: 'key' }, 'apiKey cookie'],
    ['http basic', { type: 'http', scheme: 'basic' }, 'http basic'],
    ['http without a scheme', { type: 'http' }, 'http'],
    [
      'http basic that also declares a header name',
      { type: 'http', scheme: 'basic', in: 'header', name: 'Authorization' },
      'http header basic',
    ],
    ['oauth2 that calls itself bearer', { type: 'oauth2', scheme: 'bearer' }, 'oauth2 bearer'],
  ])(
    '%s: ConfigurationError naming the operation and the scheme, nothing sent',
    async (_label, scheme, described) => {
      const { call, requests } = clientWith(scheme);
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toBe(
        `GET /guarded needs security scheme "Only" (${described}), which this client does not support`,
      );
      expect(error).toMatchObject({ operation: { method: 'GET', path: '/guarded' } });
      expect(requests).toEqual([]);
    },
  );
});

describe('schemes the client serves', () => {
  it('an http scheme named Bearer in any case takes the session token', async () => {
    const { call, requests } = clientWith({ type: 'http', scheme: 'BEARER' });
    await call();
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${SESSION_TOKEN}`);
  });

  it.each<[string, () => unknown]>([
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['an empty string', () => ''],
  ])(
    'a token function returning %s: MissingCredentialError asking for sessionToken, nothing sent',
    async (_label, token) => {
      const { call, requests } = clientWith({ type: 'http', scheme: 'bearer' }, token as () => string);
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MissingCredentialError);
      expect(error).toMatchObject({ acceptedCredentials: ['sessionToken'], attempts: 0 });
      expect((error as Error).message).toBe(
        'GET /guarded: the sessionToken function returned no token (after 0 attempts)',
      );
      expect(requests).toEqual([]);
    },
  );
});
