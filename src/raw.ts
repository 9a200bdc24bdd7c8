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
import { credentialHeaders } from './auth.ts';
import { ConfigurationError, operationName } from './errors.ts';
import { createContext } from './options.ts';
import type { ClientOptions, GeneratedApi } from './types.ts';

const liveAvatarApi: GeneratedApi = { operationTable, defaultServerUrl };

/** What the credential middleware needs: the credentials, and where (and how) it may send them. */
export type AuthOptions = Pick<
  ClientOptions,
  'apiKey' | 'sessionToken' | 'baseUrl' | 'dangerouslyAllowBrowser' | 'allowInsecureHttp'
>;

/**
 * The facade's credentials for any openapi-fetch client: each operation's, from the spec's security, added only
 * to requests for the configured origin (`baseUrl`, default the spec's server); a request for another origin that
 * would carry one fails with ConfigurationError. Every request it passes gets `redirect: 'error'`, because fetch's
 * `follow` mode hands custom headers such as X-API-KEY to whatever origin a redirect names. A missing credential
 * throws MissingCredentialError before anything is sent. The options are checked as the facade checks them.
 */
export function credentialMiddleware(generated: GeneratedApi, options: AuthOptions = {}): Middleware {
  const { origin, credentials } = createContext(generated, options);
  const { operations, securitySchemes } = generated.operationTable;
  return {
    async onRequest({ request, schemaPath }) {
      const operation = { method: request.method, path: schemaPath };
      const security = operations[`${request.method} ${schemaPath}`]?.[0] ?? '';
      // 0 attempts: the raw client sends once, after this.
      const headers = (await credentialHeaders(security, securitySchemes, credentials, operation, 0))
        ?.headers;
      const target = new URL(request.url).origin;
      if (headers && target !== origin) {
        throw new ConfigurationError(
          `${operationName(operation)}: credentials go only to ${origin} (its baseUrl), not to ${target}`,
          { operation },
        );
      }
      // A new Request, since `redirect` cannot be changed on one.
      const sent = new Request(request, { redirect: 'error' });
      for (const [name, value] of Object.entries(headers ?? {})) sent.headers.set(name, value);
      return sent;
    },
  };
}

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

export type { GeneratedApi };
