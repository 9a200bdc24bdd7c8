// What `liveavatar-client/validate` adds per call, on the per-call bench's mocked fetch, against its 20 µs budget:
// the facade with the validation middleware minus the facade with a no-op header middleware (both pay for the
// middleware seam). Each round measures the two back to back (order alternating) and takes the difference of
// their p50s, so load that comes and goes hits both sides of a difference alike; the verdict is the median of
// those paired differences. CPU time a call (fixed loops, no warm-up counted) is shown beside, with the load
// average. Usage: node --import tsx bench/validation-cost.ts [rounds, default 7]
import os from 'node:os';
import { Bench } from 'tinybench';
import { createCallers } from './callers.ts';
import type { Call, CallerName } from './callers.ts';
import { mockEnvelopeFetch } from './mock-fetch.ts';
import { VALIDATION_BUDGET_US } from './validation-budget.ts';

const BATCH = 20;
const CPU_CALLS = 4_000;
const PLAIN: CallerName = 'facade + middleware';
const VALIDATED: CallerName = 'facade + validation';

const batchOf = (call: Call) => async () => {
  for (let index = 0; index < BATCH; index++) await call();
};

async function p50Us(name: CallerName, call: Call): Promise<number> {
  const bench = new Bench({ time: 400, warmupTime: 150, warmupIterations: 20, iterations: 30 });
  bench.add(name, batchOf(call));
  await bench.run();
  const result = bench.getTask(name)?.result;
  if (result?.state !== 'completed') throw new Error(`${name}: ${result?.state ?? 'missing'}`);
  return (result.latency.p50 * 1000) / BATCH;
}

async function cpuUsPerCall(call: Call): Promise<number> {
  const before = process.cpuUsage();
  for (let index = 0; index < CPU_CALLS; index++) await call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / CPU_CALLS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

export interface ValidationCost {
  plainP50Us: number;
  validatedP50Us: number;
  /** Median over rounds of (validated p50 − plain p50), and the rounds' spread. */
  addedP50Us: { median: number; min: number; max: number };
  addedCpuUs: number;
}

export async function measureValidationCost(rounds: number): Promise<ValidationCost> {
  const callers = createCallers('https://api.test.local', mockEnvelopeFetch());
  const plain: number[] = [];
  const validated: number[] = [];
  const cpuAdded: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [PLAIN, VALIDATED] : [VALIDATED, PLAIN];
    const p50: Partial<Record<CallerName, number>> = {};
    const cpu: Partial<Record<CallerName, number>> = {};
    for (const name of order) {
      p50[name] = await p50Us(name, callers[name]);
      cpu[name] = await cpuUsPerCall(callers[name]);
    }
    plain.push(p50[PLAIN] ?? NaN);
    validated.push(p50[VALIDATED] ?? NaN);
    cpuAdded.push((cpu[VALIDATED] ?? NaN) - (cpu[PLAIN] ?? NaN));
  }
  const added = validated.map((value, index) => value - (plain[index] ?? NaN));
  return {
    plainP50Us: median(plain),
    validatedP50Us: median(validated),
    addedP50Us: { median: median(added), min: Math.min(...added), max: Math.max(...added) },
    addedCpuUs: median(cpuAdded),
  };
}

if (process.argv[1]?.endsWith('validation-cost.ts')) {
  const rounds = Number(process.argv[2] ?? '7');
  console.log(`load average ${load()} at start`);
  const cost = await measureValidationCost(rounds);
  const { median: added, min, max } = cost.addedP50Us;
  console.log(`${PLAIN.padEnd(22)} p50 ${cost.plainP50Us.toFixed(1)} µs`);
  console.log(`${VALIDATED.padEnd(22)} p50 ${cost.validatedP50Us.toFixed(1)} µs`);
  console.log(
    `validation adds ${added.toFixed(1)} µs per call at p50 (median of ${rounds} paired rounds, ` +
      `${min.toFixed(1)} to ${max.toFixed(1)}); CPU ${cost.addedCpuUs.toFixed(1)} µs a call; ` +
      `budget ${VALIDATION_BUDGET_US} µs: ${added <= VALIDATION_BUDGET_US ? 'pass' : 'FAIL'}`,
  );
  console.log(`load average ${load()} at end`);
}
