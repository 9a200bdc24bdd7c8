/**
 * `liveavatar-client/raw`: everything for a plain openapi-fetch client, with the facade's credentials and credential
 * safety but no retries, unwrapping or typed errors. Its own entry point, so that neither the main entry nor the
 * browser bundle carries openapi-fetch's createClient or the credential middleware; the build puts the code both
 * entries use in one shared chunk, so there is still one copy of each error class.
 */
import createClient from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import { defaultServerUrl, operationTable } from '../generated/client-metadata.ts';
import type { paths } from '../generated/schema.d.ts';
import type { GeneratedApi } from './client-setup.ts';
import { credentialMiddleware } from './credential-middleware.ts';
import type { AuthOptions } from './credential-middleware.ts';
import type { ClientOptions } from './options.ts';

const liveAvatarApi: GeneratedApi = { operationTable, defaultServerUrl };

/** The raw client's options: the credential middleware's, plus fetch and headers for every request. */
export type RawClientOptions = AuthOptions & Pick<ClientOptions, 'fetch' | 'headers'>;

/**
 * LiveAvatar's credentials for any openapi-fetch client:
 * `createClient<paths>({ baseUrl }).use(liveAvatarAuth({ apiKey, baseUrl }))`. See credentialMiddleware.
 */
export function liveAvatarAuth(options: AuthOptions = {}): Middleware {
  return credentialMiddleware(liveAvatarApi, options);
}

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
  // Looked up per call, as the facade does: openapi-fetch alone keeps the fetch it saw at creation, which MSW
  // (or any later patch of globalThis.fetch) would then never see.
  const lateFetch = fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<Paths>({ baseUrl, fetch: lateFetch, headers });
  client.use(auth);
  return client;
}

/** createRawApiClient for LiveAvatar, typed by the generated `paths`. */
export function createLiveAvatarRawClient(options: RawClientOptions = {}): Client<paths> {
  return createRawApiClient<paths>(liveAvatarApi, options);
}

export { credentialMiddleware };
export type { AuthOptions, GeneratedApi };
