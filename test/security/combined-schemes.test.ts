// An operation that needs two schemes together (the fixture's `GuardBearer+GuardKey`) is never sent with one.
import { describe, expect, it } from 'vitest';
import { MissingCredentialError } from '../../src/index.ts';
import { fakeFetch } from '../unit/fake-fetch.ts';
import {
  GUARD_API_KEY,
  GUARD_KEY_HEADER,
  GUARD_SESSION_TOKEN,
  guardClient,
  guardRawClient,
  SECRET_BODY,
} from './support/guard-api.ts';

const BASE_URL = 'https://api.guard.test';

describe('two schemes needed together', () => {
  it.each([
    ['only the API key', { apiKey: GUARD_API_KEY }],
    ['only a session token', { sessionToken: GUARD_SESSION_TOKEN }],
    ['only a token function', { sessionToken: () => GUARD_SESSION_TOKEN }],
  ])('a client with %s gets MissingCredentialError and sends nothing', async (_label, credentials) => {
    const { fetch, requests } = fakeFetch(Response.json({ id: 'sent anyway' }));
    const client = guardClient({ ...credentials, baseUrl: BASE_URL, fetch });
    const error = await client.POST('/both', { body: SECRET_BODY }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect(error).toMatchObject({
      acceptedCredentials: ['sessionToken + apiKey'],
      attempts: 0,
      operation: { method: 'POST', path: '/both' },
    });
    expect(requests).toEqual([]);
  });

  it('the raw openapi-fetch client refuses it too, before anything is sent', async () => {
    const { fetch, requests } = fakeFetch(Response.json({ id: 'sent anyway' }));
    const raw = guardRawClient({ sessionToken: GUARD_SESSION_TOKEN, baseUrl: BASE_URL, fetch });
    await expect(raw.POST('/both', { body: SECRET_BODY })).rejects.toBeInstanceOf(MissingCredentialError);
    expect(requests).toEqual([]);
  });

  it('a client with both sends both, each in its own header', async () => {
    const { fetch, requests } = fakeFetch(Response.json({ id: 'thing-1' }));
    const client = guardClient({
      apiKey: GUARD_API_KEY,
      sessionToken: GUARD_SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    await expect(client.POST('/both', { body: SECRET_BODY })).resolves.toEqual({ id: 'thing-1' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get(GUARD_KEY_HEADER)).toBe(GUARD_API_KEY);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${GUARD_SESSION_TOKEN}`);
  });
});
