import { defaultServerUrl, operationTable } from '../generated/client-metadata.ts';
import type { paths } from '../generated/schema.d.ts';
import type { SecurityMap } from '../generated/security-map.ts';
import { createApiClient } from './client.ts';
import type { ApiClient } from './client.ts';
import type {
  AccessFor,
  CheckedOptions,
  CredentialName,
  GivenCredentials,
  NoCredentials,
} from './credential-types.ts';
import type { ClientOptions } from './options.ts';

/**
 * A client for the LiveAvatar API, typed by the generated `paths`. `Given` is the credentials it holds
 * (`'apiKey'`, `'sessionToken'`, both by default): only operations those authorize are callable.
 */
export type LiveAvatarClient<Given extends CredentialName = CredentialName> = ApiClient<
  paths,
  AccessFor<SecurityMap, Given>
>;

/**
 * Creates a LiveAvatar client. Server side, pass `apiKey`; in a browser, pass a `sessionToken` your server
 * created with POST /v1/sessions/token. The client's type offers only the operations those credentials can call.
 */
export function createLiveAvatarClient<Options extends ClientOptions = NoCredentials>(
  options: CheckedOptions<Options> = {} as CheckedOptions<Options>,
): LiveAvatarClient<GivenCredentials<Options>> {
  return createApiClient<paths, SecurityMap, Options>({ operationTable, defaultServerUrl }, options);
}
