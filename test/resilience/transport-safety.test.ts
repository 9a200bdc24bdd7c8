import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/index.ts';
import { API_KEY, expectNoCredentialIn, SESSION_TOKEN } from './support/credentials.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

/** Construction only: every check here happens before any traffic, so no server is needed. */
const construct = (options: Parameters<typeof createFrozenClient>[0]) => () => createFrozenClient(options);

function constructionError(options: Parameters<typeof createFrozenClient>[0]): unknown {
  try {
    createFrozenClient(options);
  } catch (error) {
    return error;
  }
  throw new Error('expected construction to throw');
}

describe('plain http to a non-loopback host', () => {
  it.each([
    ['an API key', { apiKey: API_KEY }],
    ['a session token', { sessionToken: SESSION_TOKEN }],
    ['a session token function', { sessionToken: () => SESSION_TOKEN }],
  ])('is refused with %s', (_label, credentials) => {
    for (const baseUrl of ['http://api.liveavatar.com', 'http://10.0.0.5:8080', 'http://127.0.0.1.nip.io']) {
      const error = constructionError({ ...credentials, baseUrl });
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/refusing to send credentials over plain http/);
      expectNoCredentialIn(error);
    }
  });

  it('is allowed with allowInsecureHttp: true', () => {
    expect(
      construct({ apiKey: API_KEY, baseUrl: 'http://api.liveavatar.com', allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it('is allowed without credentials (nothing to leak)', () => {
    expect(construct({ baseUrl: 'http://api.liveavatar.com' })).not.toThrow();
  });

  it.each(['http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010', 'http://127.1.2.3'])(
    'is allowed to the loopback address %s',
    (baseUrl) => {
      expect(construct({ apiKey: API_KEY, baseUrl })).not.toThrow();
    },
  );

  it('https is always fine', () => {
    expect(construct({ apiKey: API_KEY, baseUrl: 'https://api.liveavatar.com' })).not.toThrow();
    expect(construct({ apiKey: API_KEY })).not.toThrow();
  });
});

describe('an API key in a browser', () => {
  const globals = globalThis as { window?: unknown; document?: unknown };
  const saved = {
    window: Object.getOwnPropertyDescriptor(globalThis, 'window'),
    document: Object.getOwnPropertyDescriptor(globalThis, 'document'),
  };

  function simulateBrowser(): void {
    globals.window = globalThis;
    globals.document = { nodeType: 9 };
  }

  afterEach(() => {
    for (const name of ['window', 'document'] as const) {
      const descriptor = saved[name];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  });

  it('is refused', () => {
    simulateBrowser();
    const error = constructionError({ apiKey: API_KEY });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/dangerouslyAllowBrowser/);
    expectNoCredentialIn(error);
  });

  it('is allowed with dangerouslyAllowBrowser: true', () => {
    simulateBrowser();
    expect(construct({ apiKey: API_KEY, dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it('a session token alone is fine', () => {
    simulateBrowser();
    expect(construct({ sessionToken: SESSION_TOKEN })).not.toThrow();
    expect(construct({ sessionToken: () => Promise.resolve(SESSION_TOKEN) })).not.toThrow();
  });

  it('outside a browser the API key is fine, and the simulation was undone', () => {
    expect(globals.window).toBeUndefined();
    expect(globals.document).toBeUndefined();
    expect(construct({ apiKey: API_KEY })).not.toThrow();
  });
});

describe('option errors never echo a credential', () => {
  it('a malformed API key is refused without quoting it', () => {
    const error = constructionError({ apiKey: `${API_KEY}\n` });
    expect(error).toBeInstanceOf(ConfigurationError);
    expectNoCredentialIn(error);
  });
});
