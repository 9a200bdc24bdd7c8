/**
 * What an attempt's answer means: a 2xx body decoded to the caller's data, or the failure classified (a typed
 * error for a non-2xx answer, a timeout, a network failure) together with the retry decision it feeds: retry
 * rules as data, Retry-After parsing and backoff side by side. Every error is redacted where it quotes anything.
 */
import {
  AbortError,
  afterAttempts,
  apiErrorFor,
  ConnectionError,
  LiveAvatarError,
  operationName,
  ResponseParseError,
  TimeoutError,
} from './errors.ts';
import type { MockViolation, OperationRef } from './errors.ts';
import { INITIAL_BACKOFF_MS, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS } from './options.ts';
import type { Call } from './options.ts';
import type { Redaction } from './types.ts';

// ---- Success: the body the caller gets ----

export interface DecodedSuccess {
  /** Absent for bodiless answers. */
  data?: unknown;
  /** The envelope's `code` and `message` (the spec defaults code to 100; the web SDK uses 1000: both are fine). */
  code?: number | undefined;
  message?: string | undefined;
}

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Turns the text of a 2xx body into what the caller gets: the envelope's `data`, plain JSON as is, or
 * undefined for bodiless answers. Anything that contradicts the spec is a ResponseParseError, never a guess.
 */
export function decodeSuccess(
  { operation, bodyKind: kind }: Call,
  attempts: number,
  status: number,
  text: string | undefined,
  contentType: string | null,
  redactor: Redaction,
): DecodedSuccess {
  // The server chooses the content type, and may echo a credential into it.
  const fail = (problem: string) =>
    new ResponseParseError(
      `${operationName(operation)}: HTTP ${status} ${problem} (${afterAttempts(attempts)})`,
      { operation, attempts, status, contentType: contentType === null ? null : redactor.text(contentType) },
    );
  if (kind === '') return {};
  // A bodiless answer where the spec promises data would hand the caller `undefined` typed as data.
  if (status === 204 || status === 205) {
    if (kind === 'data') throw fail('had no body where the spec promises data');
    return {};
  }
  if (text === undefined || text === '') throw fail('had an empty body where JSON was due');
  // No content-type reads as "null", which is not JSON either.
  if (!JSON_CONTENT_TYPE.test(String(contentType))) {
    throw fail(
      `had content-type ${contentType === null ? '(none)' : redactor.text(contentType)} where application/json was due (${text.length} characters)`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    // V8 quotes part of the offending text (`, "…" is not valid JSON`, cut short as `"…"...` or `..."…"...` for
    // longer text); a hostile body may echo a credential, and a cut-off one escapes the redactor.
    const reason = (error as Error).message.replace(/, .*is not valid JSON/s, ' (not valid JSON)');
    throw fail(`had malformed JSON (${text.length} characters): ${redactor.text(reason)}`);
  }
  if (kind === 'json') return { data: body };
  if (typeof body !== 'object' || body === null || !('data' in body)) {
    throw fail('body is not the {code, data, message} envelope');
  }
  const envelope = body as { code?: unknown; data: unknown; message?: unknown };
  if (envelope.data === null && kind === 'data')
    throw fail('envelope has data: null where the spec promises data');
  return {
    data: envelope.data,
    code: typeof envelope.code === 'number' ? envelope.code : undefined,
    message: typeof envelope.message === 'string' ? envelope.message : undefined,
  };
}

// ---- Failure: what went wrong ----

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
  redactor: Redaction,
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
    `${operationName(operation)} could not complete: ${redactor.text(description)} (attempt ${attempt})`,
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

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id'];

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * A non-2xx answer: its typed error, every string in it through the redactor, and its outcome for the retry
 * decision, with the wait the server asked for read once from its headers (the error carries it too).
 */
export function failureFromResponse(
  { status, headers }: Response,
  text: string | undefined,
  operation: OperationRef,
  attempts: number,
  redactor: Redaction,
): ClassifiedFailure {
  const requestId = requestIdOf(headers);
  const waitMs = retryAfterMs(headers);
  const failure = apiErrorFor({
    status,
    operation,
    attempts,
    headers: Object.fromEntries([...headers].map(([name, value]) => [name, redactor.text(value)])),
    body: redactor.value(parseJsonOrText(text)),
    // Ends up in the message; a server that echoes the request's headers could put a credential in it.
    requestId: requestId && redactor.text(requestId),
    violations: parseViolations(headers.get('sl-violations'), redactor),
    retryAfterMs: waitMs,
  });
  return { failure, outcome: { kind: 'status', status, retryAfterMs: waitMs } };
}

/** JSON parsed, anything else as it came: an error body as openapi-fetch gives it, or a header's value. */
function parseJsonOrText(text: string | null | undefined): unknown {
  try {
    return text && JSON.parse(text);
  } catch {
    return text;
  }
}

/** Prism reports request-validation problems in an `sl-violations` JSON header. */
function parseViolations(header: string | null, redactor: Redaction): MockViolation[] | undefined {
  const parsed = parseJsonOrText(header);
  return Array.isArray(parsed) ? (redactor.value(parsed) as MockViolation[]) : undefined;
}

// ---- Retry: whether, and when ----

/**
 * Idempotent methods retry on anything transient; POST and PATCH only where the server provably did not process
 * the request (429, 503, a refused connection), so a create is never done twice.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRYABLE_STATUSES_IDEMPOTENT = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_STATUSES_UNSAFE = new Set([429, 503]);

/** How an attempt failed, as far as retrying is concerned, and the wait the server asked for, if it answered. */
export type AttemptOutcome = { retryAfterMs?: number | undefined } & (
  { kind: 'status'; status: number } | { kind: 'connection'; refused: boolean } | { kind: 'timeout' }
);

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
 * The retry decision, in one place: the wait before the next attempt, or undefined when this failure is final:
 * an answer the client cannot use (no outcome), no retries left, a failure this method must not retry, or a
 * server asking for a longer wait than MAX_RETRY_AFTER_MS (its error, RateLimitError for a 429, is thrown at once).
 */
export function retryDelay(
  method: string,
  outcome: AttemptOutcome | undefined,
  retriesSoFar: number,
  maxRetries: number,
): number | undefined {
  if (!outcome || retriesSoFar >= maxRetries || !isRetryable(method, outcome)) return undefined;
  const { retryAfterMs } = outcome;
  if (retryAfterMs === undefined) return backoffMs(retriesSoFar);
  return retryAfterMs > MAX_RETRY_AFTER_MS ? undefined : retryAfterMs;
}

/** The wait a response asks for: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  // Headers already strips the whitespace around a value; an empty one is not 0.
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds) {
    const value = Number(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  // HTTP dates (all three RFC 9110 forms) start with the day name; Date.parse alone reads "-5" as a year.
  if (!/^[a-z]{3}/i.test(retryAfter)) return undefined;
  // asctime, the one form without a zone, is GMT too; Date.parse would read it as local time. The suffix is added
  // only where missing: V8 also reads "… GMT GMT", other engines need not.
  // Stryker disable next-line MethodExpression: V8 reads "… GMT GMT" as "… GMT", so always adding GMT changes nothing
  const date = Date.parse(retryAfter.endsWith('GMT') ? retryAfter : `${retryAfter} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
