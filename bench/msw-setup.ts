// npm run bench:msw: what importing liveavatar-client/msw (the built dist/msw.js) and setting up its handlers
// costs, in fresh Node processes (a cold import each time, as a test worker pays it). Needs `npm run build` first.
// Each step is timed on its own (bench/msw-setup-child.js), so a reader sees which part is whose:
// Node's start and msw/node are paid by any MSW test in Node; the budget (≤ 200 ms) is judged on what
// `import 'liveavatar-client/msw'` + `setupServer(...handlers).listen()` adds to a process that has msw/node.
// That includes msw's main entry, which our module and openapi-msw load (a test that imports `HttpResponse` from
// 'msw' would pay it anyway, so it is counted against us as the worst case). Prints Markdown with the medians
// (wall and CPU: the machine is shared, and CPU time suffers less from other processes) and the load average.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { median } from './stats.ts';

interface Timing {
  wallMs: number;
  cpuMs: number;
}
type Step = 'nodeStart' | 'mswNode' | 'graphql' | 'mswMain' | 'openapiMsw' | 'kitImport' | 'setup';
type Sample = Record<Step, Timing>;

const RUNS = 9;
const TARGET_MS = 200;
const STEPS: readonly { step: Step; label: string; whose: string }[] = [
  { step: 'nodeStart', label: 'Node start-up', whose: 'Node (any process)' },
  { step: 'mswNode', label: "import 'msw/node'", whose: 'MSW (any MSW test)' },
  { step: 'graphql', label: "import 'graphql' (by msw's main entry)", whose: 'MSW, loaded by /msw' },
  { step: 'mswMain', label: "import 'msw' (the rest of its main entry)", whose: 'MSW, loaded by /msw' },
  { step: 'openapiMsw', label: "import 'openapi-msw'", whose: 'openapi-msw, loaded by /msw' },
  { step: 'kitImport', label: "import 'liveavatar-client/msw'", whose: 'ours' },
  { step: 'setup', label: 'setupServer(...handlers).listen()', whose: 'ours + MSW' },
];
/** The steps the budget covers: everything `import 'liveavatar-client/msw'` + setup adds after msw/node. */
const BUDGETED: readonly Step[] = ['graphql', 'mswMain', 'openapiMsw', 'kitImport', 'setup'];
const OURS: readonly Step[] = ['kitImport', 'setup'];

const child = fileURLToPath(new URL('./msw-setup-child.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/msw.js', import.meta.url)))) {
  throw new Error('dist/msw.js is missing: run npm run build first');
}
const loadAtStart = os.loadavg()[0] ?? 0;
let handlerCount = 0;
const samples: Sample[] = Array.from({ length: RUNS }, () => {
  const output = execFileSync(process.execPath, [child], { encoding: 'utf8' });
  const parsed = JSON.parse(output) as { steps: Sample; handlers: number };
  handlerCount = parsed.handlers;
  return parsed.steps;
});
const loadAtEnd = os.loadavg()[0] ?? 0;

/** Median over the runs of the summed steps (the median of a sum, not a sum of medians). */
function medianOf(steps: readonly Step[]): Timing {
  const total = (sample: Sample, key: keyof Timing) =>
    steps.reduce((sum, step) => sum + sample[step][key], 0);
  return {
    wallMs: median(samples.map((sample) => total(sample, 'wallMs'))),
    cpuMs: median(samples.map((sample) => total(sample, 'cpuMs'))),
  };
}

const ms = ({ wallMs, cpuMs }: Timing) => `${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`;
const budgeted = medianOf(BUDGETED);
const cores = os.cpus().length;

console.log(
  `fresh Node processes, median of ${RUNS}; ${handlerCount} handlers; load average ${loadAtStart.toFixed(1)} → ` +
    `${loadAtEnd.toFixed(1)} on ${cores} cores`,
);
console.log('');
console.log('| step | whose | median |');
console.log('| --- | --- | --- |');
for (const { step, label, whose } of STEPS) console.log(`| ${label} | ${whose} | ${ms(medianOf([step]))} |`);
console.log(`| total, process start to listening | all | ${ms(medianOf(STEPS.map(({ step }) => step)))} |`);
console.log('');
console.log(`liveavatar-client/msw's own code (import + setup): ${ms(medianOf(OURS))}`);
console.log(
  `budget: import 'liveavatar-client/msw' + setup after msw/node (graphql + msw main + openapi-msw + ours): ` +
    `${ms(budgeted)} ≤ ${TARGET_MS} ms wall ${budgeted.wallMs <= TARGET_MS ? '✔' : '✘'}`,
);
if (Math.max(loadAtStart, loadAtEnd) > cores) {
  console.log(
    `note: the load average exceeded the ${cores} cores: wall times include waiting for a core; ` +
      'CPU times are the steadier figure.',
  );
}
