// Heap after many calls vs after a few: run with --expose-gc, one caller per process so heaps stay apart.
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { CALLER_NAMES, createCallers } from './callers.ts';
import type { CallerName } from './callers.ts';
import { exitWithParent, sendResult } from './child.ts';
import { mockEnvelopeFetch } from './mock-fetch.ts';

export interface HeapReading {
  calls: number;
  heapUsedBytes: number;
}

export interface MemoryChildResult {
  caller: CallerName;
  readings: HeapReading[];
  /** Spread of three back-to-back readings with no calls between them: the floor of what can be measured. */
  idleJitterBytes: number;
}

const { values } = parseArgs({
  options: {
    caller: { type: 'string', default: 'facade' },
    checkpoints: { type: 'string', default: '1000,10000,25000,50000,100000' },
  },
});
const caller = values.caller as CallerName;
if (!CALLER_NAMES.includes(caller)) throw new Error(`--caller must be one of ${CALLER_NAMES.join(', ')}`);
const checkpoints = values.checkpoints.split(',').map(Number);

const collect: unknown = (globalThis as { gc?: unknown }).gc;
if (typeof collect !== 'function') throw new Error('run with --expose-gc');

/**
 * Lets pending timers and stream callbacks finish, then collects (twice, so weak refs and finalizers settle).
 * The lowest of three such readings: what is still allocated, not what one gc() happened to leave behind.
 */
async function settledHeap(): Promise<number> {
  const readings: number[] = [];
  for (let reading = 0; reading < 3; reading++) {
    for (let index = 0; index < 3; index++) await nextMacrotask();
    (collect as () => void)();
    await nextMacrotask();
    (collect as () => void)();
    readings.push(process.memoryUsage().heapUsed);
  }
  return Math.min(...readings);
}

exitWithParent();
const call = createCallers('https://api.test.local', mockEnvelopeFetch())[caller];
const readings: HeapReading[] = [];
let calls = 0;
for (const checkpoint of checkpoints) {
  for (; calls < checkpoint; calls++) await call();
  readings.push({ calls, heapUsedBytes: await settledHeap() });
}
const idle = [await settledHeap(), await settledHeap(), await settledHeap()];

sendResult({
  caller,
  readings,
  idleJitterBytes: Math.max(...idle) - Math.min(...idle),
} satisfies MemoryChildResult);
