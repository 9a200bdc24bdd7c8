import type { Middleware } from 'openapi-fetch';
import { setUpClient } from './client-setup.ts';
import type { GeneratedApi } from './client-setup.ts';
import { ConfigurationError, operationName } from './errors.ts';
import type { ClientOptions } from './options.ts';
import { credentialHeaders } from './security.ts';

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
  const { origin, credentials } = setUpClient(generated, options);
  const { operations, securitySchemes } = generated.operationTable;
  return {
    async onRequest({ request, schemaPath }) {
      const operation = { method: request.method, path: schemaPath };
      const security = operations[`${request.method} ${schemaPath}`]?.[0] ?? '';
      // 0 attempts: the raw client sends once, after this.
      const headers = await credentialHeaders(security, securitySchemes, credentials, operation, 0);
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
