/**
 * `liveavatar-client/raw`: a plain openapi-fetch client with the facade's credentials and credential safety
 * (credentialMiddleware) but no retries, unwrapping or typed errors. Its own entry point, so that only code that
 * imports it carries openapi-fetch's createClient; it imports everything else from the main entry, so there is
 * one copy of each error class.
 */
import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
// './index.js', not './index.ts': the build keeps this import as is, so dist/raw.js uses dist/index.js.
import { credentialMiddleware, liveAvatarApi } from './index.js';
import type { AuthOptions, ClientOptions, GeneratedApi, paths } from './index.js';

/** The raw client's options: the credential middleware's, plus fetch and headers for every request. */
export type RawClientOptions = AuthOptions & Pick<ClientOptions, 'fetch' | 'headers'>;

/**
 * An openapi-fetch client for a spec run through the pipeline, with credentialMiddleware. No `redirect` option
 * here: the middleware sets `redirect: 'error'` on every request, whatever a call passes.
 */
export function createRawApiClient<Paths extends object>(
  generated: GeneratedApi,
  options: RawClientOptions = {},
): Client<Paths> {
  // Created first: it checks the options (baseUrl included) before a client exists.
  const auth = credentialMiddleware(generated, options);
  const { baseUrl = generated.defaultServerUrl, fetch, headers } = options;
  const client = createClient<Paths>({ baseUrl, fetch, headers });
  client.use(auth);
  return client;
}

/** createRawApiClient for LiveAvatar, typed by the generated `paths`. */
export function createLiveAvatarRawClient(options: RawClientOptions = {}): Client<paths> {
  return createRawApiClient<paths>(liveAvatarApi, options);
}
