// How far the redactor reaches: which error-body fields it blanks, which request-body values it learns as secrets,
// and what happens to bodies nested deeper than it walks (a hostile server can nest JSON far deeper than any stack).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, LiveAvatarError } from '../../src/index.ts';
import type { OperationTable } from '../../src/index.ts';
import { fakeFetch } from '../unit/fake-fetch.ts';

const BASE_URL = 'https://api.reach.test';
const KEY_HEADER = 'X-Reach-Key';
const API_KEY = 'reach-api-key-Vb3Lq8Zt1W';
const SECRET_VALUE = 'reach-secret-value-Pk6Dn2Gx9R';

const operationTable: OperationTable = {
  securitySchemes: { Key: { type: 'apiKey', in: 'header', name: KEY_HEADER } },
  operations: { 'POST /things': ['Key', 'json'], 'GET /open': ['', 'json'] },
};

type Call = (path: string, init?: { body?: unknown }) => Promise<unknown>;

/** A client on a two-operation table whose every call answers `answer`; returns the error the call failed with. */
async function failingCall(
  answer: Response,
  call: { method: 'GET' | 'POST'; path: string; body?: unknown },
  options: { apiKey?: string; sessionToken?: string | (() => string) } = { apiKey: API_KEY },
): Promise<unknown> {
  const { fetch } = fakeFetch(answer);
  const client = createApiClient<Record<string, never>>(
    { operationTable, defaultServerUrl: BASE_URL },
    { ...options, fetch, maxRetries: 0 },
  );
  const send = client[call.method] as unknown as Call;
  return send(call.path, call.body === undefined ? undefined : { body: call.body }).catch(
    (caught: unknown) => caught,
  );
}

function renderings(error: unknown): string[] {
  const texts = [String(error), JSON.stringify(error), inspect(error, { depth: null, showHidden: true })];
  if (error instanceof Error) texts.push(error.message, error.stack ?? '');
  return texts;
}

function expectNone(error: unknown, secrets: string[]): void {
  expect(error).toBeInstanceOf(LiveAvatarError);
  for (const text of renderings(error)) for (const secret of secrets) expect(text).not.toContain(secret);
}

/** `levels` objects, each holding the next under `next`, the innermost holding `leaf`. */
function nest(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < levels; level++) value = { next: value };
  return value;
}

describe('fields of an error body', () => {
  it('secret-named fields holding a string or a number are blanked; ordinary fields are kept as sent', async () => {
    const body = {
      detail: 'invalid request for vault-7',
      access_token: 'server-made-token-Yt5Rw',
      password: 482913,
      attempts_left: 2,
      credentials: { scope: 'read', refresh_token: 'server-made-refresh-Qe4Ui' },
    };
    const error = await failingCall(Response.json(body, { status: 400 }), { method: 'GET', path: '/open' });
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body).toEqual({
      detail: 'invalid request for vault-7',
      access_token: '[REDACTED]',
      password: '[REDACTED]',
      attempts_left: 2,
      // An object under a secret-sounding name is walked, not blanked: its own fields decide.
      credentials: { scope: 'read', refresh_token: '[REDACTED]' },
    });
    expectNone(error, ['server-made-token-Yt5Rw', '482913', 'server-made-refresh-Qe4Ui']);
  });

  it('strings and numbers in a list under a secret-named field are blanked; objects in it are walked', async () => {
    const body = {
      api_keys: ['server-listed-key-Hw2Ze', 'server-listed-key-Jp8Lc'],
      tokens: [{ id: 'tok-1', value: 'server-listed-token-Mz3Vb' }],
      secret_pairs: [[1234, 'nested-secret-Xs7Ka']],
      items: ['ordinary', 7],
    };
    const error = await failingCall(Response.json(body, { status: 400 }), { method: 'GET', path: '/open' });
    expect((error as ApiError).body).toEqual({
      api_keys: ['[REDACTED]', '[REDACTED]'],
      tokens: [{ id: 'tok-1', value: 'server-listed-token-Mz3Vb' }],
      secret_pairs: [['[REDACTED]', '[REDACTED]']],
      items: ['ordinary', 7],
    });
    expectNone(error, ['server-listed-key-Hw2Ze', 'server-listed-key-Jp8Lc', 'nested-secret-Xs7Ka']);
  });

  it('a credential as short as four characters is still scrubbed from text the server echoes', async () => {
    const shortKey = 'k4Q9';
    const error = await failingCall(
      new Response(`key ${shortKey} is not valid`, { status: 401 }),
      { method: 'POST', path: '/things', body: {} },
      { apiKey: shortKey },
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body).toBe('key [REDACTED] is not valid');
    expectNone(error, [shortKey]);
  });
});

describe('secrets a call knows: its credentials and the request body’s secret fields', () => {
  it('only secret-named fields are learned, at any nesting and next to nulls; other values the server quotes stay', async () => {
    const body = {
      name: 'vault-name-Ab12',
      note: null,
      credentials: { provider: 'openai', secret_value: SECRET_VALUE },
    };
    const echo = `${body.name} (${body.credentials.provider}) rejected ${SECRET_VALUE}`;
    const error = await failingCall(new Response(echo, { status: 422 }), {
      method: 'POST',
      path: '/things',
      body,
    });
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body).toBe('vault-name-Ab12 (openai) rejected [REDACTED]');
    expectNone(error, [SECRET_VALUE, API_KEY]);
  });

  it('a session token is scrubbed even from a call that sent only the API key', async () => {
    const token = 'reach-session-token-Hs7Mc3Kv';
    const error = await failingCall(
      new Response(`token ${token}; also saw ${API_KEY}`, { status: 401 }),
      { method: 'POST', path: '/things', body: {} },
      { apiKey: API_KEY, sessionToken: token },
    );
    expect((error as ApiError).body).toBe('token [REDACTED]; also saw [REDACTED]');
  });

  it('a secret field 33 levels down is learned; a request body with a cycle fails with a LiveAvatarError', async () => {
    const deep = await failingCall(new Response(`echo ${SECRET_VALUE}`, { status: 400 }), {
      method: 'POST',
      path: '/things',
      body: nest(32, { secret_value: SECRET_VALUE }),
    });
    expect((deep as ApiError).body).toBe('echo [REDACTED]');

    const cyclic: Record<string, unknown> = { secret_value: SECRET_VALUE };
    cyclic.self = cyclic;
    const error = await failingCall(Response.json({}), { method: 'POST', path: '/things', body: cyclic });
    expectNone(error, [SECRET_VALUE, API_KEY]);
  });
});

describe('error bodies nested deeper than the redactor walks', () => {
  it('keeps 33 levels; anything deeper is replaced, so a credential echoed down there never survives', async () => {
    const kept = await failingCall(Response.json(nest(32, { echo: `k ${API_KEY}` }), { status: 400 }), {
      method: 'GET',
      path: '/open',
    });
    expect((kept as ApiError).body).toEqual(nest(32, { echo: 'k [REDACTED]' }));

    const cut = await failingCall(Response.json(nest(40, { echo: API_KEY }), { status: 400 }), {
      method: 'GET',
      path: '/open',
    });
    expect((cut as ApiError).body).toEqual(nest(33, '[REDACTED]'));
    expectNone(cut, [API_KEY]);
  });

  it('a body nested 100 000 levels (objects or arrays) still ends in ApiError, not a stack overflow', async () => {
    const depth = 100_000;
    const objects = `${'{"a":'.repeat(depth)}"${API_KEY}"${'}'.repeat(depth)}`;
    const arrays = `${'['.repeat(depth)}"${API_KEY}"${']'.repeat(depth)}`;
    for (const text of [objects, arrays]) {
      const error = await failingCall(
        new Response(text, { status: 400, headers: { 'content-type': 'application/json' } }),
        { method: 'GET', path: '/open' },
      );
      expect(error).toBeInstanceOf(ApiError);
      expect(JSON.stringify(error)).toContain('[REDACTED]');
      expect(JSON.stringify(error)).not.toContain(API_KEY);
    }
  });
});
