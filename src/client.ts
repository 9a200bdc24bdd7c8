import { createQuerySerializer } from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import { setUpClient } from './client-setup.ts';
import type { GeneratedApi } from './client-setup.ts';
import type { ClientContext } from './context.ts';
import type {
  AccessFor,
  AnyCredentials,
  CallablePath,
  CheckedOptions,
  CredentialAccess,
  GivenCredentials,
} from './credential-types.ts';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './defaults.ts';
import { addMiddleware, removeMiddleware } from './middleware.ts';
import type { ClientOptions } from './options.ts';
import { paginate } from './paginate.ts';
import { executeOperation } from './request.ts';
import type {
  FacadeCall,
  FacadeCallWithResponse,
  FacadeMethod,
  InitArgs,
  PageItem,
  PaginatedPath,
} from './types.ts';

export type { GeneratedApi };

/**
 * The typed client: one method per HTTP verb, resolving to the operation's unwrapped `data`. `Access` limits the
 * callable operations to those the client's credentials authorize (src/credential-types.ts); by default, all.
 */
export interface ApiClient<Paths extends object, Access extends CredentialAccess = AnyCredentials> {
  GET: FacadeCall<Paths, 'get', Access>;
  PUT: FacadeCall<Paths, 'put', Access>;
  POST: FacadeCall<Paths, 'post', Access>;
  PATCH: FacadeCall<Paths, 'patch', Access>;
  DELETE: FacadeCall<Paths, 'delete', Access>;
  HEAD: FacadeCall<Paths, 'head', Access>;
  OPTIONS: FacadeCall<Paths, 'options', Access>;
  /** The same calls, resolving to `{ data, status, headers, code, message, requestId, attempts }`. */
  withResponse: {
    [Method in FacadeMethod as Uppercase<Method>]: FacadeCallWithResponse<Paths, Method, Access>;
  };
  /** Every item of a page/page_size listing, fetched page by page. */
  paginate<Path extends PaginatedPath<Paths>>(
    path: CallablePath<Access, Path, 'get'>,
    ...init: InitArgs<Paths, Path, 'get'>
  ): AsyncGenerator<PageItem<Paths, Path>, void, undefined>;
  /**
   * Adds openapi-fetch middleware to every later call of this client (`onRequest`, `onResponse`, `onError`, run
   * once per attempt). Credentials, redirects, timeouts, retries and decoding stay the client's, around it.
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}

const VERBS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/**
 * Builds a client for any spec run through the pipeline; createLiveAvatarClient is this with LiveAvatar's. The
 * returned client can call only what the given credentials authorize (per `Security`); options typed as the
 * wide ClientOptions, or explicit type arguments without `Options`, keep every operation callable.
 */
export function createApiClient<
  Paths extends object,
  Security extends object = object,
  Options extends ClientOptions = ClientOptions,
>(
  generated: GeneratedApi<Paths, Security>,
  options: CheckedOptions<Options> = {} as CheckedOptions<Options>,
): ApiClient<Paths, AccessFor<Security, GivenCredentials<Options>>> {
  const setup = setUpClient(generated, options);
  const context: ClientContext = {
    ...setup,
    headers: options.headers,
    querySerializer: createQuerySerializer(),
    table: generated.operationTable,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    logger: options.logger,
    middleware: [],
    // A cache only: with static credentials every attempt resolves to the same headers, with it or without it.
    authCache: typeof options.sessionToken === 'function' ? undefined : new Map(),
  };

  type Call = (path: string, init?: Record<string, unknown>) => Promise<unknown>;
  const client: Record<string, unknown> = {
    use: (...middleware: Middleware[]) => {
      addMiddleware(context.middleware, middleware);
    },
    eject: (...middleware: Middleware[]) => {
      removeMiddleware(context.middleware, middleware);
    },
  };
  const withResponse: Record<string, Call> = {};
  for (const verb of VERBS) {
    withResponse[verb] = (path, init) => executeOperation(context, verb, path, init, true);
    client[verb] = (path: string, init?: Record<string, unknown>) =>
      executeOperation(context, verb, path, init, false);
  }
  client.withResponse = withResponse;
  client.paginate = (path: string, init?: Record<string, unknown>) =>
    paginate((pageInit) => executeOperation(context, 'GET', path, pageInit, false), path, init);
  return client as unknown as ApiClient<Paths, AccessFor<Security, GivenCredentials<Options>>>;
}
