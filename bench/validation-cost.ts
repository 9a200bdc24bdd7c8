// What `liveavatar-client/validate` adds per call, on the per-call bench's mocked fetch: p50 of the facade with
// the validation middleware against the facade with a no-op header middleware (both pay for the middleware
// seam), interleaved in one process, with the CPU time of each. Usage: node --import tsx bench/validation-cost.ts
import { Bench } from 'tinybench';
import { createCallers } from './callers.ts';
import type { Call, CallerName } from './callers.ts';
import { mockEnvelopeFetch } from './mock-fetch.ts';

const BATCH = 20;
const ROUNDS = Number(process.argv[2] ?? '5');
const callers = createCallers('https://api.test.local', mockEnvelopeFetch());
const compared: CallerName[] = ['facade + middleware', 'facade + validation'];

const batchOf = (call: Call) => async () => {
  for (let index = 0; index < BATCH; index++) await call();
};

const p50s: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 === 0 ? compared : [...compared].reverse()) {
    const bench = new Bench({ time: 400, warmupTime: 150, warmupIterations: 20, iterations: 30 });
    bench.add(name, batchOf(callers[name]));
    const before = process.cpuUsage();
    await bench.run();
    const used = process.cpuUsage(before);
    const result = bench.getTask(name)?.result;
    if (result?.state !== 'completed') throw new Error(`${name}: ${result?.state ?? 'missing'}`);
    (p50s[name] ??= []).push((result.latency.p50 * 1000) / BATCH);
    const calls = result.latency.samplesCount * BATCH;
    (cpu[name] ??= []).push((used.user + used.system) / calls);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
for (const name of compared) {
  console.log(
    `${name.padEnd(22)} p50 ${median(p50s[name] ?? []).toFixed(1)} µs, CPU ~${median(cpu[name] ?? []).toFixed(1)} µs a call`,
  );
}
const added = median(p50s['facade + validation'] ?? []) - median(p50s['facade + middleware'] ?? []);
console.log(`validation adds ${added.toFixed(1)} µs per call at p50 (budget 20 µs)`);
