import { describe, expect, it, vi } from 'vitest';
import { InternalServerError, RateLimitError } from '../../src/index.ts';
import { expectNoCredentialIn } from './support/credentials.ts';
import {
  fakeClientTimers,
  outcomeOf,
  realTurn,
  runSkippingBackoff,
  untilReal,
} from './support/fake-clock.ts';
import { envelope, jsonReply } from './support/fault-server.ts';
import {
  clientFor,
  EMPTY_AVATAR_PAGE,
  recordingLogger,
  rejectionOf,
  useFaultServer,
} from './support/harness.ts';

const server = useFaultServer();

const limited = (headers: Record<string, string>, status = 429) =>
  jsonReply(status, { code: status, data: null, message: 'slow down' }, headers);
const httpDate = (fromNowMs: number) => new Date(Date.now() + fromNowMs).toUTCString();

/**
 * Runs GET /v1/avatars against [answer, success] on the fake clock and checks that the second attempt comes
 * exactly when the server asked: not one millisecond before the announced wait, and right at it.
 */
async function expectRetryAfterWaitOf(answer: ReturnType<typeof limited>, expected: (wait: number) => void) {
  server.current.script(answer, envelope(EMPTY_AVATAR_PAGE));
  fakeClientTimers();
  const { logger, lines } = recordingLogger();
  const call = outcomeOf(clientFor(server.current, { logger }).withResponse.GET('/v1/avatars'));
  await untilReal(() => lines.some((line) => line.message === 'retrying'), 'the retry to be scheduled');
  const wait = lines[0]?.fields.retryInMs ?? -1;
  expected(wait);
  await vi.advanceTimersByTimeAsync(wait - 1);
  for (let turn = 0; turn < 20; turn++) await realTurn();
  expect(server.current.requests).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(await call.result).toMatchObject({ ok: true, value: { data: EMPTY_AVATAR_PAGE, attempts: 2 } });
  expect(server.current.requests).toHaveLength(2);
}

describe('a wait the server asks for is honoured up to 60 s', () => {
  it('Retry-After in seconds', async () => {
    await expectRetryAfterWaitOf(limited({ 'retry-after': '7' }), (wait) => {
      expect(wait).toBe(7_000);
    });
  });

  it('Retry-After as an HTTP date', async () => {
    // HTTP dates have whole seconds, so 20 s ahead becomes a wait just over 19 s.
    await expectRetryAfterWaitOf(limited({ 'retry-after': httpDate(20_000) }), (wait) => {
      expect(wait).toBeGreaterThan(18_000);
      expect(wait).toBeLessThanOrEqual(20_000);
    });
  });

  it('retry-after-ms', async () => {
    await expectRetryAfterWaitOf(limited({ 'retry-after-ms': '1234' }), (wait) => {
      expect(wait).toBe(1_234);
    });
  });

  it('exactly 60 s is still honoured', async () => {
    await expectRetryAfterWaitOf(limited({ 'retry-after': '60' }), (wait) => {
      expect(wait).toBe(60_000);
    });
  });

  it('on a 503 too', async () => {
    await expectRetryAfterWaitOf(limited({ 'retry-after': '3' }, 503), (wait) => {
      expect(wait).toBe(3_000);
    });
  });

  it('without one, the backoff schedule applies: about 0.5 s, then about 1 s', async () => {
    server.current.otherwise(limited({}, 500));
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const { outcome, waits } = await runSkippingBackoff(
      clientFor(server.current, { logger }).GET('/v1/avatars'),
      lines,
    );
    expect(outcome).toMatchObject({ ok: false, error: { name: 'InternalServerError', attempts: 3 } });
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(375);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(waits[1]).toBeGreaterThanOrEqual(750);
    expect(waits[1]).toBeLessThanOrEqual(1_000);
  });
});

describe('a wait beyond 60 s is not slept through', () => {
  it.each([
    ['Retry-After: 120', { 'retry-after': '120' }, 120_000],
    ['retry-after-ms: 61000', { 'retry-after-ms': '61000' }, 61_000],
  ])(
    '429 with %s throws RateLimitError carrying the wait, after one attempt',
    async (_label, headers, expected) => {
      server.current.script(limited(headers), envelope(EMPTY_AVATAR_PAGE));
      const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, attempts: 1, retryAfterMs: expected });
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({ retryAfterMs: expected });
      expect((error as Error).message).toContain('after 1 attempt');
      expect(server.current.requests).toHaveLength(1);
      expectNoCredentialIn(error);
    },
  );

  it('429 with an HTTP date 5 minutes ahead', async () => {
    server.current.script(limited({ 'retry-after': httpDate(300_000) }));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(298_000);
    expect(server.current.requests).toHaveLength(1);
  });

  it('a POST gets the same treatment', async () => {
    server.current.script(limited({ 'retry-after': '3600' }));
    const error = await rejectionOf(
      clientFor(server.current).POST('/v1/secrets', {
        body: { secret_name: 'n', secret_value: 'v', secret_type: 'OPENAI_API_KEY' },
      }),
    );
    expect(error).toMatchObject({ name: 'RateLimitError', retryAfterMs: 3_600_000, attempts: 1 });
  });

  it('a 503 asking for more than 60 s is thrown at once as the server error', async () => {
    server.current.script(limited({ 'retry-after': '600' }, 503));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, attempts: 1 });
    expect(server.current.requests).toHaveLength(1);
  });
});
