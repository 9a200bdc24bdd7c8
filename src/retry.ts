/**
 * Retry rules as data. Idempotent methods retry on anything transient; POST and PATCH only where the server
 * provably did not process the request (429, 503, a refused connection), so a create is never done twice.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRYABLE_STATUSES_IDEMPOTENT = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_STATUSES_UNSAFE = new Set([429, 503]);

export const DEFAULT_MAX_RETRIES = 2;
export const INITIAL_BACKOFF_MS = 500;
export const MAX_BACKOFF_MS = 8_000;
/** A server asking for a longer wait than this gets a RateLimitError instead of a sleeping client. */
export const MAX_RETRY_AFTER_MS = 60_000;

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

/** The wait a response asks for: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && milliseconds.trim() !== '') {
    const value = Number(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers.get('retry-after')?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  // HTTP dates (all three RFC 9110 forms) start with the day name; Date.parse alone reads "-5" as a year.
  if (!/^[a-z]{3}/i.test(retryAfter)) return undefined;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
