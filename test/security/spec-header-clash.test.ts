// A spec may declare a header parameter with the same name as the header its security scheme puts the API key in
// (test/fixtures/header-clash-api). Whatever a caller passes there, the request carries the client's credential:
// credentials come last in the one header order, with middleware registered and without.
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/index.ts';
import type { Middleware } from '../../src/index.ts';
import { createRawApiClient } from '../../src/raw.ts';
import { defaultServerUrl, operationTable } from '../fixtures/header-clash-api/generated/client-metadata.ts';
import type { paths } from '../fixtures/header-clash-api/generated/schema.d.ts';
import { envelope, fakeFetch } from '../unit/fake-fetch.ts';

const API_KEY = 'clash-api-key-Vb4Nq8Xs2K';
const generated = { operationTable, defaultServerUrl };
/** The header the fixture's only scheme names, which its operation's header parameter also names. */
const KEY_HEADER = operationTable.securitySchemes.ClashKey.name;
const SPOOFED = 'spoofed-by-the-caller';
const passThrough: Middleware = { onRequest: ({ request }) => request };

describe('a spec header parameter named like the credential header', () => {
  it.each([
    ['without middleware', [] as Middleware[]],
    ['with middleware', [passThrough]],
  ])('never replaces the credential, %s', async (_, middleware) => {
    const { fetch, requests } = fakeFetch(envelope({ id: 'thing-1' }));
    const client = createApiClient<paths>(generated, { apiKey: API_KEY, fetch });
    client.use(...middleware);
    await client.GET('/clash', { params: { header: { [KEY_HEADER]: SPOOFED } } });
    expect(requests.map((request) => request.headers.get(KEY_HEADER))).toEqual([API_KEY]);
  });

  it('never replaces the credential on the raw client either', async () => {
    const { fetch, requests } = fakeFetch(envelope({ id: 'thing-1' }));
    const client = createRawApiClient<paths>(generated, { apiKey: API_KEY, fetch });
    await client.GET('/clash', { params: { header: { [KEY_HEADER]: SPOOFED } } });
    expect(requests.map((request) => request.headers.get(KEY_HEADER))).toEqual([API_KEY]);
  });
});
