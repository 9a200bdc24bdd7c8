import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError, TimeoutError } from '../../src/index.ts';
import { DEFAULT_TIMEOUT_MS } from '../../src/options.ts';
import { expectNoCredentialIn } from './support/credentials.ts';
import { fakeClientTimers, outcomeOf, realTurn, untilReal } from './support/fake-clock.ts';
import { envelope } from './support/fault-server.ts';
import {
  clientFor,
  EMPTY_AVATAR_PAGE,
  recordingLogger,
  rejectionOf,
  useFaultServer,
} from './support/harness.ts';

const server = useFaultServer();

const ENVELOPE_TEXT = JSON.stringify({ code: 1000, data: EMPTY_AVATAR_PAGE, message: 'Success' });

describe('each attempt has a time budget', () => {
  it('a server slower than the budget gives a TimeoutError naming the operation, budget and attempt', async () => {
    server.current.script({ ...envelope(EMPTY_AVATAR_PAGE), delayMs: 1_000 });
    const error = await rejectionOf(
      clientFor(server.current, { timeout: 50, maxRetries: 0 }).GET('/v1/avatars/{avatar_id}', {
        params: { path: { avatar_id: 'avatar-1' } },
      }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({
      timeoutMs: 50,
      attempts: 1,
      operation: { method: 'GET', path: '/v1/avatars/{avatar_id}' },
    });
    expect((error as Error).message).toBe('GET /v1/avatars/{avatar_id} timed out after 50 ms on attempt 1');
    expectNoCredentialIn(error);
  });

  it('the budget covers reading the body: a body that stalls half-way times out', async () => {
    server.current.script({
      kind: 'stall-mid-body',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: ENVELOPE_TEXT,
      bytesBeforeStall: 10,
      stallMs: 2_000,
    });
    const error = await rejectionOf(
      clientFor(server.current, { timeout: 150, maxRetries: 0 }).GET('/v1/avatars'),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150, attempts: 1 });
  });

  it('each retry gets a fresh budget, and the error reports the last attempt', async () => {
    server.current.otherwise({ kind: 'hang' });
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const call = outcomeOf(
      clientFor(server.current, { timeout: 1_000, maxRetries: 2, logger }).GET('/v1/avatars'),
    );
    const retries = () => lines.filter((line) => line.message === 'retrying');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await untilReal(() => server.current.requests.length === attempt, `attempt ${attempt}`);
      // Just short of the budget nothing happens; at the budget the attempt is abandoned.
      await vi.advanceTimersByTimeAsync(999);
      await realTurn();
      expect(call.settled()).toBe(false);
      expect(server.current.requests).toHaveLength(attempt);
      await vi.advanceTimersByTimeAsync(1);
      if (attempt === 3) break;
      // Then the announced backoff passes.
      await untilReal(() => retries().length === attempt, 'the backoff wait');
      await vi.advanceTimersByTimeAsync(retries()[attempt - 1]?.fields.retryInMs ?? 0);
    }
    const outcome = await call.result;
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 3, timeoutMs: 1_000 });
    expect((error as Error).message).toContain('on attempt 3');
    expect(server.current.requests).toHaveLength(3);
  });

  it(`defaults to ${DEFAULT_TIMEOUT_MS} ms`, async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
    server.current.script({ kind: 'hang' });
    fakeClientTimers();
    const call = outcomeOf(clientFor(server.current, { maxRetries: 0 }).GET('/v1/avatars'));
    await untilReal(() => server.current.requests.length === 1, 'the request');
    await vi.advanceTimersByTimeAsync(59_999);
    await realTurn();
    expect(call.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const outcome = await call.result;
    expect(outcome).toMatchObject({
      ok: false,
      error: { name: 'TimeoutError', timeoutMs: 60_000, attempts: 1 },
    });
  });
});

describe('the budget is set per client and per call', () => {
  it('per client', async () => {
    server.current.script({ ...envelope(EMPTY_AVATAR_PAGE), delayMs: 1_000 });
    const error = await rejectionOf(
      clientFor(server.current, { timeout: 40, maxRetries: 0 }).GET('/v1/avatars'),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 40 });
  });

  it('per call, shorter than the client budget', async () => {
    server.current.script({ ...envelope(EMPTY_AVATAR_PAGE), delayMs: 1_000 });
    const client = clientFor(server.current, { timeout: 30_000, maxRetries: 0 });
    const error = await rejectionOf(client.GET('/v1/avatars', { timeout: 40 }));
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 40 });
  });

  it('per call, longer than the client budget', async () => {
    server.current.script({ ...envelope(EMPTY_AVATAR_PAGE), delayMs: 100 });
    const client = clientFor(server.current, { timeout: 20, maxRetries: 0 });
    await expect(client.GET('/v1/avatars', { timeout: 10_000 })).resolves.toEqual(EMPTY_AVATAR_PAGE);
  });
});

describe('per-call values are checked like client options', () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'timeout %s is a ConfigurationError, sent nowhere',
    async (timeout) => {
      const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars', { timeout }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(server.current.requests).toHaveLength(0);
    },
  );

  it('a budget beyond what setTimeout can hold (2^31 - 1 ms) waits instead of firing at once', async () => {
    server.current.script({ ...envelope(EMPTY_AVATAR_PAGE), delayMs: 50 });
    const client = clientFor(server.current, { maxRetries: 0 });
    await expect(client.GET('/v1/avatars', { timeout: 3_000_000_000 })).resolves.toEqual(EMPTY_AVATAR_PAGE);
  });
});
