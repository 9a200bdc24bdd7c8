import createClient, { createQuerySerializer } from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import { isBrowser, checkBaseUrl } from './environment.ts';
import { ConfigurationError } from './errors.ts';
import type { OperationTable } from './operation-table.ts';
import { DEFAULT_TIMEOUT_MS } from './options.ts';
import type { ClientOptions } from './options.ts';
import { paginate } from './paginate.ts';
import { executeOperation } from './request.ts';
import type { ClientContext, UntypedHttp } from './request.ts';
import { DEFAULT_MAX_RETRIES } from './retry.ts';
import { credentialHeaders } from './security.ts';
import { PlainRequest } from './transport.ts';
import type {
  CallArgs,
  FacadeCall,
  FacadeCallWithResponse,
  FacadeMethod,
  PageItem,
  PaginatedPath,
  ResponseDetails,
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

const METHODS: readonly FacadeMethod[] = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

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
  const baseUrl = checkBaseUrl(
    options.baseUrl ?? generated.defaultServerUrl,
    apiKey !== undefined || sessionToken !== undefined,
    options.allowInsecureHttp === true,
  ).href.replace(/\/$/, '');
  // Wrapped so browsers call fetch with the right `this`.
  const fetchImpl =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const credentials = { apiKey, sessionToken };
  const querySerializer = createQuerySerializer();

  const context: ClientContext = {
    http: createClient({
      baseUrl,
      headers: options.headers,
      Request: PlainRequest as unknown as typeof Request,
      querySerializer,
    }) as unknown as UntypedHttp,
    table: generated.operationTable,
    credentials,
    fetch: fetchImpl,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    logger: options.logger,
  };

  const raw = createClient<Paths>({
    baseUrl,
    headers: options.headers,
    fetch: fetchImpl,
    redirect: 'error',
    querySerializer,
  });
  raw.use(rawCredentialMiddleware(generated.operationTable, credentials));

  const client: Record<string, unknown> = { raw };
  const withResponse: Record<string, unknown> = {};
  for (const method of METHODS) {
    const verb = method.toUpperCase();
    client[verb] = (path: string, init?: Record<string, unknown>) =>
      executeOperation(context, verb, path, init).then((result) => result.data);
    withResponse[verb] = async (
      path: string,
      init?: Record<string, unknown>,
    ): Promise<ResponseDetails<unknown>> => {
      const result = await executeOperation(context, verb, path, init);
      return {
        data: result.data,
        status: result.response.status,
        headers: result.response.headers,
        code: result.code,
        message: result.message,
        requestId: result.requestId,
        attempts: result.attempts,
      };
    };
  }
  client.withResponse = withResponse;
  client.paginate = (path: string, init?: Record<string, unknown>) =>
    paginate(async (pageInit) => (await executeOperation(context, 'GET', path, pageInit)).data, path, init);
  return client as unknown as ApiClient<Paths>;
}

/** Header values may not hold control characters (fetch would throw, quoting the value). */
function hasControlCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function validateOptions(options: ClientOptions): void {
  const { apiKey, sessionToken, timeout, maxRetries } = options;
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '' || hasControlCharacters(apiKey))) {
    throw new ConfigurationError('apiKey must be a non-empty string without control characters');
  }
  if (typeof sessionToken === 'string' && (sessionToken === '' || hasControlCharacters(sessionToken))) {
    throw new ConfigurationError('sessionToken must be a non-empty string without control characters');
  }
  if (sessionToken !== undefined && typeof sessionToken !== 'string' && typeof sessionToken !== 'function') {
    throw new ConfigurationError('sessionToken must be a string or a function returning one');
  }
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    throw new ConfigurationError(`timeout must be a positive number of milliseconds, got ${String(timeout)}`);
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ConfigurationError(`maxRetries must be a whole number ≥ 0, got ${String(maxRetries)}`);
  }
}

/** Gives `client.raw` the same per-operation credentials as the facade. */
function rawCredentialMiddleware(
  table: OperationTable,
  credentials: ClientContext['credentials'],
): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const entry = table.operations[`${request.method} ${schemaPath}`];
      const headers = await credentialHeaders(entry?.[0] ?? '', table.securitySchemes, credentials, {
        method: request.method,
        path: schemaPath,
      });
      for (const [name, value] of Object.entries(headers ?? {})) request.headers.set(name, value);
      return request;
    },
  };
}
