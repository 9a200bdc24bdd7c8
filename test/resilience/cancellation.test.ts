import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { AbortError } from '../../src/index.ts';
import { expectNoCredentialIn, SESSION_TOKEN } from './support/credentials.ts';
import { fakeClientTimers, outcomeOf, realTurn, untilReal } from './support/fake-clock.ts';
import { envelope, jsonReply } from './support/fault-server.ts';
import {
  clientFor,
  EMPTY_AVATAR_PAGE,
  recordingLogger,
  rejectionOf,
  useFaultServer,
} from './support/harness.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const server = useFaultServer();

/** Asks for a 30 s wait: long enough that only an abort can end it within a test. */
const BUSY = jsonReply(503, { code: 503, data: null, message: 'busy' }, { 'retry-after': '30' });

/** A per-attempt timeout no other timer in the process uses, so the call's own timers can be told apart. */
const ATTEMPT_TIMEOUT_MS = 12_345;

/**
 * Watches the real setTimeout/clearTimeout (passed through) for timers of the given delays, and tells which of
 * them were neither cleared nor fired: exactly the call's own, whatever other timers the process has.
 */
function watchTimers(delays: readonly number[]) {
  const started: { delay: number; handle: NodeJS.Timeout }[] = [];
  const done = new Set<NodeJS.Timeout>();
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const watchedSet = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const handle: NodeJS.Timeout = realSet(() => {
      done.add(handle);
      callback(...args);
    }, delay);
    if (delay !== undefined && delays.includes(delay)) started.push({ delay, handle });
    return handle;
  };
  const setSpy = vi
    .spyOn(globalThis, 'setTimeout')
    .mockImplementation(watchedSet as unknown as typeof setTimeout);
  const clearSpy = vi.spyOn(globalThis, 'clearTimeout').mockImplementation((handle) => {
    if (handle) done.add(handle as NodeJS.Timeout);
    realClear(handle);
  });
  onTestFinished(() => {
    setSpy.mockRestore();
    clearSpy.mockRestore();
  });
  return {
    started: () => started.map(({ delay }) => delay),
    pending: () => started.filter(({ handle }) => !done.has(handle)).map(({ delay }) => delay),
  };
}

describe("the caller's AbortSignal", () => {
  it('stops a request in flight at once, with no further attempts', async () => {
    server.current.otherwise({ kind: 'hang' });
    const controller = new AbortController();
    const call = clientFor(server.current).GET('/v1/avatars', { signal: controller.signal });
    await untilReal(() => server.current.requests.length === 1, 'the request');
    controller.abort();
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ attempts: 1, operation: { method: 'GET', path: '/v1/avatars' } });
    expect((error as Error).message).toBe('GET /v1/avatars was aborted by the caller after 1 attempt');
    // The aborted attempt's connection is torn down, and nothing is retried.
    await untilReal(() => server.current.requests[0]?.connectionClosed === true, 'the connection to close');
    expect(server.current.requests).toHaveLength(1);
    expectNoCredentialIn(error);
  });

  it('stops a backoff wait at once and leaves no timer behind (real timers)', async () => {
    server.current.otherwise(BUSY);
    const timers = watchTimers([ATTEMPT_TIMEOUT_MS, 30_000]);
    const { logger, lines } = recordingLogger();
    const controller = new AbortController();
    const call = outcomeOf(
      clientFor(server.current, { logger, timeout: ATTEMPT_TIMEOUT_MS }).GET('/v1/avatars', {
        signal: controller.signal,
      }),
    );
    await untilReal(() => lines.some((line) => line.message === 'retrying'), 'the backoff wait to start');
    expect(lines.find((line) => line.message === 'retrying')?.fields.retryInMs).toBe(30_000);
    controller.abort(new Error('user navigated away'));
    const outcome = await call.result;
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ attempts: 1 });
    expect((error as Error).message).toContain('user navigated away');
    expect(server.current.requests).toHaveLength(1);
    // The attempt's timeout and the 30 s backoff were both started, and both cleared.
    expect(timers.started()).toEqual([ATTEMPT_TIMEOUT_MS, 30_000]);
    expect(timers.pending()).toEqual([]);
  });

  it('stops a backoff wait and leaves no timer behind (fake timers)', async () => {
    // An in-memory fetch, so the only timers on the fake clock are the client's own (Node's fetch adds some).
    let requests = 0;
    const busyFetch = (): Promise<Response> => {
      requests++;
      return Promise.resolve(
        new Response('{"code":503,"data":null,"message":"busy"}', {
          status: 503,
          headers: { 'content-type': 'application/json', 'retry-after': '30' },
        }),
      );
    };
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const controller = new AbortController();
    const client = clientFor(server.current, { logger, fetch: busyFetch });
    const call = outcomeOf(client.GET('/v1/avatars', { signal: controller.signal }));
    await untilReal(() => lines.some((line) => line.message === 'retrying'), 'the backoff wait to start');
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await untilReal(call.settled, 'the call to settle');
    expect(vi.getTimerCount()).toBe(0);
    // Even with the whole wait elapsed, no second attempt is made.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toBe(1);
    expect(await call.result).toMatchObject({ ok: false, error: { name: 'AbortError', attempts: 1 } });
  });

  it('stops a body that is still arriving', async () => {
    server.current.script({
      kind: 'stall-mid-body',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 1000, data: EMPTY_AVATAR_PAGE }),
      bytesBeforeStall: 5,
      stallMs: 5_000,
    });
    const controller = new AbortController();
    const { logger, lines } = recordingLogger();
    const call = outcomeOf(
      clientFor(server.current, { logger }).GET('/v1/avatars', { signal: controller.signal }),
    );
    await untilReal(() => server.current.requests.length === 1, 'the request');
    controller.abort();
    expect(await call.result).toMatchObject({ ok: false, error: { name: 'AbortError', attempts: 1 } });
    expect(lines.filter((line) => line.message === 'retrying')).toEqual([]);
  });

  it('an already-aborted signal sends nothing', async () => {
    const error = await rejectionOf(
      clientFor(server.current).GET('/v1/avatars', { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ attempts: 0 });
    expect((error as Error).message).toContain('after 0 attempts');
    expect(server.current.requests).toHaveLength(0);
  });

  it('an abort while a session token is being fetched sends nothing', async () => {
    server.current.otherwise(envelope({ session_id: 's-1' }));
    const controller = new AbortController();
    let release: (token: string) => void = () => undefined;
    const client = createFrozenClient({
      baseUrl: server.current.url,
      sessionToken: () => new Promise<string>((resolve) => (release = resolve)),
    });
    const call = outcomeOf(client.POST('/v1/sessions/start', { signal: controller.signal }));
    await realTurn();
    controller.abort();
    release(SESSION_TOKEN);
    expect(await call.result).toMatchObject({ ok: false, error: { name: 'AbortError' } });
    await realTurn();
    expect(server.current.requests).toHaveLength(0);
  });
});
