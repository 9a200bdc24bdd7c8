// The raw openapi-fetch client (the `liveavatar-client/raw` entry) and the credential middleware it uses, on the
// frozen mini-api fixture: the facade's per-operation credentials, only for the configured origin, and never a followed redirect.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, MissingCredentialError } from '../../src/index.ts';
import { createRawApiClient, credentialMiddleware } from '../../src/raw.ts';
import { defaultServerUrl, operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';
import type { paths } from '../fixtures/mini-api/generated/schema.d.ts';
import { API_KEY, BASE_URL, fakeFetch, SESSION_TOKEN } from './fake-fetch.ts';

const generated = { operationTable, defaultServerUrl };
const { MiniKey } = operationTable.securitySchemes;
const NEW_WIDGET = { name: 'w', tags: ['red' as const], owner: { id: 'owner-1' } };
const okJson = () => Response.json({ ok: true }, { status: 202 });

describe('createRawApiClient', () => {
  it('sends each operation’s credentials from the spec’s security, as the facade does', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createRawApiClient<paths>(generated, {
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    // Both schemes together, then an open operation that gets none.
    await client.POST('/widgets', { body: NEW_WIDGET });
    await client.GET('/health');
    expect(requests[0]?.headers.get(MiniKey.name)).toBe(API_KEY);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${SESSION_TOKEN}`);
    expect(requests[1]?.headers.has(MiniKey.name)).toBe(false);
    expect(requests[1]?.headers.has('authorization')).toBe(false);
  });

  it('a missing credential throws MissingCredentialError before anything is sent', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createRawApiClient<paths>(generated, { apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await expect(client.POST('/widgets', { body: NEW_WIDGET })).rejects.toBeInstanceOf(
      MissingCredentialError,
    );
    expect(requests).toHaveLength(0);
  });

  it('every request it sends refuses redirects, even when the call asks to follow them', async () => {
    const redirects: RequestRedirect[] = [];
    const fetch = (input: RequestInfo | URL) => {
      redirects.push((input as Request).redirect);
      return Promise.resolve(okJson());
    };
    const client = createRawApiClient<paths>(generated, { apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await client.GET('/health');
    await client.GET('/widgets/{widget_id}', { params: { path: { widget_id: 'w' } }, redirect: 'follow' });
    expect(redirects).toEqual(['error', 'error']);
  });

  it('a request for another origin that would carry a credential fails with ConfigurationError', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createRawApiClient<paths>(generated, { apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const call = client.GET('/widgets/{widget_id}', {
      params: { path: { widget_id: 'w' } },
      baseUrl: 'https://elsewhere.example.test',
    });
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow(/credentials go only to https:\/\/api\.example\.test \(its baseUrl\)/);
    expect(requests).toHaveLength(0);
  });

  it('checks its options as the facade does', () => {
    expect(() =>
      createRawApiClient<paths>(generated, { apiKey: API_KEY, baseUrl: 'http://api.example.test' }),
    ).toThrow(ConfigurationError);
    expect(() => createRawApiClient<paths>(generated, { apiKey: '' })).toThrow(ConfigurationError);
  });
});

describe('credentialMiddleware on a plain openapi-fetch client', () => {
  it('adds the credentials for the origin it was given', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createClient<paths>({ baseUrl: BASE_URL, fetch });
    client.use(credentialMiddleware(generated, { apiKey: API_KEY, baseUrl: BASE_URL }));
    await client.GET('/widgets/{widget_id}', { params: { path: { widget_id: 'w' } } });
    expect(requests[0]?.headers.get(MiniKey.name)).toBe(API_KEY);
  });

  it('refuses to hand them to a client pointed at another origin than its baseUrl', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createClient<paths>({ baseUrl: BASE_URL, fetch });
    // No baseUrl given: the middleware expects the spec's server, not BASE_URL.
    client.use(credentialMiddleware(generated, { apiKey: API_KEY }));
    const call = client.GET('/widgets/{widget_id}', { params: { path: { widget_id: 'w' } } });
    await expect(call).rejects.toThrow(ConfigurationError);
    expect(requests).toHaveLength(0);
  });
});
