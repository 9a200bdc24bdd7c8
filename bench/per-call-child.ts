// Per-call overhead with a mocked fetch: raw fetch vs bare openapi-fetch vs the facade, same call, same body.
// Runs in its own process (see per-call.ts). Rounds rotate the task order so drift hits every caller alike.
import { createHook } from 'node:async_hooks';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { CALLER_NAMES, createCallers } from './callers.ts';
import type { Call, CallerName } from './callers.ts';
import { exitWithParent, sendResult } from './child.ts';
import { mockEnvelopeFetch } from './mock-fetch.ts';

export interface PerCallRound {
  order: CallerName[];
  callers: Record<CallerName, TaskStats>;
}

export interface TaskStats {
  /** Calls per second from the median batch time. */
  opsPerSecond: number;
  /** Calls per second from the mean batch time. */
  opsPerSecondMean: number;
  /** Relative margin of error of the mean batch time, in percent. */
  rmePercent: number;
  /** Per-call latency percentiles in microseconds. */
  p50Us: number;
  p75Us: number;
  p99Us: number;
  samples: number;
}

export interface PerCallChildResult {
  batchSize: number;
  taskTimeMs: number;
  rounds: PerCallRound[];
  /** Promises created per call (async_hooks), a proxy for the microtask hops each caller costs. */
  promisesPerCall: Record<CallerName, number>;
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    'task-time': { type: 'string', default: '400' },
    batch: { type: 'string', default: '20' },
  },
});
const rounds = Number(values.rounds);
const taskTimeMs = Number(values['task-time']);
const batchSize = Number(values.batch);

exitWithParent();
const callers = createCallers('https://api.test.local', mockEnvelopeFetch());

/** One task iteration = a batch of sequential calls, so timer and harness overhead are spread thin. */
function batchOf(call: Call): () => Promise<void> {
  return async () => {
    for (let index = 0; index < batchSize; index++) await call();
  };
}

function statsOf(bench: Bench, name: CallerName): TaskStats {
  const result = bench.getTask(name)?.result;
  if (result?.state !== 'completed') throw new Error(`${name}: task ended ${result?.state ?? 'missing'}`);
  const { latency } = result;
  const perCallUs = (batchMs: number) => (batchMs * 1000) / batchSize;
  return {
    opsPerSecond: (batchSize * 1000) / latency.p50,
    opsPerSecondMean: (batchSize * 1000) / latency.mean,
    rmePercent: latency.rme,
    p50Us: perCallUs(latency.p50),
    p75Us: perCallUs(latency.p75),
    p99Us: perCallUs(latency.p99),
    samples: latency.samplesCount,
  };
}

async function runRound(index: number): Promise<PerCallRound> {
  const order = CALLER_NAMES.map((_, offset) => CALLER_NAMES[(index + offset) % CALLER_NAMES.length]!);
  const bench = new Bench({ time: taskTimeMs, warmupTime: 150, warmupIterations: 20, iterations: 30 });
  for (const name of order) bench.add(name, batchOf(callers[name]));
  await bench.run();
  const stats = Object.fromEntries(order.map((name) => [name, statsOf(bench, name)]));
  return { order, callers: stats as Record<CallerName, TaskStats> };
}

async function promisesPerCall(call: Call, calls: number): Promise<number> {
  let created = 0;
  const hook = createHook({
    init(_id, type) {
      if (type === 'PROMISE') created++;
    },
  });
  for (let index = 0; index < 100; index++) await call();
  hook.enable();
  for (let index = 0; index < calls; index++) await call();
  hook.disable();
  // The loop's own `await` creates one promise per call; it is not the caller's.
  return created / calls - 1;
}

const results: PerCallRound[] = [];
for (let index = 0; index < rounds; index++) {
  results.push(await runRound(index));
  const line = CALLER_NAMES.map(
    (name) => `${name} ${Math.round(results[index]!.callers[name].opsPerSecond)}`,
  );
  console.error(`  per-call round ${index + 1}/${rounds}: ${line.join(', ')} ops/s`);
}
const promises: Partial<Record<CallerName, number>> = {};
for (const name of CALLER_NAMES) promises[name] = await promisesPerCall(callers[name], 1000);

sendResult({
  batchSize,
  taskTimeMs,
  rounds: results,
  promisesPerCall: promises as Record<CallerName, number>,
} satisfies PerCallChildResult);
