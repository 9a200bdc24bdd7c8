import createClient, { createQuerySerializer } from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import type { ClientContext } from './context.ts';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './defaults.ts';
import { isBrowser, checkBaseUrl } from './environment.ts';
import { ConfigurationError } from './errors.ts';
import type { OperationTable } from './operation-table.ts';
import { validateOptions } from './options.ts';
import type { ClientOptions } from './options.ts';
import { paginate } from './paginate.ts';
import { executeOperation } from './request.ts';
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

/** The typed client: one method per HTTP verb, resolving to the operation's unwrapped `data`. */
export interface ApiClient<Paths extends object> {
  GET: FacadeCall<Paths, 'get'>;
  PUT: FacadeCall<Paths, 'put'>;
  POST: FacadeCall<Paths, 'post'>;
  PATCH: FacadeCall<Paths, 'patch'>;
  DELETE: FacadeCall<Paths, 'delete'>;
  HEAD: FacadeCall<Paths, 'head'>;
  OPTIONS: FacadeCall<Paths, 'options'>;
  /** The same calls, resolving to `{ data, status, headers, code, message, requestId, attempts }`. */
  withResponse: { [Method in FacadeMethod as Uppercase<Method>]: FacadeCallWithResponse<Paths, Method> };
  /** Every item of a page/page_size listing, fetched page by page. */
  paginate<Path extends PaginatedPath<Paths>, Init extends SpecInit<Paths, Path, 'get'>>(
    path: Path,
    ...init: CallArgs<Init>
  ): AsyncGenerator<PageItem<Paths, Path>, void, undefined>;
  /**
   * The underlying openapi-fetch client, for what the facade does not cover. It sends the same credentials but
   * does not retry, unwrap or follow redirects (`redirect: 'error'`).
   */
  raw: Client<Paths>;
}

/** The generated half of a client: the spec's operation table and default server. */
export interface GeneratedApi {
  operationTable: OperationTable;
  defaultServerUrl: string;
}

const VERBS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** Builds a client for any spec run through the pipeline; createLiveAvatarClient is this with LiveAvatar's. */
export function createApiClient<Paths extends object>(
  generated: GeneratedApi,
  options: ClientOptions = {},
): ApiClient<Paths> {
  const { apiKey, sessionToken } = options;
  validateOptions(options);
  if (apiKey !== undefined && isBrowser() && options.dangerouslyAllowBrowser !== true) {
    throw new ConfigurationError(
      'apiKey in a browser exposes it to every visitor of the page. Create a session token on your server and pass sessionToken instead, or set dangerouslyAllowBrowser: true if you accept the risk.',
    );
  }
  const base = checkBaseUrl(
    options.baseUrl ?? generated.defaultServerUrl,
    apiKey !== undefined || sessionToken !== undefined,
    options.allowInsecureHttp === true,
  );
  const baseUrl = base.href.replace(/\/$/, '');
  // Wrapped so browsers call fetch with the right `this`.
  const fetchImpl =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const credentials = { apiKey, sessionToken };
  const shared = { baseUrl, headers: options.headers, querySerializer: createQuerySerializer() };

  const context: ClientContext = {
    ...shared,
    origin: base.origin,
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
    withResponse[verb] = (path, init) => executeOperation(context, verb, path, init, true);
    client[verb] = (path: string, init?: Record<string, unknown>) =>
      executeOperation(context, verb, path, init, false);
  }
  client.withResponse = withResponse;
  client.paginate = (path: string, init?: Record<string, unknown>) =>
    paginate((pageInit) => executeOperation(context, 'GET', path, pageInit, false), path, init);
  return client as unknown as ApiClient<Paths>;
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
