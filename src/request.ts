/**
 * One call, top to bottom:
 *   prepareCall (options.ts)          resolve the call's options against the client's
 *   resolveCredentials (auth.ts)      credential headers, per attempt
 *   runAttempt (here)                 timed: build and send (transport.ts), then decode or classify (outcome.ts)
 *   retryDelay (outcome.ts)           the retry decision, from what the attempt's answer said
 *   abortableSleep (here)             the backoff wait, cut short by the caller's signal
 */
import { Redactor, resolveCredentials } from './auth.ts';
import { ApiError } from './errors.ts';
import type { OperationRef } from './errors.ts';
import {
  abortError,
  classifyThrown,
  decodeSuccess,
  failureFromResponse,
  requestIdOf,
  retryDelay,
} from './outcome.ts';
import type { ClassifiedFailure } from './outcome.ts';
import { MAX_TIMER_MS, prepareCall } from './options.ts';
import type { Auth, Call, ClientContext, UntypedInit } from './options.ts';
import { sendAttempt } from './transport.ts';
import type { LogFields, Logger, ResponseDetails } from './types.ts';

/**
 * Runs one operation: attempts with a per-attempt timeout, retried by the rules in outcome.ts, the success body
 * decoded per the spec. Resolves to the data alone, or with `details` to everything about the response. Every
 * failure is a LiveAvatarError.
 */
export async function executeOperation(
  ctx: ClientContext,
  method: string,
  path: string,
  init: UntypedInit,
  details: boolean,
): Promise<unknown> {
  const call = prepareCall(ctx, method, path, init);
  const { signal, operation, security } = call;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(operation, attempt - 1, signal);
    const auth = ctx.authCache?.has(security)
      ? ctx.authCache.get(security)
      : await resolveCredentials(ctx, call, attempt - 1);
    // A token function can take a while, and an abort during it fires no event the attempt would see.
    if (signal?.aborted) throw abortError(operation, attempt - 1, signal);
    const result = await runAttempt(ctx, call, auth, attempt);
    if (!('failure' in result)) return details ? result : result.data;
    await waitBeforeRetry(ctx, call, result, attempt);
  }
}

/** Logs the failed attempt and waits before the next one, or throws its error when it is final. */
async function waitBeforeRetry(
  ctx: ClientContext,
  call: Call,
  { failure, outcome, requestId, durationMs }: AttemptFailure,
  attempt: number,
): Promise<void> {
  const { operation } = call;
  const status = failure instanceof ApiError ? failure.status : undefined;
  const fields = { attempt, status, durationMs, requestId, error: failure.name };
  const delay = retryDelay(operation.method, outcome, attempt - 1, call.maxRetries);
  if (delay === undefined) {
    logSafely(ctx.logger, 'error', 'request failed', operation, fields);
    throw failure;
  }
  logSafely(ctx.logger, 'warn', 'retrying', operation, { ...fields, retryInMs: delay });
  // An abort ends the wait early; the next turn of executeOperation's loop throws the AbortError.
  await abortableSleep(delay, call.signal);
}

interface AttemptFailure extends ClassifiedFailure {
  /** The response's request id, redacted, for the log line; undefined when no answer was read. */
  requestId: string | undefined;
  durationMs: number;
}

type AttemptResult = ResponseDetails<unknown> | AttemptFailure;

/**
 * One attempt of a call, within its own timeout: send (through middleware and same-origin redirects), read the
 * body, then decode a success or classify the failure. Deciding whether to try again is the caller's.
 */
async function runAttempt(
  ctx: ClientContext,
  call: Call,
  auth: Auth,
  attempt: number,
): Promise<AttemptResult> {
  // The attempt's one redactor, passed to everything that may quote the server or the caller; it learns the
  // secrets only when first used, so a successful call pays little for it.
  const { apiKey, sessionToken } = ctx.credentials;
  const redactor = new Redactor([apiKey, sessionToken, auth?.token], call.body);
  const started = Date.now();
  const controller = new AbortController();
  const abortAttempt = () => {
    controller.abort();
  };
  const timer = setTimeout(abortAttempt, Math.min(call.timeout, MAX_TIMER_MS));
  // Removed in `finally`; an abort event fires at most once anyway.
  call.signal?.addEventListener('abort', abortAttempt);
  // The server chooses the request id: logs see it only through the redactor.
  let loggedRequestId: string | undefined;
  const failed = (classified: ClassifiedFailure): AttemptFailure => ({
    ...classified,
    requestId: loggedRequestId,
    durationMs: Date.now() - started,
  });
  try {
    const response = await sendAttempt(ctx, call, auth, attempt, controller.signal, redactor);
    const text = hasNoBody(response, call.operation.method) ? undefined : await response.text();
    const { ok, status, headers } = response;
    const requestId = requestIdOf(headers);
    loggedRequestId = requestId !== undefined && ctx.logger ? redactor.text(requestId) : requestId;
    if (!ok) return failed(failureFromResponse(response, text, call.operation, attempt, redactor));
    const contentType = headers.get('content-type');
    const { data, code, message } = decodeSuccess(call, attempt, status, text, contentType, redactor);
    // Guarded here, on the hot path, so a client without a logger builds no log fields.
    // Stryker disable next-line ConditionalExpression: only saves work; logSafely skips an absent logger itself.
    if (ctx.logger) {
      const fields = { attempt, status, durationMs: Date.now() - started, requestId: loggedRequestId };
      logSafely(ctx.logger, 'debug', 'request succeeded', call.operation, fields);
    }
    return { data, status, headers, code, message, requestId, attempts: attempt };
  } catch (error) {
    return failed(classifyThrown(error, call, attempt, controller.signal, redactor));
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', abortAttempt);
  }
}

/**
 * As openapi-fetch reads it: no body for HEAD or content-length 0 (it also reads one under a chunked
 * transfer-encoding there, which HTTP parsers reject). It skips 204 too, but a Response cannot carry a body with
 * 204, and decodeSuccess ignores the text of one.
 */
function hasNoBody(response: Response, method: string): boolean {
  return method === 'HEAD' || response.headers.get('content-length') === '0';
}

/** Hands one line to the client's logger, if any; a logger that throws must not fail (or retry) the request. */
function logSafely(
  logger: Logger | undefined,
  level: keyof Logger,
  message: string,
  operation: OperationRef,
  fields: Omit<LogFields, 'method' | 'path'>,
): void {
  try {
    // Without `?.`, a missing logger or level would throw a TypeError into the catch below: the same outcome,
    // so the `?.` only spares throwing and catching one.
    // Stryker disable next-line OptionalChaining: a missing logger or level ends in the catch, as with `?.`
    logger?.[level]?.(message, { ...operation, ...fields });
  } catch {
    // Swallowed on purpose: logging is best effort.
  }
}

/**
 * Waits `ms`, or until the signal aborts, whichever comes first; the caller then checks the signal. The timer is
 * cleared on abort, so an aborted call leaves nothing running.
 */
function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
