// The options createApiClient refuses, each with a ConfigurationError that names the option: credentials that
// would make a malformed header, limits that would misbehave silently, base URLs that are not http(s), and plain
// http to a host that is not this machine.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/index.ts';
import type { ClientOptions } from '../../src/index.ts';
import { createFrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, SESSION_TOKEN } from './fake-fetch.ts';

function refusal(options: ClientOptions): ConfigurationError {
  try {
    createFrozenClient(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('the client was created');
}

describe('credentials', () => {
  it.each<[string, unknown]>([
    ['a number', 12345678],
    ['an empty string', ''],
    ['a line break', `${API_KEY}\n`],
    ['a DEL character', `${API_KEY}\u007f`],
  ])('an apiKey that is %s is refused', (_label, apiKey) => {
    expect(refusal({ apiKey: apiKey as string }).message).toBe(
      'apiKey must be a non-empty string without control characters',
    );
  });

  it.each<[string, unknown, string]>([
    ['an empty string', '', 'sessionToken must be a non-empty string without control characters'],
    [
      'a carriage return',
      `${SESSION_TOKEN}\r`,
      'sessionToken must be a non-empty string without control characters',
    ],
    [
      'a NUL character',
      `\u0000${SESSION_TOKEN}`,
      'sessionToken must be a non-empty string without control characters',
    ],
    ['a number', 42, 'sessionToken must be a string or a function returning one'],
    ['an object', { token: SESSION_TOKEN }, 'sessionToken must be a string or a function returning one'],
  ])('a sessionToken that is %s is refused', (_label, sessionToken, message) => {
    const error = refusal({ sessionToken: sessionToken as string });
    expect(error.message).toBe(message);
    expect(error.message).not.toContain(SESSION_TOKEN);
  });

  it('credentials with inner spaces hold no control character: they are sent as given', async () => {
    const apiKey = 'key with spaces-0123';
    const { fetch, requests } = fakeFetch(envelope({ results: [], count: 0 }));
    const client = createFrozenClient({ apiKey, sessionToken: 'token with space', baseUrl: BASE_URL, fetch });
    await client.GET('/v1/avatars');
    expect(requests[0]?.headers.get('x-api-key')).toBe(apiKey);
  });
});

describe('timeout and maxRetries', () => {
  it('the client’s invalid values are refused, naming the option and the value', () => {
    expect(refusal({ timeout: 0 }).message).toBe('timeout must be a positive number of milliseconds, got 0');
    expect(refusal({ maxRetries: 1.5 }).message).toBe('maxRetries must be a whole number ≥ 0, got 1.5');
    expect(refusal({ timeout: 0 }).operation).toBeUndefined();
  });

  it('a call’s invalid values are refused, naming its operation, before anything is sent', async () => {
    const { fetch, requests } = fakeFetch(envelope({ results: [], count: 0 }));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const operation = { method: 'GET', path: '/v1/avatars' };
    const timeout = await client.GET('/v1/avatars', { timeout: -1 }).catch((caught: unknown) => caught);
    expect(timeout).toBeInstanceOf(ConfigurationError);
    expect(timeout).toMatchObject({
      message: 'GET /v1/avatars: timeout must be a positive number of milliseconds, got -1',
      operation,
    });
    const retries = await client.GET('/v1/avatars', { maxRetries: -1 }).catch((caught: unknown) => caught);
    expect(retries).toBeInstanceOf(ConfigurationError);
    expect(retries).toMatchObject({
      message: 'GET /v1/avatars: maxRetries must be a whole number ≥ 0, got -1',
      operation,
    });
    expect(requests).toEqual([]);
  });
});

describe('baseUrl', () => {
  it('a base URL that is not an absolute URL, or not http(s), is refused', () => {
    expect(refusal({ baseUrl: 'api.example.test/v1' }).message).toBe(
      'baseUrl must be an absolute http(s) URL, got "api.example.test/v1"',
    );
    expect(refusal({ baseUrl: 'ftp://api.example.test' }).message).toBe(
      'baseUrl must use http or https, got ftp:',
    );
    expect(refusal({ baseUrl: 'file:///etc/passwd' }).message).toBe(
      'baseUrl must use http or https, got file:',
    );
  });

  it.each(['http://localhost:8080', 'http://127.0.0.1', 'http://127.10.200.3:4010', 'http://[::1]:4010'])(
    'plain http to the loopback host %s may carry credentials',
    (baseUrl) => {
      expect(() => createFrozenClient({ apiKey: API_KEY, baseUrl })).not.toThrow();
    },
  );

  it.each([
    'http://notlocalhost',
    'http://localhost.example.test',
    'http://api.example.test',
    'http://127.0.0.1.example.test',
  ])('plain http to %s with credentials is refused, naming the host', (baseUrl) => {
    const host = new URL(baseUrl).host;
    expect(refusal({ apiKey: API_KEY, baseUrl }).message).toBe(
      `refusing to send credentials over plain http to ${host}; use https, or set allowInsecureHttp: true if this network is trusted`,
    );
    expect(() => createFrozenClient({ apiKey: API_KEY, baseUrl, allowInsecureHttp: true })).not.toThrow();
    expect(() => createFrozenClient({ baseUrl })).not.toThrow();
  });
});
