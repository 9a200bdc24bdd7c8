// What differs between the Node versions the package is proven on (`npm run test:node-versions` runs this file on
// 22 and 24, `npm test` on 20): Node 21+ defines a global `navigator`, and Node 24 warns on a negative or NaN timer
// delay (every version on one above 2^31 - 1). Neither may change what the client does, nor make it print a process
// warning into its user's logs. fetch, AbortSignal and Headers behave alike on all three (README, "Node versions").
import { describe, expect, it, vi } from 'vitest';
import { createFrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch } from './fake-fetch.ts';

/** The longest delay setTimeout takes as given (2^31 - 1 ms). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** The process warnings emitted while `run` runs (they are emitted on the next tick, so one more turn is waited). */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on('warning', onWarning);
  try {
    await run();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', onWarning);
  }
  return warnings;
}

describe('a global navigator (Node >= 21) does not make Node a browser page', () => {
  it('on this runtime, nothing stubbed, an apiKey is accepted', () => {
    expect(typeof (globalThis as { navigator?: unknown }).navigator).toBe(
      NODE_MAJOR >= 21 ? 'object' : 'undefined',
    );
    expect(() => createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL })).not.toThrow();
  });
});

describe('timers: the client never hands setTimeout a delay Node warns about', () => {
  // First: Node 24 emits TimeoutNegativeWarning once per process, and the test after this one triggers it. The
  // delays themselves are checked too, so this holds whatever ran before it.
  it('a Retry-After date in the past, a zero retry-after-ms and a timeout above 2^31 - 1 ms: no warning', async () => {
    const { fetch, requests } = fakeFetch(
      new Response('busy', { status: 503, headers: { 'retry-after': 'Thu, 01 Jan 1970 00:00:00 GMT' } }),
      new Response('busy', { status: 503, headers: { 'retry-after-ms': '0' } }),
      envelope([]),
    );
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, timeout: 2 ** 40, fetch });
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    let delays: (number | undefined)[] = [];
    const warnings = await warningsDuring(async () => {
      await client.GET('/v1/avatars');
    }).finally(() => {
      delays = setTimeoutSpy.mock.calls.map(([, delay]) => delay);
      setTimeoutSpy.mockRestore();
    });
    expect(requests).toHaveLength(3);
    expect(delays.filter((delay) => !(delay !== undefined && delay >= 0 && delay <= MAX_TIMER_MS))).toEqual(
      [],
    );
    expect(delays).toContain(0);
    expect(delays).toContain(MAX_TIMER_MS);
    expect(warnings).toEqual([]);
  });

  it('this Node warns on a negative delay (Node >= 24) and on an overflowing one (all)', async () => {
    const warnings = await warningsDuring(() => {
      clearTimeout(setTimeout(() => undefined, -1));
      clearTimeout(setTimeout(() => undefined, MAX_TIMER_MS + 1));
      return Promise.resolve();
    });
    const negative = NODE_MAJOR >= 24 ? ['TimeoutNegativeWarning'] : [];
    expect(warnings).toEqual([...negative, 'TimeoutOverflowWarning']);
  });
});
