/**
 * One attempt of a call, within its own timeout: send (through middleware and same-origin redirects), read the
 * body, then decode a success or classify the failure. Deciding whether to try again is the caller's.
 */
import { callRedactor } from './attempt-credentials.ts';
import type { Call } from './call.ts';
import type { AuthHeaders, ClientContext } from './context.ts';
import { MAX_TIMER_MS } from './defaults.ts';
import { decodeSuccess } from './envelope.ts';
import { classifyThrown } from './failure.ts';
import type { ClassifiedFailure } from './failure.ts';
import { logSafely } from './logging.ts';
import { errorFromResponse, requestIdOf } from './response-error.ts';
import { sendAttempt } from './send.ts';
import type { ResponseDetails } from './types.ts';

export interface AttemptFailure extends ClassifiedFailure {
  /** The response's request id, redacted, for the log line; undefined when no answer was read. */
  requestId: string | undefined;
  durationMs: number;
}

export type AttemptResult = ResponseDetails<unknown> | AttemptFailure;

export async function runAttempt(
  ctx: ClientContext,
  call: Call,
  auth: AuthHeaders,
  attempt: number,
): Promise<AttemptResult> {
  // Built only when something needs redacting, so a successful call pays nothing for it.
  const redactor = () => callRedactor(ctx, auth, call.body);
  const redact = (value: string) => redactor().text(value);
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
    loggedRequestId = requestId !== undefined && ctx.logger ? redactor().text(requestId) : requestId;
    if (!ok) {
      const failure = errorFromResponse(response, text, call.operation, attempt, redactor());
      return failed({ failure, outcome: { kind: 'status', status } });
    }
    const { data, code, message } = decodeSuccess(call.bodyKind, status, text, headers.get('content-type'), {
      operation: call.operation,
      attempts: attempt,
      redact,
    });
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
