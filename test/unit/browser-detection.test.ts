// An API key is refused in a browser page (a global window and document), where every visitor could read it; a
// runtime with only one of the two (a worker, a server-side DOM shim) is not a page. Globals are stubbed per test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/index.ts';
import { credentialMiddleware } from '../../src/raw.ts';
import { createFrozenClient, frozenGenerated } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, SESSION_TOKEN } from './fake-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiKey in a browser page', () => {
  it('with window and document, an apiKey is refused unless dangerouslyAllowBrowser is set', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() => createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL })).toThrow(ConfigurationError);
    expect(() => createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL })).toThrow(/sessionToken instead/);
    expect(() => credentialMiddleware(frozenGenerated, { apiKey: API_KEY })).toThrow(ConfigurationError);
    expect(() =>
      createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, dangerouslyAllowBrowser: true }),
    ).not.toThrow();
    expect(() => createFrozenClient({ sessionToken: SESSION_TOKEN, baseUrl: BASE_URL })).not.toThrow();
  });

  it.each(['window', 'document'])('with only a global %s it is not a page: an apiKey is accepted', (name) => {
    vi.stubGlobal(name, {});
    expect(() => createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL })).not.toThrow();
  });
});
