import { defaultServerUrl, operationTable } from '../generated/client-metadata.ts';
import type { paths } from '../generated/schema.d.ts';
import { createApiClient } from './client.ts';
import type { ApiClient } from './client.ts';
import type { ClientOptions } from './options.ts';

/** A client for the LiveAvatar API, typed by the generated `paths`. */
export type LiveAvatarClient = ApiClient<paths>;

/**
 * Creates a LiveAvatar client. Server side, pass `apiKey`; in a browser, pass a `sessionToken` your server
 * created with POST /v1/sessions/token.
 */
export function createLiveAvatarClient(options: ClientOptions = {}): LiveAvatarClient {
  return createApiClient<paths>({ operationTable, defaultServerUrl }, options);
}
