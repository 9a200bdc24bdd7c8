import { checkBaseUrl, isBrowser } from './environment.ts';
import { ConfigurationError } from './errors.ts';
import type { OperationTable } from './operation-table.ts';
import { validateOptions } from './options.ts';
import type { ClientOptions } from './options.ts';
import type { Credentials } from './security.ts';

/**
 * The generated half of a client: the spec's operation table and default server. Annotate it as
 * `GeneratedApi<paths, SecurityMap>` and createApiClient infers both, checking credentials at compile time.
 */
export interface GeneratedApi<Paths extends object = object, Security extends object = object> {
  operationTable: OperationTable;
  defaultServerUrl: string;
  /** Type only, never set: carries the generated `paths` and `SecurityMap` to createApiClient's inference. */
  readonly '~types'?: { paths: Paths; security: Security } | undefined;
}

/** What every client made from the options shares, checked once. */
export interface ClientSetup {
  /** Without a trailing slash. */
  baseUrl: string;
  /** The only origin that ever receives a credential. */
  origin: string;
  credentials: Credentials;
  fetch: typeof fetch;
}

/**
 * Checks the options where a mistake would put credentials at risk or misbehave silently: invalid values,
 * `apiKey` in a browser, credentials over plain http to a non-loopback host.
 */
export function setUpClient(generated: GeneratedApi, options: ClientOptions): ClientSetup {
  const { apiKey, sessionToken } = options;
  validateOptions(options);
  if (apiKey !== undefined && isBrowser() && options.dangerouslyAllowBrowser !== true) {
    throw new ConfigurationError(
      'apiKey in a browser exposes it to every visitor of the page. Create a session token on your server and pass sessionToken instead, or set dangerouslyAllowBrowser: true if you accept the risk.',
    );
  }
  const base = checkBaseUrl(
    options.baseUrl ?? generated.defaultServerUrl,
    apiKey !== undefined || sessionToken !== undefined,
    options.allowInsecureHttp === true,
  );
  return {
    baseUrl: base.href.replace(/\/$/, ''),
    origin: base.origin,
    credentials: { apiKey, sessionToken },
    // Wrapped so browsers call fetch with the right `this`.
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
  };
}
