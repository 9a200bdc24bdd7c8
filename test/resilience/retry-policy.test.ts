import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_RETRIES,
  INITIAL_BACKOFF_MS,
  MAX_BACKOFF_MS,
  MAX_RETRY_AFTER_MS,
} from '../../src/options.ts';
import { retryAfterMs } from '../../src/outcome.ts';
import { backoffMs, isRetryable } from '../../src/outcome.ts';

/** mulberry32: a small seeded generator, so the jitter under test is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('defaults', () => {
  it('2 retries, 0.5 s initial backoff, 8 s cap, 60 s longest honoured Retry-After', () => {
    expect([DEFAULT_MAX_RETRIES, INITIAL_BACKOFF_MS, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS]).toEqual([
      2, 500, 8_000, 60_000,
    ]);
  });
});

describe('backoffMs: 0.5 s · 2^n, capped at 8 s, with up to 25 % jitter downwards', () => {
  const ceilings = [500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000];

  it('without jitter it is the ceiling itself', () => {
    expect(ceilings.map((_, retry) => backoffMs(retry, () => 0))).toEqual(ceilings);
  });

  it('with the most jitter it is three quarters of the ceiling', () => {
    expect(ceilings.map((_, retry) => backoffMs(retry, () => 0.999_999))).toEqual(
      ceilings.map((ceiling) => Math.round(ceiling * 0.75)),
    );
  });

  it('seeded jitter stays within [0.75, 1] of the ceiling and is reproducible', () => {
    const first = ceilings.map((_, retry) => backoffMs(retry, seededRandom(42)));
    const again = ceilings.map((_, retry) => backoffMs(retry, seededRandom(42)));
    expect(first).toEqual(again);
    const random = seededRandom(7);
    for (let sample = 0; sample < 1_000; sample++) {
      const retry = sample % ceilings.length;
      const wait = backoffMs(retry, random);
      const ceiling = ceilings[retry] ?? 0;
      expect(wait).toBeGreaterThanOrEqual(ceiling * 0.75);
      expect(wait).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never overflows for absurd retry numbers', () => {
    expect(backoffMs(10_000, () => 0)).toBe(8_000);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  const wait = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), now);

  it('reads Retry-After in seconds, whole or fractional', () => {
    expect(wait({ 'retry-after': '0' })).toBe(0);
    expect(wait({ 'retry-after': '7' })).toBe(7_000);
    expect(wait({ 'retry-after': ' 1.5 ' })).toBe(1_500);
  });

  it('reads Retry-After as an HTTP date, relative to now, never negative', () => {
    expect(wait({ 'retry-after': 'Wed, 01 Jan 2025 12:00:30 GMT' })).toBe(30_000);
    expect(wait({ 'retry-after': 'Wed, 01 Jan 2025 11:59:00 GMT' })).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    expect(wait({ 'retry-after-ms': '250', 'retry-after': '9' })).toBe(250);
  });

  it('falls back to Retry-After when retry-after-ms is unusable', () => {
    expect(wait({ 'retry-after-ms': 'soon', 'retry-after': '2' })).toBe(2_000);
    expect(wait({ 'retry-after-ms': '-5', 'retry-after': '2' })).toBe(2_000);
  });

  it('ignores what it cannot read', () => {
    expect(wait({})).toBeUndefined();
    expect(wait({ 'retry-after': 'later' })).toBeUndefined();
    expect(wait({ 'retry-after': '-5' })).toBeUndefined();
    expect(wait({ 'retry-after': '' })).toBeUndefined();
  });

  it('reports waits beyond the cap as they are (the caller decides to give up)', () => {
    expect(wait({ 'retry-after': '120' })).toBe(120_000);
    expect(wait({ 'retry-after-ms': '61000' })).toBe(61_000);
  });
});

describe('isRetryable', () => {
  const statuses = [400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504];
  const retriedStatuses = (method: string) =>
    statuses.filter((status) => isRetryable(method, { kind: 'status', status }));

  it.each(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])(
    '%s retries 408, 429, 500, 502, 503, 504',
    (method) => {
      expect(retriedStatuses(method)).toEqual([408, 429, 500, 502, 503, 504]);
      expect(isRetryable(method, { kind: 'timeout' })).toBe(true);
      expect(isRetryable(method, { kind: 'connection', refused: false })).toBe(true);
      expect(isRetryable(method, { kind: 'connection', refused: true })).toBe(true);
    },
  );

  it.each(['POST', 'PATCH'])('%s retries only 429, 503 and a refused connection', (method) => {
    expect(retriedStatuses(method)).toEqual([429, 503]);
    expect(isRetryable(method, { kind: 'timeout' })).toBe(false);
    expect(isRetryable(method, { kind: 'connection', refused: false })).toBe(false);
    expect(isRetryable(method, { kind: 'connection', refused: true })).toBe(true);
  });
});
