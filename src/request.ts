import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
} from 'openapi-fetch';
import type { PathSerializer, QuerySerializerOptions } from 'openapi-fetch';
import { decodeSuccess } from './envelope.ts';
import {
  AbortError,
  afterAttempts,
  ApiError,
  ConnectionError,
  LiveAvatarError,
  MissingCredentialError,
  operationName,
  TimeoutError,
} from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { OperationTable } from './operation-table.ts';
import { checkLimits } from './options.ts';
import type { CallOptions, LogFields, Logger } from './options.ts';
import { Redactor } from './redact.ts';
import { errorFromResponse, requestIdOf } from './response-error.ts';
import { backoffMs, isRetryable, MAX_RETRY_AFTER_MS } from './retry.ts';
import type { AttemptOutcome } from './retry.ts';
import { credentialHeaders } from './security.ts';
import type { Credentials } from './security.ts';
import { abortableSleep } from './sleep.ts';
import { sendWithSameOriginRedirects } from './transport.ts';
import type { ResponseDetails } from './types.ts';

type QuerySerializer = (query: Record<string, unknown>) => string;
/** openapi-fetch's HeadersOptions: a header value may also be a number, a boolean, a list, or null to remove it. */
type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;
type HeaderSource = HeadersInit | Record<string, HeaderValue> | undefined;

/** What one client shares across its calls. */
export interface ClientContext {
  /** Without a trailing slash. */
  baseUrl: string;
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
  /**
   * Credential headers per security requirement, when they cannot change (no token function): resolving them
   * costs two awaited calls per request otherwise.
   */
  authCache: Map<string, Record<string, string> | undefined> | undefined;
}

/** A call's init without the facade's own options; keys not named here are RequestInit fields. */
interface RequestParts {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: HeaderSource };
  body?: unknown;
  headers?: HeadersInit;
  querySerializer?: QuerySerializer | QuerySerializerOptions;
  pathSerializer?: PathSerializer;
  [key: string]: unknown;
}

type Init = (CallOptions & RequestParts) | undefined;

/** setTimeout fires at once for delays above 2^31 - 1 ms; a budget that long means "no timeout" anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs one operation: credentials from the spec's security, then attempts with a per-attempt timeout, retries
 * by the rules in retry.ts, and the success body decoded per the spec. Every failure is a LiveAvatarError.
 */
export async function executeOperation(
  ctx: ClientContext,
  method: string,
  path: string,
  init: Init,
): Promise<ResponseDetails<unknown>> {
  const operation: OperationRef = { method, path };
  const [security, bodyKind] = ctx.table.operations[`${method} ${path}`] ?? ['', 'json'];
  const {
    timeout = ctx.timeout,
    maxRetries = ctx.maxRetries,
    signal,
    params = {},
    body,
    headers: callHeaders,
    querySerializer,
    pathSerializer,
    // The rest is RequestInit (cache, keepalive, …), passed on as openapi-fetch does.
    ...requestInit
  } = init ?? {};
  // The per-call overrides get the same checks the client options got (an invalid value would misbehave).
  checkLimits(timeout, maxRetries, operation);
  const log = (level: keyof Logger, message: string, fields: Omit<LogFields, 'method' | 'path'>) => {
    try {
      ctx.logger?.[level]?.(message, { ...operation, ...fields });
    } catch {
      // A logger that throws must not turn into a failed (or, worse, retried) request.
    }
  };

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(operation, attempt - 1, signal);
    // Resolved per attempt so a token function can hand out a refreshed token on retry.
    const auth = ctx.authCache?.has(security)
      ? ctx.authCache.get(security)
      : await resolveCredentials(ctx, security, operation, attempt - 1);
    // A token function can take a while, and an abort during it fires no event the listener below would see.
    if (signal?.aborted) throw abortError(operation, attempt - 1, signal);
    // Built only when something needs redacting, so a successful call pays nothing for it.
    const redactor = () => callRedactor(ctx, auth, body);
    const started = Date.now();
    const controller = new AbortController();
    const abortAttempt = () => {
      controller.abort();
    };
    const timer = setTimeout(abortAttempt, Math.min(timeout, MAX_TIMER_MS));
    signal?.addEventListener('abort', abortAttempt, { once: true });

    let failure: LiveAvatarError;
    // Undefined for an answer the client cannot use (a body against the spec, a redirect it will not follow).
    let outcome: AttemptOutcome | undefined;
    // The server chooses the request id: logs see it only through the redactor.
    let loggedRequestId: string | undefined;
    try {
      // Built here rather than through openapi-fetch's request: its Headers merging, middleware machinery and
      // Request object measured about half of the facade's per-call overhead. URLs and bodies still come from
      // its serializers.
      const url = createFinalURL(path, {
        baseUrl: ctx.baseUrl,
        params,
        // A call may pass its own serializer, or options for openapi-fetch's.
        querySerializer:
          typeof querySerializer === 'object'
            ? createQuerySerializer(querySerializer)
            : (querySerializer ?? ctx.querySerializer),
        pathSerializer: pathSerializer ?? defaultPathSerializer,
      });
      const headers = requestHeaders(body, [ctx.headers, callHeaders, auth, params.header]);
      const response = await sendWithSameOriginRedirects(
        ctx.fetch,
        url,
        {
          ...requestInit,
          method,
          headers,
          body: body === undefined ? body : (defaultBodySerializer as BodySerializer)(body, headers),
          signal: controller.signal,
        },
        operation,
        attempt,
        (value) => redactor().text(value),
      );
      // As openapi-fetch reads it: no body for 204, HEAD or content-length 0 (it also reads one under a
      // chunked transfer-encoding there, which HTTP parsers reject), else the text.
      const text =
        response.status === 204 || method === 'HEAD' || response.headers.get('content-length') === '0'
          ? undefined
          : await response.text();
      const { ok, status, headers: responseHeaders } = response;
      const requestId = requestIdOf(responseHeaders);
      loggedRequestId = requestId !== undefined && ctx.logger ? redactor().text(requestId) : requestId;
      if (ok) {
        const decoded = decodeSuccess(bodyKind, status, text, responseHeaders.get('content-type'), {
          operation,
          attempts: attempt,
          redact: (value) => redactor().text(value),
        });
        // Guarded here, on the hot path, so a client without a logger builds no log fields.
        if (ctx.logger) {
          log('debug', 'request succeeded', {
            attempt,
            status,
            durationMs: Date.now() - started,
            requestId: loggedRequestId,
          });
        }
        const { data, code, message } = decoded;
        return { data, status, headers: responseHeaders, code, message, requestId, attempts: attempt };
      }
      failure = errorFromResponse(response, parseErrorBody(text), operation, attempt, redactor());
      outcome = { kind: 'status', status };
    } catch (error) {
      if (signal?.aborted) throw abortError(operation, attempt, signal);
      if (error instanceof LiveAvatarError) {
        failure = error;
      } else if (controller.signal.aborted) {
        // The caller's signal was checked above, so an aborted attempt signal means the timer fired.
        failure = new TimeoutError(
          `${operationName(operation)} timed out after ${timeout} ms on attempt ${attempt}`,
          { operation, attempts: attempt, timeoutMs: timeout },
        );
        outcome = { kind: 'timeout' };
      } else {
        const { refused, description } = networkFailure(error);
        failure = new ConnectionError(
          `${operationName(operation)} could not complete: ${redactor().text(description)} (attempt ${attempt})`,
          { operation, attempts: attempt, refused },
        );
        outcome = { kind: 'connection', refused };
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abortAttempt);
    }

    const fields = {
      attempt,
      status: failure instanceof ApiError ? failure.status : undefined,
      durationMs: Date.now() - started,
      requestId: loggedRequestId,
      error: failure.name,
    };
    const waitHint = failure instanceof ApiError ? failure.retryAfterMs : undefined;
    // A server asking for a longer wait than MAX_RETRY_AFTER_MS gets its error (RateLimitError for 429) at once.
    const waitTooLong = waitHint !== undefined && waitHint > MAX_RETRY_AFTER_MS;
    if (!outcome || attempt > maxRetries || !isRetryable(method, outcome) || waitTooLong) {
      log('error', 'request failed', fields);
      throw failure;
    }
    const delay = waitHint ?? backoffMs(attempt - 1);
    log('warn', 'retrying', { ...fields, retryInMs: delay });
    try {
      await abortableSleep(delay, signal);
    } catch {
      throw abortError(operation, attempt, signal);
    }
  }
}

/** The credential headers for one attempt; a sessionToken function that throws becomes a LiveAvatarError too. */
async function resolveCredentials(
  ctx: ClientContext,
  security: string,
  operation: OperationRef,
  attemptsSoFar: number,
): Promise<Record<string, string> | undefined> {
  try {
    const headers = await credentialHeaders(
      security,
      ctx.table.securitySchemes,
      ctx.credentials,
      operation,
      attemptsSoFar,
    );
    ctx.authCache?.set(security, headers);
    return headers;
  } catch (error) {
    if (error instanceof LiveAvatarError) throw error;
    throw new MissingCredentialError(
      `${operationName(operation)}: the sessionToken function threw (${afterAttempts(attemptsSoFar)})`,
      { operation, attempts: attemptsSoFar, acceptedCredentials: ['sessionToken'], cause: error },
    );
  }
}

/** Knows this call's secrets: the credentials it sent (a token function's result too) and secret-named body fields. */
function callRedactor(ctx: ClientContext, auth: Record<string, string> | undefined, body: unknown): Redactor {
  const sent = Object.values(auth ?? {}).map((value) => value.replace(/^Bearer /, ''));
  const token = typeof ctx.credentials.sessionToken === 'string' ? ctx.credentials.sessionToken : undefined;
  return new Redactor([ctx.credentials.apiKey, token, ...sent], body);
}

/** openapi-fetch's body serializer, typed as it runs: its typings omit the headers that select a url-encoded form. */
type BodySerializer = (body: unknown, headers: Record<string, string>) => BodyInit;

/**
 * The request headers in openapi-fetch's order: a JSON Content-Type lowest (none for FormData: fetch adds its
 * boundary), then the sources in turn (client, call, credentials, the spec's header parameters).
 */
function requestHeaders(body: unknown, sources: HeaderSource[]): Record<string, string> {
  const headers: Record<string, string> =
    body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' };
  for (const source of sources) {
    // A Headers copy joins repeated names in a list of pairs. Records (the usual case) go through for…in, which
    // measured about 5× faster than Object.entries; over undefined it finds no keys.
    if (source instanceof Headers || Array.isArray(source))
      for (const [key, value] of new Headers(source)) setHeader(headers, key, value);
    else for (const key in source) setHeader(headers, key, source[key]);
  }
  return headers;
}

/** null removes a header, undefined is skipped, a list appends each item (to an earlier source's value too). */
function setHeader(headers: Record<string, string>, key: string, value: HeaderValue): void {
  const name = key.toLowerCase();
  if (value === null) Reflect.deleteProperty(headers, name);
  else if (Array.isArray(value)) {
    for (const item of value) headers[name] = name in headers ? `${headers[name]}, ${item}` : `${item}`;
  } else if (value !== undefined) headers[name] = `${value}`;
}

/** An error body as openapi-fetch gives it: parsed when it is JSON, else the text. */
function parseErrorBody(text: string | undefined): unknown {
  try {
    return text && JSON.parse(text);
  } catch {
    return text;
  }
}

function abortError(operation: OperationRef, attempts: number, signal: AbortSignal | undefined): AbortError {
  const reason: unknown = signal?.reason;
  const why = reason instanceof Error && reason.name !== 'AbortError' ? `: ${reason.message}` : '';
  return new AbortError(
    `${operationName(operation)} was aborted by the caller${why} ${afterAttempts(attempts)}`,
    {
      operation,
      attempts,
    },
  );
}

/**
 * What a fetch rejection says, read down its cause chain: Node's fetch wraps the socket error, as in
 * TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }). A refused connection was provably not processed.
 */
function networkFailure(error: unknown): { refused: boolean; description: string } {
  const parts: string[] = [];
  let refused = false;
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (code === 'ECONNREFUSED') refused = true;
    if (typeof code === 'string') parts.push(code);
    else if (typeof message === 'string' && message) parts.push(message);
    current = cause;
  }
  return { refused, description: parts.join(': ') || 'network error' };
}
