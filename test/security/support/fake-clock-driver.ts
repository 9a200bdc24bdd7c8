import { vi } from 'vitest';

export type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** One real event-loop turn (setImmediate is never faked here), so promise chains and streams move on. */
const realTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Upper bound on clock jumps for one call: a run needs a few dozen; more means something loops. */
const MAX_STEPS = 5_000;

/**
 * Drives a call on the fake clock (setTimeout, clearTimeout and Date faked) until it settles: real turns for
 * what is in flight, and a jump to the next timer when nothing else can move. Returns the outcome and the fake
 * time it took. A call that is unsettled with no timer left would hang forever: that is an error here.
 */
export async function settleOnFakeClock(
  call: Promise<unknown>,
): Promise<{ settled: Settled; elapsedMs: number }> {
  const started = Date.now();
  let settled: Settled | undefined;
  call.then(
    (value: unknown) => (settled = { ok: true, value }),
    (error: unknown) => (settled = { ok: false, error }),
  );
  // Read through a function: the callbacks assign `settled` later, which flow analysis cannot see.
  const done = (): { settled: Settled; elapsedMs: number } | undefined =>
    settled && { settled, elapsedMs: Date.now() - started };
  for (let step = 0; step < MAX_STEPS; step++) {
    await realTurn();
    const early = done();
    if (early) return early;
    if (vi.getTimerCount() === 0) {
      await realTurn();
      const late = done();
      if (late) return late;
      throw new Error('the call has not settled and no timer is pending: it would hang forever');
    }
    await vi.advanceTimersToNextTimerAsync();
  }
  throw new Error(`the call did not settle within ${MAX_STEPS} timer steps`);
}
