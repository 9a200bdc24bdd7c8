/**
 * The wait a response asks for: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. Only parsing
 * lives here; whether the client honours the wait is the retry policy's call (retry-policy.ts).
 */
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
