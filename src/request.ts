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
import type { PlainRequest } from './transport.ts';
import type { ResponseDetails } from './types.ts';

/**
 * openapi-fetch's `request`, seen without the per-path typing (the facade's own signatures carry that). It takes
 * the method in any case (it upper-cases it).
 */
export interface UntypedHttp {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** What one client shares across its calls. */
export interface ClientContext {
  /** openapi-fetch, set up with PlainRequest: builds URLs, serializes params and bodies, reads the body text. */
  http: UntypedHttp;
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

type Init = (CallOptions & { body?: unknown; headers?: HeadersInit; [key: string]: unknown }) | undefined;

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
  const { timeout = ctx.timeout, maxRetries = ctx.maxRetries, signal, headers, ...rest } = init ?? {};
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
    const redactor = () => callRedactor(ctx, auth, rest.body);
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
      const { data, error, response } = await ctx.http.request(method, path, {
        ...rest,
        headers: mergeHeaders(headers, auth),
        signal: controller.signal,
        parseAs: 'text',
        fetch: (request: PlainRequest) => sendWithSameOriginRedirects(ctx.fetch, request, operation, attempt),
      });
      const { ok, status, headers: responseHeaders } = response;
      const requestId = requestIdOf(responseHeaders);
      loggedRequestId = requestId !== undefined && ctx.logger ? redactor().text(requestId) : requestId;
      if (ok) {
        const decoded = decodeSuccess(
          bodyKind,
          status,
          data as string | undefined,
          responseHeaders.get('content-type'),
          {
            operation,
            attempts: attempt,
            redact: (text) => redactor().text(text),
          },
        );
        // Guarded here, on the hot path, so a client without a logger builds no log fields.
        if (ctx.logger) {
          log('debug', 'request succeeded', {
            attempt,
            status,
            durationMs: Date.now() - started,
            requestId: loggedRequestId,
          });
        }
        const { data: body, code, message } = decoded;
        return { data: body, status, headers: responseHeaders, code, message, requestId, attempts: attempt };
      }
      failure = errorFromResponse(response, error, operation, attempt, redactor());
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

function mergeHeaders(
  callHeaders: HeadersInit | undefined,
  auth: Record<string, string> | undefined,
): HeadersInit | undefined {
  if (callHeaders === undefined) return auth;
  if (auth === undefined) return callHeaders;
  const merged = new Headers(callHeaders);
  for (const [name, value] of Object.entries(auth)) merged.set(name, value);
  return merged;
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
