// Every form of the wait a 429 can ask for, as the caller sees it on RateLimitError.retryAfterMs (no retries, so
// the error carries what was parsed). Whether the client honours the wait: test/resilience/retry-after.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimitError } from '../../src/index.ts';
import { API_KEY, BASE_URL, fakeFetch } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

// Whole seconds, as HTTP dates have.
const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

async function retryAfterMsFor(headers: Record<string, string>): Promise<number | undefined> {
  const limited = Response.json({ code: 429, data: null, message: 'slow down' }, { status: 429, headers });
  const client = createFrozenClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    maxRetries: 0,
    fetch: fakeFetch(limited).fetch,
  });
  const error = await client.GET('/v1/avatars').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RateLimitError);
  return (error as RateLimitError).retryAfterMs;
}

describe('retry-after-ms, in milliseconds, wins over Retry-After', () => {
  it('is taken as is, fractions included', async () => {
    expect(await retryAfterMsFor({ 'retry-after-ms': '1234', 'retry-after': '9' })).toBe(1_234);
    expect(await retryAfterMsFor({ 'retry-after-ms': '12.5' })).toBe(12.5);
  });

  it('"0" asks for no wait at all', async () => {
    expect(await retryAfterMsFor({ 'retry-after-ms': '0', 'retry-after': '9' })).toBe(0);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   '],
    ['negative', '-5'],
    ['not a number', 'soon'],
    ['infinite', 'Infinity'],
  ])('%s, it is ignored in favour of Retry-After', async (_label, value) => {
    expect(await retryAfterMsFor({ 'retry-after-ms': value, 'retry-after': '9' })).toBe(9_000);
    expect(await retryAfterMsFor({ 'retry-after-ms': value })).toBeUndefined();
  });
});

describe('Retry-After in seconds', () => {
  it.each([
    ['7', 7_000],
    ['0', 0],
    ['1.25', 1_250],
    [' 3 ', 3_000],
  ])('"%s" is %i ms', async (value, expected) => {
    expect(await retryAfterMsFor({ 'retry-after': value })).toBe(expected);
  });

  it.each(['5 seconds', '-5', '1.', '.5', '1e3', '0x10', ''])(
    '"%s" is garbage: no wait is known',
    async (value) => {
      expect(await retryAfterMsFor({ 'retry-after': value })).toBeUndefined();
    },
  );

  it('without either header no wait is known', async () => {
    expect(await retryAfterMsFor({})).toBeUndefined();
  });
});

describe('Retry-After as an HTTP date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const at = (offsetMs: number) => new Date(NOW + offsetMs);

  it.each([
    ['IMF-fixdate', at(20_000).toUTCString()],
    ['RFC 850', 'Monday, 30-Nov-26 12:00:20 GMT'],
    // No zone in this form, and still GMT: the suite runs in a zone that is not UTC (vitest configs set TZ).
    ['asctime', 'Mon Nov 30 12:00:20 2026'],
  ])('%s is the time left until then', async (_label, value) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    expect(await retryAfterMsFor({ 'retry-after': value })).toBe(20_000);
  });

  it('a date in the past asks for no wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    expect(await retryAfterMsFor({ 'retry-after': at(-60_000).toUTCString() })).toBe(0);
  });

  it.each([
    ['without the day name', '30 Nov 2026 12:00:20 GMT'],
    ['with a two-letter day name', 'Mo, 30 Nov 2026 12:00:20 GMT'],
    ['with a day name but no date', 'Monday'],
  ])('a date %s is garbage', async (_label, value) => {
    expect(await retryAfterMsFor({ 'retry-after': value })).toBeUndefined();
  });
});
