/**
 * Every tunable of the request path in one place: what a client does when its options say nothing, and the hard
 * limits that keep a misbehaving server from making it loop or sleep forever.
 */

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
