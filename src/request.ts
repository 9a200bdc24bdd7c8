import { decodeSuccess } from './envelope.ts';
import type { DecodedSuccess } from './envelope.ts';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  LiveAvatarError,
  MissingCredentialError,
  TimeoutError,
} from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { OperationTable } from './operation-table.ts';
import type { CallOptions, LogFields, Logger } from './options.ts';
import { Redactor } from './redact.ts';
import { errorFromResponse, requestIdOf } from './response-error.ts';
import { backoffMs, isRetryable, MAX_RETRY_AFTER_MS, retryAfterMs } from './retry.ts';
import type { AttemptOutcome } from './retry.ts';
import { credentialHeaders } from './security.ts';
import type { Credentials } from './security.ts';
import { abortableSleep } from './sleep.ts';
import { sendWithSameOriginRedirects } from './transport.ts';
import type { PlainRequest } from './transport.ts';

/** openapi-fetch's `request`, seen without the per-path typing (the facade's own signatures carry that). */
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
}

export interface CallResult extends DecodedSuccess {
  response: Response;
  attempts: number;
  requestId: string | undefined;
}

type Init = (CallOptions & { body?: unknown; headers?: HeadersInit; [key: string]: unknown }) | undefined;

/**
 * Runs one operation: credentials from the spec's security, then attempts with a per-attempt timeout, retries
 * by the rules in retry.ts, and the success body decoded per the spec. Every failure is a LiveAvatarError.
 */
export async function executeOperation(
  ctx: ClientContext,
  method: string,
  path: string,
  init: Init,
): Promise<CallResult> {
  const operation: OperationRef = { method, path };
  const [security, bodyKind] = ctx.table.operations[`${method} ${path}`] ?? ['', 'json'];
  const {
    timeout = ctx.timeout,
    maxRetries = ctx.maxRetries,
    signal,
    headers: callHeaders,
    ...rest
  } = init ?? {};
  checkCallOptions(operation, timeout, maxRetries);

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(operation, attempt - 1, signal);
    // Resolved per attempt so a token function can hand out a refreshed token on retry.
    const auth = await resolveCredentials(ctx, security, operation, attempt - 1);
    // A token function can take a while, and an abort during it fires no event the listener below would see.
    if (signal?.aborted) throw abortError(operation, attempt - 1, signal);
    const redactor = () => callRedactor(ctx, auth, rest.body);
    const send = (request: PlainRequest) =>
      sendWithSameOriginRedirects(ctx.fetch, request, operation, attempt);
    const started = Date.now();
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        controller.abort();
      },
      Math.min(timeout, MAX_TIMER_MS),
    );
    const forwardAbort = () => {
      controller.abort();
    };
    signal?.addEventListener('abort', forwardAbort, { once: true });

    let outcome: AttemptOutcome;
    let failure: LiveAvatarError;
    let waitHint: number | undefined;
    let requestId: string | undefined;
    try {
      const { data, error, response } = await ctx.http.request(method.toLowerCase(), path, {
        ...rest,
        headers: mergeHeaders(callHeaders, auth),
        signal: controller.signal,
        parseAs: 'text',
        fetch: send,
      });
      const rawRequestId = requestIdOf(response.headers);
      // The server chooses the request id: logs see it only through the redactor.
      requestId = rawRequestId !== undefined && ctx.logger ? redactor().text(rawRequestId) : rawRequestId;
      if (response.ok) {
        const decoded = decodeSuccess(
          bodyKind,
          response.status,
          data as string | undefined,
          response.headers.get('content-type'),
          { operation, attempts: attempt, redact: (text) => redactor().text(text) },
        );
        log(ctx.logger, 'debug', 'request succeeded', {
          ...operation,
          attempt,
          status: response.status,
          durationMs: Date.now() - started,
          requestId,
        });
        return { ...decoded, response, attempts: attempt, requestId: rawRequestId };
      }
      waitHint = retryAfterMs(response.headers);
      failure = errorFromResponse(response, error, {
        operation,
        attempts: attempt,
        redactor: redactor(),
        retryAfterMs: waitHint,
      });
      outcome = { kind: 'status', status: response.status };
    } catch (error) {
      if (signal?.aborted) throw abortError(operation, attempt, signal);
      if (error instanceof LiveAvatarError) {
        // An answer the client cannot use (a body against the spec, a redirect it will not follow): final.
        log(
          ctx.logger,
          'error',
          'request failed',
          failureFields(operation, attempt, error, started, requestId),
        );
        throw error;
      }
      // The caller's signal was checked above, so an aborted attempt signal means the timer fired.
      if (controller.signal.aborted) {
        failure = new TimeoutError(`${method} ${path} timed out after ${timeout} ms on attempt ${attempt}`, {
          operation,
          attempts: attempt,
          timeoutMs: timeout,
        });
        outcome = { kind: 'timeout' };
      } else {
        const refused = isConnectionRefused(error);
        const description = redactor().text(describeNetworkError(error));
        failure = new ConnectionError(
          `${method} ${path} could not complete: ${description} (attempt ${attempt})`,
          {
            operation,
            attempts: attempt,
            refused,
          },
        );
        outcome = { kind: 'connection', refused };
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }

    const fields = failureFields(operation, attempt, failure, started, requestId);
    // A server asking for a longer wait than MAX_RETRY_AFTER_MS gets its error (RateLimitError for 429) at once.
    const waitTooLong = waitHint !== undefined && waitHint > MAX_RETRY_AFTER_MS;
    if (attempt > maxRetries || !isRetryable(method, outcome) || waitTooLong) {
      log(ctx.logger, 'error', 'request failed', fields);
      throw failure;
    }
    const delay = waitHint ?? backoffMs(attempt - 1);
    log(ctx.logger, 'warn', 'retrying', { ...fields, retryInMs: delay });
    try {
      await abortableSleep(delay, signal);
    } catch {
      throw abortError(operation, attempt, signal);
    }
  }
}

/** setTimeout fires at once for delays above 2^31 - 1 ms; a budget that long means "no timeout" anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The per-call overrides get the same checks the client options got (an invalid value would misbehave silently). */
function checkCallOptions(operation: OperationRef, timeout: number, maxRetries: number): void {
  if (!(Number.isFinite(timeout) && timeout > 0)) {
    throw new ConfigurationError(
      `${operation.method} ${operation.path}: timeout must be a positive number of milliseconds, got ${String(timeout)}`,
      { operation },
    );
  }
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ConfigurationError(
      `${operation.method} ${operation.path}: maxRetries must be a whole number ≥ 0, got ${String(maxRetries)}`,
      { operation },
    );
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
    return await credentialHeaders(security, ctx.table.securitySchemes, ctx.credentials, operation);
  } catch (error) {
    if (error instanceof LiveAvatarError) throw error;
    throw new MissingCredentialError(
      `${operation.method} ${operation.path}: the sessionToken function threw (after ${attemptsSoFar} attempt${attemptsSoFar === 1 ? '' : 's'})`,
      { operation, attempts: attemptsSoFar, acceptedCredentials: ['sessionToken'], cause: error },
    );
  }
}

function failureFields(
  operation: OperationRef,
  attempt: number,
  failure: LiveAvatarError,
  started: number,
  requestId: string | undefined,
): LogFields {
  return {
    ...operation,
    attempt,
    status: failure instanceof ApiError ? failure.status : undefined,
    durationMs: Date.now() - started,
    requestId: failure instanceof ApiError ? failure.requestId : requestId,
    error: failure.name,
  };
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
    `${operation.method} ${operation.path} was aborted by the caller${why} after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
    {
      operation,
      attempts,
    },
  );
}

/** Node's fetch wraps the socket error: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }). */
function isConnectionRefused(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === 'ECONNREFUSED') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function describeNetworkError(error: unknown): string {
  const messages: string[] = [];
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') messages.push(code);
    else if (typeof message === 'string' && message) messages.push(message);
    current = (current as { cause?: unknown }).cause;
  }
  return messages.join(': ') || 'network error';
}

/** A logger that throws must not turn into a failed (or, worse, retried) request. */
function log(logger: Logger | undefined, level: keyof Logger, message: string, fields: LogFields): void {
  try {
    logger?.[level]?.(message, fields);
  } catch {
    // Logging is best effort.
  }
}
