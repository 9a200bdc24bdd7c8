// Loopback HTTP throughput: raw fetch vs openapi-fetch vs the facade against the loopback server process,
// one request at a time and 32 in flight. The callers take turns in short blocks (order rotated every set),
// and each set's ratios pair blocks run seconds apart, so load from other processes hits every caller alike.
// Bounded: a fixed number of blocks of a fixed number of requests, and a time cap per mode.
import { parseArgs } from 'node:util';
import { CALLER_NAMES, createCallers } from './callers.ts';
import type { Call, CallerName } from './callers.ts';
import { exitWithParent, sendResult } from './child.ts';

export interface LoopbackModeResult {
  inFlight: number;
  requestsPerBlock: number;
  /** One entry per block set: each caller's requests per second in its block of that set. */
  sets: Record<CallerName, number>[];
  /** True when the time cap ended the mode before all its sets ran. */
  capped: boolean;
}

export interface LoopbackClientResult {
  capSeconds: number;
  sequential: LoopbackModeResult;
  concurrent: LoopbackModeResult;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    sets: { type: 'string', default: '15' },
    'sequential-block': { type: 'string', default: '300' },
    'concurrent-block': { type: 'string', default: '1280' },
    concurrency: { type: 'string', default: '32' },
    cap: { type: 'string', default: '90' },
  },
});
if (values.port === undefined) throw new Error('--port is required');
const sets = Number(values.sets);
const capSeconds = Number(values.cap);
const concurrency = Number(values.concurrency);

exitWithParent();
const callers = createCallers(`http://127.0.0.1:${values.port}`, fetch);

/** Sends `requests` requests with `inFlight` loops sharing one counter; returns requests per second. */
async function block(call: Call, requests: number, inFlight: number): Promise<number> {
  let issued = 0;
  const loop = async () => {
    while (issued < requests) {
      issued++;
      await call();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, loop));
  return requests / ((performance.now() - started) / 1000);
}

async function runMode(
  label: string,
  requestsPerBlock: number,
  inFlight: number,
): Promise<LoopbackModeResult> {
  // Warm-up: connections opened, code optimized.
  for (const name of CALLER_NAMES) await block(callers[name], requestsPerBlock, inFlight);
  const deadline = performance.now() + capSeconds * 1000;
  const results: Record<CallerName, number>[] = [];
  for (let index = 0; index < sets; index++) {
    if (performance.now() > deadline) return { inFlight, requestsPerBlock, sets: results, capped: true };
    const set: Partial<Record<CallerName, number>> = {};
    for (let offset = 0; offset < CALLER_NAMES.length; offset++) {
      const name = CALLER_NAMES[(index + offset) % CALLER_NAMES.length]!;
      set[name] = await block(callers[name], requestsPerBlock, inFlight);
    }
    results.push(set as Record<CallerName, number>);
  }
  const last = results.at(-1)!;
  console.error(
    `  loopback ${label}: last set ${CALLER_NAMES.map((name) => `${name} ${Math.round(last[name])}`).join(', ')} req/s`,
  );
  return { inFlight, requestsPerBlock, sets: results, capped: false };
}

sendResult({
  capSeconds,
  sequential: await runMode('sequential', Number(values['sequential-block']), 1),
  concurrent: await runMode(`${concurrency} in flight`, Number(values['concurrent-block']), concurrency),
} satisfies LoopbackClientResult);
