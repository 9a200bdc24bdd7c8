// The raw openapi-fetch client meeting a cross-origin redirect, over real HTTP: fetch's own `follow` mode would
// forward a custom credential header (the fixture's API-key header) to the other origin. The client is built
// from the frozen mini-api fixture.
import createClient from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRawApiClient, credentialMiddleware } from '../../src/raw.ts';
import { defaultServerUrl, operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';
import type { paths } from '../fixtures/mini-api/generated/schema.d.ts';
import { API_KEY } from './support/credentials.ts';
import { envelope, reply, startFaultServer } from './support/fault-server.ts';
import type { FaultServer } from './support/fault-server.ts';
import { rejectionOf, useFaultServer } from './support/harness.ts';

const server = useFaultServer();

/** A second origin: it must never see a request, let alone a credential. */
let elsewhere: FaultServer;
beforeAll(async () => {
  elsewhere = await startFaultServer();
});
afterEach(() => {
  elsewhere.reset();
});
afterAll(async () => {
  await elsewhere.close();
});

const generated = { operationTable, defaultServerUrl };
const KEY_HEADER = operationTable.securitySchemes.MiniKey.name.toLowerCase();
const widget = { params: { path: { widget_id: 'widget-1' } } };
const redirectElsewhere = () => {
  elsewhere.otherwise(envelope({ stolen: true }));
  return reply(302, '', { location: `${elsewhere.url}/collect` });
};

describe('a cross-origin redirect never carries the credential to the other origin', () => {
  it('control: a plain openapi-fetch client with the header set by hand follows it, key and all', async () => {
    server.current.script(redirectElsewhere());
    const plain = createClient<paths>({ baseUrl: server.current.url, headers: { [KEY_HEADER]: API_KEY } });
    await plain.GET('/widgets/{widget_id}', widget);
    expect(elsewhere.requests.map((request) => request.headers[KEY_HEADER])).toEqual([API_KEY]);
  });

  it.each([undefined, 'follow', 'manual'] as const)(
    'createRawApiClient, call redirect %s: the call fails, the other origin sees nothing',
    async (redirect) => {
      server.current.script(redirectElsewhere());
      const client = createRawApiClient<paths>(generated, { apiKey: API_KEY, baseUrl: server.current.url });
      const error = await rejectionOf(client.GET('/widgets/{widget_id}', { ...widget, redirect }));
      // fetch rejects a redirect under `redirect: 'error'`; it never turns into a request elsewhere.
      expect(error).toBeInstanceOf(TypeError);
      expect(server.current.requests.map((request) => request.headers[KEY_HEADER])).toEqual([API_KEY]);
      expect(elsewhere.requests).toHaveLength(0);
    },
  );

  it('credentialMiddleware on a client configured to follow redirects: still not followed', async () => {
    server.current.script(redirectElsewhere());
    const client = createClient<paths>({ baseUrl: server.current.url, redirect: 'follow' });
    client.use(credentialMiddleware(generated, { apiKey: API_KEY, baseUrl: server.current.url }));
    await expect(client.GET('/widgets/{widget_id}', widget)).rejects.toBeInstanceOf(TypeError);
    expect(server.current.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });
});
