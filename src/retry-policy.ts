/**
 * Retry rules as data. Idempotent methods retry on anything transient; POST and PATCH only where the server
 * provably did not process the request (429, 503, a refused connection), so a create is never done twice.
 */
import { INITIAL_BACKOFF_MS, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS } from './defaults.ts';

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRYABLE_STATUSES_IDEMPOTENT = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_STATUSES_UNSAFE = new Set([429, 503]);

/** How an attempt failed, as far as retrying is concerned. */
export type AttemptOutcome =
  { kind: 'status'; status: number } | { kind: 'connection'; refused: boolean } | { kind: 'timeout' };

export function isRetryable(method: string, outcome: AttemptOutcome): boolean {
  const idempotent = IDEMPOTENT_METHODS.has(method);
  switch (outcome.kind) {
    case 'status':
      return (idempotent ? RETRYABLE_STATUSES_IDEMPOTENT : RETRYABLE_STATUSES_UNSAFE).has(outcome.status);
    case 'connection':
      return idempotent || outcome.refused;
    case 'timeout':
      return idempotent;
  }
}

/** Exponential backoff (0.5 s · 2^n, capped at 8 s) with up to 25 % jitter downwards, as Stainless SDKs do. */
export function backoffMs(retryNumber: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** retryNumber, MAX_BACKOFF_MS);
  return Math.round(base * (1 - random() * 0.25));
}

/**
 * The wait before the next attempt, or undefined when this failure is final: an answer the client cannot use
 * (no outcome), no retries left, a failure this method must not retry, or a server asking for a longer wait
 * than MAX_RETRY_AFTER_MS (its error, RateLimitError for a 429, is thrown at once).
 */
export function retryDelay(
  method: string,
  outcome: AttemptOutcome | undefined,
  retryAfterMs: number | undefined,
  retriesSoFar: number,
  maxRetries: number,
): number | undefined {
  if (!outcome || retriesSoFar >= maxRetries || !isRetryable(method, outcome)) return undefined;
  if (retryAfterMs === undefined) return backoffMs(retriesSoFar);
  return retryAfterMs > MAX_RETRY_AFTER_MS ? undefined : retryAfterMs;
}
