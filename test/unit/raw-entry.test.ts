// `liveavatar-client/raw` for LiveAvatar itself (liveAvatarAuth, createLiveAvatarRawClient), and what the
// credential middleware does with requests the spec does not describe or that go elsewhere. Expectations come from
// the generated metadata (LiveAvatar's) or the frozen mini-api fixture, never from today's operations.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { defaultServerUrl } from '../../generated/client-metadata.ts';
import { ConfigurationError, MissingCredentialError } from '../../src/index.ts';
import {
  createLiveAvatarRawClient,
  createRawApiClient,
  credentialMiddleware,
  liveAvatarAuth,
} from '../../src/raw.ts';
import { operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';
import type { paths } from '../fixtures/mini-api/generated/schema.d.ts';
import { API_KEY, BASE_URL, fakeFetch, SESSION_TOKEN } from './fake-fetch.ts';

const mini = { operationTable, defaultServerUrl: BASE_URL };
const okJson = () => Response.json({ ok: true });
/** A path no spec here declares: openapi-fetch sends it all the same. */
const UNDECLARED = '/not-in-the-spec';

type Get = (path: string) => Promise<{ response: Response }>;

describe('LiveAvatar’s raw entry', () => {
  it('createLiveAvatarRawClient talks to the spec’s server by default', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createLiveAvatarRawClient({ fetch });
    await (client.GET as unknown as Get)(UNDECLARED);
    expect(requests[0]?.url).toBe(`${defaultServerUrl}${UNDECLARED}`);
  });

  it('liveAvatarAuth expects the spec’s server by default, and checks its options as the facade does', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createClient({ baseUrl: defaultServerUrl, fetch });
    client.use(liveAvatarAuth({ apiKey: API_KEY }));
    await (client.GET as unknown as Get)(UNDECLARED);
    expect(requests).toHaveLength(1);
    expect(() => liveAvatarAuth({ apiKey: API_KEY, baseUrl: 'http://api.example.test' })).toThrow(
      ConfigurationError,
    );
  });
});

describe('the credential middleware', () => {
  it('sends a request for a path the spec does not declare without any credential', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const client = createRawApiClient<paths>(mini, { apiKey: API_KEY, sessionToken: SESSION_TOKEN, fetch });
    const { response } = await (client.GET as unknown as Get)(UNDECLARED);
    expect(response.status).toBe(200);
    expect(requests[0]?.headers.has(operationTable.securitySchemes.MiniKey.name)).toBe(false);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('its errors name the operation by method and path template', async () => {
    const { fetch, requests } = fakeFetch(okJson);
    const operation = { method: 'GET', path: '/widgets/{widget_id}' };
    const params = { path: { widget_id: 'w-1' } };

    const missing = await createRawApiClient<paths>(mini, { fetch })
      .GET('/widgets/{widget_id}', { params })
      .catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(MissingCredentialError);
    expect(missing).toMatchObject({ operation });
    expect((missing as Error).message).toMatch(/^GET \/widgets\/\{widget_id\} needs /);

    const client = createClient<paths>({ baseUrl: 'https://elsewhere.example.test', fetch });
    client.use(credentialMiddleware(mini, { apiKey: API_KEY }));
    const elsewhere = await client.GET('/widgets/{widget_id}', { params }).catch((caught: unknown) => caught);
    expect(elsewhere).toBeInstanceOf(ConfigurationError);
    expect(elsewhere).toMatchObject({
      operation,
      message: `GET /widgets/{widget_id}: credentials go only to ${BASE_URL} (its baseUrl), not to https://elsewhere.example.test`,
    });
    expect(requests).toEqual([]);
  });
});
