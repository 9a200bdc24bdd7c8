// npm run bench:msw: importing liveavatar-client/msw (the built dist/msw.js, with msw/node) and setting up its
// handlers, in fresh Node processes (a cold import each time, as a test worker pays it). Target ≤ 200 ms. Needs
// `npm run build` first. Prints a Markdown row with the medians and the load average.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

const RUNS = 9;
const TARGET_MS = 200;
const child = fileURLToPath(new URL('./msw-setup-child.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/msw.js', import.meta.url)))) {
  throw new Error('dist/msw.js is missing: run npm run build first');
}
const samples = Array.from({ length: RUNS }, () => {
  const output = execFileSync(process.execPath, [child], { encoding: 'utf8' });
  return JSON.parse(output) as { msw: Timing; kit: Timing; handlers: number };
});
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const wall = median(samples.map((sample) => sample.msw.wallMs + sample.kit.wallMs));
const cpu = median(samples.map((sample) => sample.msw.cpuMs + sample.kit.cpuMs));
const kitWall = median(samples.map((sample) => sample.kit.wallMs));
const kitCpu = median(samples.map((sample) => sample.kit.cpuMs));
const load = os.loadavg()[0]?.toFixed(1) ?? '?';
console.log('| measure | result | target |');
console.log('| --- | --- | --- |');
console.log(
  `| import liveavatar-client/msw + setupServer(...handlers).listen(), fresh process, median of ${RUNS} | ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, of which liveavatar-client/msw + setup ${kitWall.toFixed(0)} ms wall, ${kitCpu.toFixed(0)} ms CPU and msw/node the rest (${samples[0]?.handlers ?? 0} handlers; load average ${load}) | ≤ ${TARGET_MS} ms ${wall <= TARGET_MS ? '✔' : '✘'} |`,
);
