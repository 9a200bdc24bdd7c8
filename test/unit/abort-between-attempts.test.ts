// An abort that lands outside an attempt: before the first one, while the session token function runs, or just
// before the backoff wait. Each ends the call at once with an AbortError counting only the attempts sent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../../src/index.ts';
import { BASE_URL, envelope, fakeFetch, SESSION_TOKEN } from './fake-fetch.ts';
import { fakeClientTimers, outcomeOf, realTurn } from '../resilience/support/fake-clock.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const started = () => envelope({ session_id: 's' });
const abortErrorOf = async (call: Promise<unknown>): Promise<AbortError> => {
  const error = await call.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AbortError);
  return error as AbortError;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('an abort before any attempt', () => {
  it('a signal aborted up front: no token is fetched, nothing is sent', async () => {
    const { fetch, requests } = fakeFetch(started());
    const sessionToken = vi.fn(() => SESSION_TOKEN);
    const client = createFrozenClient({ sessionToken, baseUrl: BASE_URL, fetch });
    const error = await abortErrorOf(
      client.POST('/v1/sessions/start', { signal: AbortSignal.abort(new Error('user left')) }),
    );
    expect(error.message).toBe(
      'POST /v1/sessions/start was aborted by the caller: user left after 0 attempts',
    );
    expect(error.attempts).toBe(0);
    expect(sessionToken).not.toHaveBeenCalled();
    expect(requests).toHaveLength(0);
  });

  it('an abort while the token function runs: nothing is sent, 0 attempts', async () => {
    const { fetch, requests } = fakeFetch(started());
    const controller = new AbortController();
    const sessionToken = async () => {
      await Promise.resolve();
      controller.abort();
      return SESSION_TOKEN;
    };
    const client = createFrozenClient({ sessionToken, baseUrl: BASE_URL, fetch });
    const error = await abortErrorOf(client.POST('/v1/sessions/start', { signal: controller.signal }));
    expect(error.message).toBe('POST /v1/sessions/start was aborted by the caller after 0 attempts');
    expect(error.attempts).toBe(0);
    expect(requests).toHaveLength(0);
  });
});

describe('an abort just before the backoff wait', () => {
  it('ends the call without waiting out the backoff, after the one attempt sent', async () => {
    fakeClientTimers();
    const controller = new AbortController();
    const { fetch, requests } = fakeFetch(
      Response.json({ code: 503, data: null, message: 'busy' }, { status: 503 }),
      started(),
    );
    // The logger runs synchronously right before the wait starts, so the wait begins on an aborted signal.
    const logger = {
      warn: (message: string) => {
        if (message === 'retrying') controller.abort();
      },
    };
    const client = createFrozenClient({ sessionToken: SESSION_TOKEN, baseUrl: BASE_URL, fetch, logger });
    const call = outcomeOf(client.POST('/v1/sessions/start', { signal: controller.signal }));
    // The fake clock never moves: only an abort can end the backoff wait.
    for (let turn = 0; turn < 20 && !call.settled(); turn++) await realTurn();
    expect(call.settled()).toBe(true);
    const outcome = await call.result;
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({
      attempts: 1,
      message: 'POST /v1/sessions/start was aborted by the caller after 1 attempt',
    });
    expect(requests).toHaveLength(1);
  });
});
