import createClient, { createQuerySerializer } from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import type {
  AccessFor,
  AnyCredentials,
  CallablePath,
  CheckedOptions,
  CredentialAccess,
  GivenCredentials,
} from './credential-types.ts';
import { isBrowser, checkBaseUrl } from './environment.ts';
import { ConfigurationError } from './errors.ts';
import type { OperationTable } from './operation-table.ts';
import { DEFAULT_TIMEOUT_MS, validateOptions } from './options.ts';
import type { ClientOptions } from './options.ts';
import { paginate } from './paginate.ts';
import { executeOperation } from './request.ts';
import type { ClientContext } from './request.ts';
import { DEFAULT_MAX_RETRIES } from './retry.ts';
import { credentialHeaders } from './security.ts';
import type {
  CallArgs,
  FacadeCall,
  FacadeCallWithResponse,
  FacadeMethod,
  PageItem,
  PaginatedPath,
  SpecInit,
} from './types.ts';

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
  paginate<Path extends PaginatedPath<Paths>, Init extends SpecInit<Paths, Path, 'get'>>(
    path: CallablePath<Access, Path, 'get'>,
    ...init: CallArgs<Init>
  ): AsyncGenerator<PageItem<Paths, Path>, void, undefined>;
  /**
   * The underlying openapi-fetch client, for what the facade does not cover. It sends the same credentials but
   * does not retry, unwrap or follow redirects (`redirect: 'error'`).
   */
  raw: Client<Paths>;
}

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
  const { apiKey, sessionToken } = options;
  validateOptions(options);
  if (apiKey !== undefined && isBrowser() && options.dangerouslyAllowBrowser !== true) {
    throw new ConfigurationError(
      'apiKey in a browser exposes it to every visitor of the page. Create a session token on your server and pass sessionToken instead, or set dangerouslyAllowBrowser: true if you accept the risk.',
    );
  }
  const baseUrl = checkBaseUrl(
    options.baseUrl ?? generated.defaultServerUrl,
    apiKey !== undefined || sessionToken !== undefined,
    options.allowInsecureHttp === true,
  ).href.replace(/\/$/, '');
  // Wrapped so browsers call fetch with the right `this`.
  const fetchImpl =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const credentials = { apiKey, sessionToken };
  const shared = { baseUrl, headers: options.headers, querySerializer: createQuerySerializer() };

  const context: ClientContext = {
    ...shared,
    table: generated.operationTable,
    credentials,
    fetch: fetchImpl,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    logger: options.logger,
    authCache: typeof sessionToken === 'function' ? undefined : new Map(),
  };

  const raw = createClient<Paths>({ ...shared, fetch: fetchImpl, redirect: 'error' });
  raw.use(rawCredentialMiddleware(generated.operationTable, credentials));

  type Call = (path: string, init?: Record<string, unknown>) => Promise<unknown>;
  const client: Record<string, unknown> = { raw };
  const withResponse: Record<string, Call> = {};
  for (const verb of VERBS) {
    withResponse[verb] = (path, init) => executeOperation(context, verb, path, init);
    client[verb] = (path: string, init?: Record<string, unknown>) =>
      executeOperation(context, verb, path, init).then(({ data }) => data);
  }
  client.withResponse = withResponse;
  client.paginate = (path: string, init?: Record<string, unknown>) =>
    paginate(async (pageInit) => (await executeOperation(context, 'GET', path, pageInit)).data, path, init);
  return client as unknown as ApiClient<Paths, AccessFor<Security, GivenCredentials<Options>>>;
}

/** Gives `client.raw` the same per-operation credentials as the facade. */
function rawCredentialMiddleware(
  table: OperationTable,
  credentials: ClientContext['credentials'],
): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const entry = table.operations[`${request.method} ${schemaPath}`];
      const operation = { method: request.method, path: schemaPath };
      // 0 attempts: the raw client sends once, after this.
      const headers = await credentialHeaders(
        entry?.[0] ?? '',
        table.securitySchemes,
        credentials,
        operation,
        0,
      );
      for (const [name, value] of Object.entries(headers ?? {})) request.headers.set(name, value);
      return request;
    },
  };
}
