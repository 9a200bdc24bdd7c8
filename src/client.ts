/**
 * The client object: one method per HTTP verb over one ClientContext (options.ts), `withResponse`, `paginate`,
 * and middleware registration; createLiveAvatarClient is createApiClient with LiveAvatar's generated spec.
 */
import type { Middleware } from 'openapi-fetch';
import { defaultServerUrl, operationTable } from '../generated/client-metadata.ts';
import type { paths } from '../generated/schema.d.ts';
import type { SecurityMap } from '../generated/security-map.ts';
import { ResponseParseError } from './errors.ts';
import { addMiddleware, removeMiddleware } from './middleware.ts';
import { createContext, MAX_PAGES } from './options.ts';
import { executeOperation } from './request.ts';
import type {
  AccessFor,
  AnyCredentials,
  CallablePath,
  CheckedOptions,
  ClientOptions,
  CredentialAccess,
  CredentialName,
  FacadeCall,
  FacadeCallWithResponse,
  FacadeMethod,
  GeneratedApi,
  GivenCredentials,
  InitArgs,
  NoCredentials,
  PageItem,
  PaginatedPath,
} from './types.ts';

/**
 * The typed client: one method per HTTP verb, resolving to the operation's unwrapped `data`. `Access` limits the
 * callable operations to those the client's credentials authorize (types.ts); by default, all.
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
  const context = createContext(generated, options);

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

interface Page {
  count?: unknown;
  next?: unknown;
  results: unknown[];
}

type PageInit = { params?: { query?: Record<string, unknown> } & Record<string, unknown> } & Record<
  string,
  unknown
>;

/**
 * Yields every item of a page/page_size listing, one page request at a time. Stops on an empty page, a missing
 * `next`, once `count` items have been seen, or after MAX_PAGES pages, so it cannot loop forever.
 */
async function* paginate(
  fetchPage: (init: PageInit) => Promise<unknown>,
  path: string,
  init: PageInit | undefined,
): AsyncGenerator<unknown, void, undefined> {
  const query = init?.params?.query ?? {};
  const firstPage = typeof query.page === 'number' ? query.page : 1;
  let seen = 0;
  for (let page = firstPage; page < firstPage + MAX_PAGES; page++) {
    const data = await fetchPage({ ...init, params: { ...init?.params, query: { ...query, page } } });
    if (!isPage(data)) {
      throw new ResponseParseError(`GET ${path}: page ${page} is not {count, next, previous, results}`, {
        operation: { method: 'GET', path },
        status: 200,
        contentType: 'application/json',
      });
    }
    yield* data.results;
    seen += data.results.length;
    const total = typeof data.count === 'number' ? data.count : Infinity;
    if (data.results.length === 0 || !data.next || seen >= total) return;
  }
}

function isPage(data: unknown): data is Page {
  return Array.isArray((data as Partial<Page> | null | undefined)?.results);
}
