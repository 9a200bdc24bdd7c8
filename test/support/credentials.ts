// Which client credentials satisfy an operation's security, read from the spec's schemes (no hand-written
// list), and a fetch that strips them on the way out to provoke the server's 401.
import type { ClientOptions } from '../../src/index.ts';

/** Placeholder credentials: Prism checks that a credential is present, not what it is. */
export const TEST_API_KEY = 'contract-test-api-key';
export const TEST_SESSION_TOKEN = 'contract-test-session-token';

export interface SchemeSpec {
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  readonly scheme?: string;
}

export type Credentials = Pick<ClientOptions, 'apiKey' | 'sessionToken'>;

/** The client options that satisfy one security alternative (a list of schemes needed together). */
export function credentialsFor(
  alternative: readonly string[],
  schemes: Readonly<Record<string, SchemeSpec>>,
): Credentials {
  const credentials: Credentials = {};
  for (const name of alternative) {
    const scheme = schemes[name];
    if (scheme?.type === 'apiKey' && scheme.in === 'header') credentials.apiKey = TEST_API_KEY;
    else if (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer')
      credentials.sessionToken = TEST_SESSION_TOKEN;
    else throw new Error(`security scheme ${name} (${JSON.stringify(scheme)}) has no client credential`);
  }
  return credentials;
}

/** The header names the spec's schemes put credentials in, lower-cased. */
export function credentialHeaderNames(schemes: Readonly<Record<string, SchemeSpec>>): string[] {
  return Object.values(schemes).flatMap((scheme) => {
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return [scheme.name.toLowerCase()];
    if (scheme.type === 'http') return ['authorization'];
    return [];
  });
}

export interface StrippingFetch {
  fetch: typeof fetch;
  /** How many requests had a credential header that was removed. */
  readonly stripped: number;
}

/** A fetch that removes every credential header before the request leaves, and counts that it did. */
export function credentialStrippingFetch(headerNames: readonly string[]): StrippingFetch {
  const state = { stripped: 0 };
  const strip = (headers: Headers) => {
    let removed = false;
    for (const name of headerNames) {
      if (headers.has(name)) {
        headers.delete(name);
        removed = true;
      }
    }
    if (removed) state.stripped++;
    return headers;
  };
  return {
    fetch: (input, init) => {
      if (input instanceof Request) {
        // openapi-fetch (the raw client) hands over a Request; the facade passes a URL string and init.
        return globalThis.fetch(new Request(input, { headers: strip(new Headers(input.headers)) }));
      }
      return globalThis.fetch(input, { ...init, headers: strip(new Headers(init?.headers)) });
    },
    get stripped() {
      return state.stripped;
    },
  };
}
