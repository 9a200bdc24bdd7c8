// 204 and 205 carry no body by definition (RFC 9110): the client does not try to decode one.
import { describe, expect, it } from 'vitest';
import { ResponseParseError } from '../../src/index.ts';
import { GUARD_API_KEY, GUARD_SESSION_TOKEN, guardClient } from '../security/support/guard-api.ts';
import { fakeFetch } from './fake-fetch.ts';

const BASE_URL = 'https://api.guard.test';
const clientAnswering = (status: number) =>
  guardClient({
    apiKey: GUARD_API_KEY,
    sessionToken: GUARD_SESSION_TOKEN,
    baseUrl: BASE_URL,
    fetch: fakeFetch(new Response(null, { status })).fetch,
  });

describe.each([204, 205])('HTTP %i', (status) => {
  it('resolves to undefined where the spec promises plain JSON or possibly-null data', async () => {
    const client = clientAnswering(status);
    const body = { name: 'n', secret_value: 'v-value' };
    await expect(
      client.withResponse.PUT('/things/{thing_id}', { params: { path: { thing_id: 't' } }, body }),
    ).resolves.toMatchObject({ status, data: undefined });
    await expect(client.withResponse.POST('/token-only')).resolves.toMatchObject({ status, data: undefined });
  });

  it('is a ResponseParseError where the spec promises data', async () => {
    const error = await clientAnswering(status)
      .GET('/key-only')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain(`HTTP ${status} had no body where the spec promises data`);
  });
});
