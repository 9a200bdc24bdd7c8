// Credentials come last among the headers a caller controls: neither the client's `headers` option nor a call's
// `headers` can replace or blank the credential the spec's security puts on an operation.
import { describe, expect, it } from 'vitest';
import { envelope, fakeFetch } from '../unit/fake-fetch.ts';
import { GUARD_API_KEY, GUARD_KEY_HEADER, GUARD_SESSION_TOKEN, guardClient } from './support/guard-api.ts';

const BASE_URL = 'https://api.guard.test';
const SPOOFED = { [GUARD_KEY_HEADER.toUpperCase()]: 'spoofed-key', Authorization: 'Bearer spoofed-token' };

describe('credential headers win over client and call headers', () => {
  it('client headers, call headers, and a call header of null cannot touch the credential', async () => {
    const { fetch, requests } = fakeFetch(envelope({ id: 'thing-1' }));
    const client = guardClient({
      apiKey: GUARD_API_KEY,
      sessionToken: GUARD_SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
      headers: SPOOFED,
    });
    await client.GET('/key-only', { headers: SPOOFED });
    await client.POST('/token-only', { headers: SPOOFED });
    await client.GET('/key-only', { headers: { [GUARD_KEY_HEADER]: null } as unknown as HeadersInit });
    expect(requests.map((request) => request.headers.get(GUARD_KEY_HEADER))).toEqual([
      GUARD_API_KEY,
      // Not this operation's scheme: the spoofed header goes through, the credential is not added.
      'spoofed-key',
      GUARD_API_KEY,
    ]);
    expect(requests[1]?.headers.get('authorization')).toBe(`Bearer ${GUARD_SESSION_TOKEN}`);
  });
});
