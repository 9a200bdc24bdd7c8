/**
 * Every setting in one place: what a client does when its options say nothing, the hard limits that keep a
 * misbehaving server from making it loop or sleep forever, the checks that refuse unsafe or invalid options, and
 * the two values the rest of the client reads them from: a client's ClientContext (defaults applied once, here)
 * and one call's Call (its options resolved against the client's).
 */
import { createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import type { Middleware, PathSerializer, QuerySerializerOptions } from 'openapi-fetch';
import { ConfigurationError, operationName } from './errors.ts';
import type { OperationRef } from './errors.ts';
import type {
  CallOptions,
  ClientOptions,
  Credentials,
  GeneratedApi,
  Logger,
  OperationTable,
  SuccessBodyKind,
} from './types.ts';

/** Budget for each attempt, including reading the whole response body. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Retries after the first attempt (so up to 3 attempts). */
export const DEFAULT_MAX_RETRIES = 2;

/** The first backoff wait; each retry doubles it, up to MAX_BACKOFF_MS. */
export const INITIAL_BACKOFF_MS = 500;
export const MAX_BACKOFF_MS = 8_000;
/** A server asking for a longer wait than this gets its error (RateLimitError for 429) instead of a sleeping client. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Same-origin redirects followed within one attempt before RedirectError. */
export const MAX_REDIRECTS = 5;
/** A hard stop for listings whose `next` never ends; far above any real listing. */
export const MAX_PAGES = 10_000;

/** setTimeout fires at once for delays above 2^31 - 1 ms; a budget that long means "no timeout" anyway. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export type QuerySerializer = (query: Record<string, unknown>) => string;

/**
 * The credentials one attempt sends: the headers the operation's security needs, and the session token they
 * carry (a token function's result, which the redactor must know). Undefined for an operation without security.
 */
export type Auth = { headers: Record<string, string>; token: string | undefined } | undefined;

/** What one client shares across its calls: its options, checked, with every default applied. */
export interface ClientContext {
  /** Without a trailing slash. */
  baseUrl: string;
  /** The base URL's origin: the only one that ever receives a credential. */
  origin: string;
  /** The client's `headers` option. */
  headers: Record<string, string> | undefined;
  /** openapi-fetch's default query serializer, created once per client. */
  querySerializer: QuerySerializer;
  table: OperationTable;
  credentials: Credentials;
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  logger: Logger | undefined;
  /** Registered with `client.use`, in order; empty for most clients, which then skip the seam entirely. */
  middleware: Middleware[];
  /**
   * Credentials per security requirement, when they cannot change (no token function): resolving them costs two
   * awaited calls per request otherwise. A cache only: every attempt would resolve the same headers.
   */
  authCache: Map<string, Auth> | undefined;
}

/**
 * Checks the options where a mistake would put credentials at risk or misbehave silently (invalid values,
 * `apiKey` in a browser, credentials over plain http to a non-loopback host) and applies every default.
 */
export function createContext(generated: GeneratedApi, options: ClientOptions): ClientContext {
  const { apiKey, sessionToken } = options;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '' || hasControlCharacters(apiKey))) {
    throw new ConfigurationError('apiKey must be a non-empty string without control characters');
  }
  if (typeof sessionToken === 'string' && (sessionToken === '' || hasControlCharacters(sessionToken))) {
    throw new ConfigurationError('sessionToken must be a non-empty string without control characters');
  }
  if (sessionToken !== undefined && typeof sessionToken !== 'string' && typeof sessionToken !== 'function') {
    throw new ConfigurationError('sessionToken must be a string or a function returning one');
  }
  checkLimits(timeout, maxRetries);
  // A browser-like page (window + document), where an API key would be visible to every visitor.
  const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (apiKey !== undefined && inBrowser && options.dangerouslyAllowBrowser !== true) {
    throw new ConfigurationError(
      'apiKey in a browser exposes it to every visitor of the page. Create a session token on your server and pass sessionToken instead, or set dangerouslyAllowBrowser: true if you accept the risk.',
    );
  }
  const base = checkBaseUrl(
    options.baseUrl ?? generated.defaultServerUrl,
    apiKey !== undefined || sessionToken !== undefined,
    options.allowInsecureHttp === true,
  );
  return {
    baseUrl: base.href.replace(/\/$/, ''),
    origin: base.origin,
    headers: options.headers,
    querySerializer: createQuerySerializer(),
    table: generated.operationTable,
    credentials: { apiKey, sessionToken },
    // Wrapped so browsers call fetch with the right `this`.
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
    timeout,
    maxRetries,
    logger: options.logger,
    middleware: [],
    authCache: typeof sessionToken === 'function' ? undefined : new Map(),
  };
}

/** Checks a timeout and a retry count, the client's or (with its operation named in the message) one call's. */
function checkLimits(timeout: number, maxRetries: number, operation?: OperationRef): void {
  // The operation is named only in an error: a valid call never formats its name.
  if (!(Number.isFinite(timeout) && timeout > 0)) {
    throw new ConfigurationError(
      `${operation ? `${operationName(operation)}: ` : ''}timeout must be a positive number of milliseconds, got ${String(timeout)}`,
      { operation },
    );
  }
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ConfigurationError(
      `${operation ? `${operationName(operation)}: ` : ''}maxRetries must be a whole number ≥ 0, got ${String(maxRetries)}`,
      { operation },
    );
  }
}

/** Header values may not hold control characters (fetch would throw, quoting the value). */
function hasControlCharacters(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Parses the base URL and refuses plain http to a non-loopback host while credentials are configured. */
function checkBaseUrl(baseUrl: string, hasCredentials: boolean, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`baseUrl must use http or https, got ${url.protocol}`);
  }
  if (
    url.protocol === 'http:' &&
    hasCredentials &&
    !allowInsecureHttp &&
    !LOOPBACK_HOSTS.test(url.hostname)
  ) {
    throw new ConfigurationError(
      `refusing to send credentials over plain http to ${url.host}; use https, or set allowInsecureHttp: true if this network is trusted`,
    );
  }
  return url;
}

/** openapi-fetch's HeadersOptions: a header value may also be a number, a boolean, a list, or null to remove it. */
export type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;
export type HeaderSource = HeadersInit | Record<string, HeaderValue> | undefined;

export interface CallParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: HeaderSource;
}

/**
 * A call's init as the run-time code sees it (the typed one is types.ts CallInit): the facade's own options,
 * params and body; keys not named here are RequestInit fields.
 */
export type UntypedInit =
  | (CallOptions & {
      params?: CallParams;
      body?: unknown;
      headers?: HeadersInit;
      querySerializer?: QuerySerializer | QuerySerializerOptions;
      pathSerializer?: PathSerializer;
      [key: string]: unknown;
    })
  | undefined;

/** One call, its options resolved against the client's: what every attempt of it reads. */
export interface Call {
  operation: OperationRef;
  /** The operation's security requirement, in the generated compact form ("" for none). */
  security: string;
  bodyKind: SuccessBodyKind;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  params: CallParams;
  body: unknown;
  headers: HeadersInit | undefined;
  querySerializer: QuerySerializer;
  pathSerializer: PathSerializer;
  /** The rest of the init (cache, keepalive, …): RequestInit fields passed on to fetch, as openapi-fetch does. */
  requestInit: Record<string, unknown>;
  /** The `id` middleware hooks see: one per call, made when a middleware first needs it. */
  id?: string;
}

/** Resolves a call's options; a per-call timeout or retry count gets the checks the client's got. */
export function prepareCall(ctx: ClientContext, method: string, path: string, init: UntypedInit): Call {
  const operation: OperationRef = { method, path };
  const [security, bodyKind] = ctx.table.operations[`${method} ${path}`] ?? ['', 'json'];
  const {
    timeout = ctx.timeout,
    maxRetries = ctx.maxRetries,
    signal,
    params = {},
    body,
    headers,
    querySerializer,
    pathSerializer,
    ...requestInit
  } = init ?? {};
  checkLimits(timeout, maxRetries, operation);
  return {
    operation,
    security,
    bodyKind,
    timeout,
    maxRetries,
    signal,
    params,
    body,
    headers,
    // A call may pass its own serializer, or options for openapi-fetch's.
    querySerializer:
      typeof querySerializer === 'object'
        ? createQuerySerializer(querySerializer)
        : (querySerializer ?? ctx.querySerializer),
    pathSerializer: pathSerializer ?? defaultPathSerializer,
    requestInit,
  };
}
