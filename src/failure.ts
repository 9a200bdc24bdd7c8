/**
 * Classifies what an attempt threw: the caller's abort, the client's own errors, the attempt's timeout, or a
 * network failure. Every result is a LiveAvatarError, redacted where it quotes anything.
 */
import type { Call } from './call.ts';
import {
  AbortError,
  afterAttempts,
  ConnectionError,
  LiveAvatarError,
  operationName,
  TimeoutError,
} from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { Redactor } from './redact.ts';
import type { AttemptOutcome } from './retry-policy.ts';

export interface ClassifiedFailure {
  failure: LiveAvatarError;
  /** How the attempt failed, for the retry policy; undefined for failures that are never retried. */
  outcome: AttemptOutcome | undefined;
}

/** Throws AbortError when the caller aborted (never retried); otherwise says what failed and how. */
export function classifyThrown(
  error: unknown,
  call: Call,
  attempt: number,
  attemptSignal: AbortSignal,
  redactor: () => Redactor,
): ClassifiedFailure {
  const { operation } = call;
  if (call.signal?.aborted) throw abortError(operation, attempt, call.signal);
  if (error instanceof LiveAvatarError) return { failure: error, outcome: undefined };
  if (attemptSignal.aborted) {
    // The caller's signal was checked above, so an aborted attempt signal means the timer fired.
    const failure = new TimeoutError(
      `${operationName(operation)} timed out after ${call.timeout} ms on attempt ${attempt}`,
      { operation, attempts: attempt, timeoutMs: call.timeout },
    );
    return { failure, outcome: { kind: 'timeout' } };
  }
  const { refused, description } = networkFailure(error);
  const failure = new ConnectionError(
    `${operationName(operation)} could not complete: ${redactor().text(description)} (attempt ${attempt})`,
    { operation, attempts: attempt, refused },
  );
  return { failure, outcome: { kind: 'connection', refused } };
}

export function abortError(operation: OperationRef, attempts: number, signal: AbortSignal): AbortError {
  const reason: unknown = signal.reason;
  const why = reason instanceof Error && reason.name !== 'AbortError' ? `: ${reason.message}` : '';
  return new AbortError(
    `${operationName(operation)} was aborted by the caller${why} ${afterAttempts(attempts)}`,
    { operation, attempts },
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
