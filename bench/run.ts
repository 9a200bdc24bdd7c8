// npm run bench: per-call overhead, what response validation adds (bench/validation-cost.ts), loopback throughput, bundle size, generate time, heap growth and the types'
// cost to a consumer's type-check, side by side, as ratios measured in one run. Prints Markdown tables and writes bench/results.json.
//
//   npm run bench                          full run, writes bench/results.json
//   npm run bench -- --only per-call,size  some sections; prints only (results.json keeps the full run)
//   npm run bench -- --per-call-rounds 20  more tinybench rounds for the per-call section (default 10)
//   npm run bench -- --loopback-sets 30    more block sets for the loopback section (default 25)
//   npm run bench -- --type-runs 5         more type-checks per consumer for the types section (default 3)
//   npm run bench -- --wait-for-quiet 600  first wait up to 600 s for the 1-minute load average < 1
import os from 'node:os';
import { parseArgs } from 'node:util';
import { bundleBenchEntry, createBundleDir, removeBundleDir } from './bundle.ts';
import { runGenerate } from './generate-time.ts';
import { runLoopback } from './loopback.ts';
import { machineInfo, waitForQuiet } from './machine.ts';
import { runMemory } from './memory.ts';
import { runMockSession } from './mock-session.ts';
import { runPerCall } from './per-call.ts';
import { profileCaller } from './profile-caller.ts';
import { renderReport } from './report.ts';
import { RESULTS_PATH, writeResults } from './results.ts';
import type { BenchResults } from './results.ts';
import { runSize } from './size.ts';
import { runTypeCost } from './type-cost.ts';
import { measureValidationCost } from './validation-cost.ts';

const PROFILE_CALLS = 100_000;
const VALIDATION_ROUNDS = 5;
const PROFILE_TOP = 15;
const SECTIONS = [
  'per-call',
  'validation',
  'loopback',
  'size',
  'generate',
  'memory',
  'types',
  'mock',
] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'per-call-rounds': { type: 'string', default: '10' },
    'loopback-sets': { type: 'string', default: '25' },
    'generate-runs': { type: 'string', default: '5' },
    'type-runs': { type: 'string', default: '3' },
    'wait-for-quiet': { type: 'string', default: '0' },
  },
});
const only = values.only?.split(',').map((name) => name.trim());
for (const name of only ?? []) {
  if (!SECTIONS.includes(name as Section))
    throw new Error(`unknown section ${name}; one of ${SECTIONS.join(', ')}`);
}
const selected = (only ?? SECTIONS) as readonly Section[];
const counts = {
  perCallRounds: Number(values['per-call-rounds']),
  loopbackSets: Number(values['loopback-sets']),
  generateRuns: Number(values['generate-runs']),
  typeRuns: Number(values['type-runs']),
};
for (const [name, count] of Object.entries(counts)) {
  if (!(Number.isInteger(count) && count >= 1)) throw new Error(`${name} must be a whole number ≥ 1`);
}

const log = (line: string) => {
  console.error(line);
};
const quietSeconds = Number(values['wait-for-quiet']);
if (quietSeconds > 0) await waitForQuiet(1, quietSeconds, log);

const results: BenchResults = {
  machine: machineInfo(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
};
const scratch = await createBundleDir();
try {
  for (const section of selected) {
    const started = performance.now();
    log(`${section}…`);
    switch (section) {
      case 'per-call':
        results.perCall = await runPerCall(
          await bundleBenchEntry(scratch, 'per-call-child'),
          counts.perCallRounds,
        );
        if (!results.perCall.pass) {
          // Under target: say where the facade's time goes, so the numbers come with their explanation.
          log('per-call under target: profiling the facade…');
          const summary = await profileCaller(scratch, 'facade', PROFILE_CALLS);
          results.perCall.facadeProfile = {
            calls: PROFILE_CALLS,
            samples: summary.samples,
            partition: summary.partition.slice(0, PROFILE_TOP),
            selfLines: summary.selfLines.slice(0, PROFILE_TOP),
          };
        }
        break;
      case 'validation':
        results.validationCost = await measureValidationCost(VALIDATION_ROUNDS);
        break;
      case 'loopback':
        results.loopback = await runLoopback(
          await bundleBenchEntry(scratch, 'loopback-server'),
          await bundleBenchEntry(scratch, 'loopback-client'),
          counts.loopbackSets,
        );
        break;
      case 'size':
        results.size = await runSize();
        break;
      case 'generate':
        results.generate = await runGenerate(scratch, counts.generateRuns);
        break;
      case 'memory':
        results.memory = await runMemory(await bundleBenchEntry(scratch, 'memory-child'));
        break;
      case 'types':
        results.types = await runTypeCost(scratch, counts.typeRuns, log);
        break;
      case 'mock':
        results.mockSession = await runMockSession();
        break;
    }
    log(`${section} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await removeBundleDir(scratch);
}
results.machine.loadAverageAtEnd = os.loadavg().map((load) => Math.round(load * 100) / 100);

console.log(renderReport(results));
if (only === undefined) {
  await writeResults(results);
  console.log(`\nwrote ${RESULTS_PATH}`);
} else {
  console.log('\n(--only: bench/results.json left as it was; a full run writes it)');
}
