/**
 * The request path of every facade call, one step per module:
 *   prepareCall (call.ts)          resolve the call's options against the client's
 *   resolveCredentials             credential headers, per attempt (attempt-credentials.ts)
 *   runAttempt (attempt.ts)        build → send (middleware, same-origin redirects) → decode or classify
 *   retryDelay (retry-policy.ts)   retry or give up; Retry-After is parsed in retry-after.ts
 *   abortableSleep (sleep.ts)      the backoff wait, cut short by the caller's signal
 */
import { resolveCredentials } from './attempt-credentials.ts';
import { runAttempt } from './attempt.ts';
import type { AttemptFailure } from './attempt.ts';
import { prepareCall } from './call.ts';
import type { Call, CallInit } from './call.ts';
import type { ClientContext } from './context.ts';
import { ApiError } from './errors.ts';
import { abortError } from './failure.ts';
import { logSafely } from './logging.ts';
import { retryDelay } from './retry-policy.ts';
import { abortableSleep } from './sleep.ts';

/**
 * Runs one operation: attempts with a per-attempt timeout, retried by the rules in retry-policy.ts, the success
 * body decoded per the spec. Resolves to the data alone, or with `details` to everything about the response.
 * Every failure is a LiveAvatarError.
 */
export async function executeOperation(
  ctx: ClientContext,
  method: string,
  path: string,
  init: CallInit,
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
  const apiError = failure instanceof ApiError ? failure : undefined;
  const fields = { attempt, status: apiError?.status, durationMs, requestId, error: failure.name };
  const delay = retryDelay(operation.method, outcome, apiError?.retryAfterMs, attempt - 1, call.maxRetries);
  if (delay === undefined) {
    logSafely(ctx.logger, 'error', 'request failed', operation, fields);
    throw failure;
  }
  logSafely(ctx.logger, 'warn', 'retrying', operation, { ...fields, retryInMs: delay });
  // An abort ends the wait early; the next turn of executeOperation's loop throws the AbortError.
  await abortableSleep(delay, call.signal);
}
