// createLiveAvatarClient wired to today's generated table: every operation of the live metadata sends exactly the
// credentials its security asks for. Expectations come from the metadata, so an upstream update needs no edit.
import { describe, expect, it } from 'vitest';
import { liveOperations, liveSchemes } from '../support/live-metadata.ts';
import { createLiveAvatarClient } from '../../src/index.ts';
import { credentialHeaderNames } from '../support/credentials.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, SESSION_TOKEN } from './fake-fetch.ts';

type UntypedCall = (path: string, init: { params: { path: Record<string, string> } }) => Promise<unknown>;

/** The header each scheme of the first alternative puts its credential in, with the value it must carry. */
function expectedHeaders(security: readonly (readonly string[])[]): Map<string, string> {
  const expected = new Map<string, string>();
  for (const name of security[0] ?? []) {
    const scheme = liveSchemes[name];
    if (scheme?.type === 'apiKey' && scheme.name) expected.set(scheme.name.toLowerCase(), API_KEY);
    else if (scheme?.type === 'http') expected.set('authorization', `Bearer ${SESSION_TOKEN}`);
    else throw new Error(`security scheme ${name} has no client credential`);
  }
  return expected;
}

/** A value for every `{param}` of the path template: the request only has to be sent. */
function pathParams(path: string): Record<string, string> {
  return Object.fromEntries([...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [name, 'p']));
}

describe("createLiveAvatarClient sends each live operation's credentials, from the metadata", () => {
  const schemeHeaders = credentialHeaderNames(liveSchemes);

  it.for(liveOperations)('$key', async (operation) => {
    const { fetch, requests } = fakeFetch(envelope({}));
    const client = createLiveAvatarClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: BASE_URL,
      fetch,
    });
    const call = (client as unknown as Record<string, UntypedCall>)[operation.method];
    if (call === undefined) throw new Error(`${operation.key}: the facade has no ${operation.method} method`);
    // The answer may not fit the operation (204, null data): only the request matters here.
    await call(operation.path, { params: { path: pathParams(operation.path) } }).catch(() => undefined);

    const sent = requests[0];
    expect(sent, `${operation.key} sent no request`).toBeDefined();
    const expected = expectedHeaders(operation.security);
    for (const header of schemeHeaders) {
      expect(sent?.headers.get(header) ?? undefined, `${operation.key}: ${header}`).toBe(
        expected.get(header),
      );
    }
  });
});
