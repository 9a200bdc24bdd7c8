import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LiveAvatarError } from '../../src/index.ts';
import { API_KEY, BASE_URL, fakeFetch, SESSION_TOKEN } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const SECRET_VALUE = 'sk-openai-THE-SECRET-VALUE-42';

/** Every way an error gets printed, logged or shipped somewhere. */
function renderings(error: unknown): string[] {
  const texts = [String(error), JSON.stringify(error), inspect(error, { depth: 20, showHidden: true })];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    texts.push(current.message, current.stack ?? '', JSON.stringify(current));
  }
  return texts;
}

function expectNoSecrets(error: unknown): void {
  expect(error).toBeInstanceOf(LiveAvatarError);
  for (const text of renderings(error)) {
    for (const secret of [API_KEY, SESSION_TOKEN, SECRET_VALUE]) expect(text).not.toContain(secret);
  }
}

describe('no credential or secret body value appears in any rendering of any error', () => {
  it('an error body and headers that echo the API key, the token and the secret value', async () => {
    const echo = {
      detail: [
        {
          loc: ['body', 'secret_value'],
          msg: `bad value ${SECRET_VALUE}`,
          type: 'value_error',
          input: SECRET_VALUE,
        },
        {
          loc: ['header'],
          msg: `key ${API_KEY} and Bearer ${SESSION_TOKEN} rejected`,
          type: 'auth',
          input: { api_key: API_KEY },
        },
      ],
    };
    const { fetch } = fakeFetch(
      Response.json(echo, {
        status: 422,
        headers: {
          'x-debug-key': API_KEY,
          'sl-violations': JSON.stringify([
            { location: [], severity: 'Error', code: 1, message: SECRET_VALUE },
          ]),
        },
      }),
    );
    const client = createFrozenClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    const error = await client
      .POST('/v1/secrets', {
        body: { secret_name: 'openai', secret_value: SECRET_VALUE, secret_type: 'OPENAI_API_KEY' },
      })
      .catch((caught: unknown) => caught);
    expectNoSecrets(error);
    expect(JSON.stringify(error)).toContain('[REDACTED]');
  });

  it('a token function’s token in an error text, and a connection failure', async () => {
    const { fetch } = fakeFetch(new Response(`invalid token ${SESSION_TOKEN}`, { status: 401 }));
    const client = createFrozenClient({ sessionToken: () => SESSION_TOKEN, baseUrl: BASE_URL, fetch });
    expectNoSecrets(await client.POST('/v1/sessions/start').catch((caught: unknown) => caught));

    const failing = createFrozenClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      maxRetries: 0,
      fetch: () => Promise.reject(new TypeError(`fetch failed for key ${API_KEY}`)),
    });
    expectNoSecrets(await failing.GET('/v1/avatars').catch((caught: unknown) => caught));
  });

  it('a 2xx body that is not JSON but echoes the key: the parse error quotes none of it', async () => {
    const { fetch } = fakeFetch(new Response(API_KEY, { headers: { 'content-type': 'application/json' } }));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const error = await client.GET('/v1/languages').catch((caught: unknown) => caught);
    expectNoSecrets(error);
    for (const text of renderings(error)) expect(text).not.toContain(API_KEY.slice(0, 6));
  });

  it('invalid credentials are refused without echoing them', () => {
    const attempt = () => createFrozenClient({ apiKey: `${API_KEY}\r\nX-Injected: 1` });
    expect(attempt).toThrow('apiKey must be a non-empty string without control characters');
    try {
      attempt();
    } catch (error) {
      for (const text of renderings(error)) expect(text).not.toContain(API_KEY);
    }
  });
});
