import type { Middleware } from 'openapi-fetch';
import { defaultServerUrl, operationTable } from '../generated/client-metadata.ts';
import type { GeneratedApi } from './client-setup.ts';
import { credentialMiddleware } from './credential-middleware.ts';
import type { AuthOptions } from './credential-middleware.ts';

/** LiveAvatar's generated operation table and default server, for the functions that take any spec's. */
export const liveAvatarApi: GeneratedApi = { operationTable, defaultServerUrl };

/**
 * LiveAvatar's credentials for a plain openapi-fetch client:
 * `createClient<paths>({ baseUrl }).use(liveAvatarAuth({ apiKey, baseUrl }))`. See credentialMiddleware.
 */
export function liveAvatarAuth(options: AuthOptions = {}): Middleware {
  return credentialMiddleware(liveAvatarApi, options);
}
