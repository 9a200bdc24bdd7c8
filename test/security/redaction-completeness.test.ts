// Redaction removes every occurrence of every secret, and a secret that contains another is removed whole.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/index.ts';
import { fakeFetch } from '../unit/fake-fetch.ts';
import { GUARD_API_KEY, GUARD_SESSION_TOKEN, guardClient } from './support/guard-api.ts';
import { leakedSecrets, renderingsOf } from './support/renderings.ts';

const BASE_URL = 'https://api.guard.test';

async function errorFor(answer: Response, body: { name: string; secret_value: string }): Promise<ApiError> {
  const { fetch } = fakeFetch(answer);
  const client = guardClient({
    apiKey: GUARD_API_KEY,
    sessionToken: GUARD_SESSION_TOKEN,
    baseUrl: BASE_URL,
    fetch,
  });
  const error = await client.PUT('/things/{thing_id}', { params: { path: { thing_id: 't-1' } }, body }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('every occurrence of a secret is redacted', () => {
  it('a credential echoed several times in one string, in the body, the message and a header', async () => {
    const twice = `key ${GUARD_API_KEY} rejected; token ${GUARD_SESSION_TOKEN}; again ${GUARD_API_KEY} and ${GUARD_SESSION_TOKEN}`;
    const error = await errorFor(
      new Response(twice, {
        status: 401,
        headers: { 'content-type': 'text/plain', 'x-request-id': `${GUARD_API_KEY}/${GUARD_API_KEY}` },
      }),
      { name: 'n', secret_value: 'plain-secret-value-Tg2' },
    );
    expect(leakedSecrets(renderingsOf(error), [GUARD_API_KEY, GUARD_SESSION_TOKEN])).toEqual([]);
    expect(error.body).toBe('key [REDACTED] rejected; token [REDACTED]; again [REDACTED] and [REDACTED]');
    expect(error.requestId).toBe('[REDACTED]/[REDACTED]');
    expect(error.headers['x-request-id']).toBe('[REDACTED]/[REDACTED]');
  });
});

describe('a secret that contains another is removed whole', () => {
  // A body secret wrapping the API key: redacting the key first would leave the rest of this secret behind.
  const HEAD = 'outer-Pf3';
  const TAIL = 'Lk8-outer';
  const WRAPPING_SECRET = `${HEAD}${GUARD_API_KEY}${TAIL}`;

  it('the longer secret is redacted before the shorter one inside it', async () => {
    const error = await errorFor(
      Response.json({ title: `secret ${WRAPPING_SECRET} already exists`, status: 409 }, { status: 409 }),
      { name: 'n', secret_value: WRAPPING_SECRET },
    );
    expect(error.body).toEqual({ title: 'secret [REDACTED] already exists', status: 409 });
    expect(leakedSecrets(renderingsOf(error), [WRAPPING_SECRET, GUARD_API_KEY, HEAD, TAIL])).toEqual([]);
  });
});
