import { vi } from 'vitest';
import type { LogLine } from './harness.ts';

/**
 * Helpers for tests that fake only setTimeout/clearTimeout (the client's backoff and per-attempt timers) while
 * sockets stay real: the fake clock moves only when a test says so, real I/O moves on its own.
 */

export function fakeClientTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/** Lets real I/O run for one event-loop turn. */
export function realTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Real (wall-clock) bound on any wait here, so a broken test fails instead of hanging. */
const GIVE_UP_AFTER_MS = 10_000;

/** Runs real event-loop turns until `condition` holds. */
export async function untilReal(condition: () => boolean, what = 'condition'): Promise<void> {
  const deadline = performance.now() + GIVE_UP_AFTER_MS;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await realTurn();
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Observes a promise from the start, so a rejection that arrives early is never unhandled. */
export function outcomeOf<T>(promise: Promise<T>): { settled: () => boolean; result: Promise<Outcome<T>> } {
  let done = false;
  const result = promise.then(
    (value): Outcome<T> => ({ ok: true, value }),
    (error: unknown): Outcome<T> => ({ ok: false, error }),
  );
  void result.finally(() => {
    done = true;
  });
  return { settled: () => done, result };
}

/**
 * Drives a call whose retries back off on the fake clock: whenever the client logs a new `retrying` line, the
 * clock jumps by exactly the wait it announced. Returns the outcome and the waits, in order.
 */
export async function runSkippingBackoff<T>(
  promise: Promise<T>,
  lines: readonly LogLine[],
): Promise<{ outcome: Outcome<T>; waits: number[] }> {
  const call = outcomeOf(promise);
  const waits: number[] = [];
  const deadline = performance.now() + GIVE_UP_AFTER_MS;
  while (!call.settled()) {
    if (performance.now() > deadline) throw new Error('gave up waiting for the call to settle');
    const next = lines.filter((line) => line.message === 'retrying')[waits.length];
    if (next) {
      const wait = next.fields.retryInMs ?? 0;
      waits.push(wait);
      await vi.advanceTimersByTimeAsync(wait);
    }
    await realTurn();
  }
  return { outcome: await call.result, waits };
}
