// What `liveavatar-client/validate` adds per call, on the per-call bench's mocked fetch, against its 20 µs budget:
// the facade with the validation middleware minus the facade with a no-op header middleware (both pay for the
// middleware seam). The two are called alternately, call by call, each call timed on its own, so load that comes
// and goes falls on both alike and lands in the tails, not at the p50s; the added cost is p50(validated) −
// p50(plain) per round, and the verdict the median over rounds. CPU time a call is measured the same way, in
// alternating blocks. Usage: node --import tsx bench/validation-cost.ts [rounds, default 7]
import os from 'node:os';
import { createCallers } from './callers.ts';
import type { Call, CallerName } from './callers.ts';
import { mockEnvelopeFetch } from './mock-fetch.ts';
import { VALIDATION_BUDGET_US } from './validation-budget.ts';

const CALLS_PER_ROUND = 6_000;
const WARMUP_CALLS = 3_000;
const CPU_BLOCK = 200;
const PLAIN: CallerName = 'facade + middleware';
const VALIDATED: CallerName = 'facade + validation';

/** Per-call wall times (µs) of the two callers, called alternately, the first of each pair alternating too. */
async function alternateTimes(
  plain: Call,
  validated: Call,
): Promise<{ plain: number[]; validated: number[] }> {
  const times = { plain: [] as number[], validated: [] as number[] };
  const timed = async (call: Call, into: number[]) => {
    const start = performance.now();
    await call();
    into.push((performance.now() - start) * 1000);
  };
  for (let index = 0; index < CALLS_PER_ROUND; index++) {
    if (index % 2 === 0) {
      await timed(plain, times.plain);
      await timed(validated, times.validated);
    } else {
      await timed(validated, times.validated);
      await timed(plain, times.plain);
    }
  }
  return times;
}

/** CPU µs a call of each caller, from alternating blocks of calls. */
async function alternateCpu(plain: Call, validated: Call): Promise<{ plain: number; validated: number }> {
  const used = { plain: 0, validated: 0 };
  const block = async (call: Call, side: 'plain' | 'validated') => {
    const before = process.cpuUsage();
    for (let index = 0; index < CPU_BLOCK; index++) await call();
    const { user, system } = process.cpuUsage(before);
    used[side] += user + system;
  };
  const blocks = CALLS_PER_ROUND / CPU_BLOCK;
  for (let index = 0; index < blocks; index++) {
    await block(plain, 'plain');
    await block(validated, 'validated');
  }
  return { plain: used.plain / CALLS_PER_ROUND, validated: used.validated / CALLS_PER_ROUND };
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
  const plainCall = callers[PLAIN];
  const validatedCall = callers[VALIDATED];
  for (let index = 0; index < WARMUP_CALLS; index++) {
    await plainCall();
    await validatedCall();
  }
  const plain: number[] = [];
  const validated: number[] = [];
  const cpuAdded: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const times = await alternateTimes(plainCall, validatedCall);
    plain.push(median(times.plain));
    validated.push(median(times.validated));
    const cpu = await alternateCpu(plainCall, validatedCall);
    cpuAdded.push(cpu.validated - cpu.plain);
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
    `validation adds ${added.toFixed(1)} µs per call at p50 (median of ${rounds} rounds of alternating calls, ` +
      `${min.toFixed(1)} to ${max.toFixed(1)}); CPU ${cost.addedCpuUs.toFixed(1)} µs a call; ` +
      `budget ${VALIDATION_BUDGET_US} µs: ${added <= VALIDATION_BUDGET_US ? 'pass' : 'FAIL'}`,
  );
  console.log(`load average ${load()} at end`);
}
