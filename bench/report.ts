// Renders results as Markdown tables: printed by `npm run bench` and pasted as-is into the README.
import type { CallerName } from './callers.ts';
import type { BenchResults } from './results.ts';
import type { Spread } from './stats.ts';
import { VALIDATION_BUDGET_US } from './validation-budget.ts';

const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const ratio = (value: number) => `${value.toFixed(2)}×`;
const ratioSpread = (value: Spread) => `${ratio(value.median)} (${ratio(value.min)}–${ratio(value.max)})`;
const verdict = (pass: boolean) => (pass ? 'pass' : '**FAIL**');
const bytes = (value: number) => `${integer(value)} B`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function throughputTable(results: BenchResults): string | undefined {
  const rows: string[][] = [];
  const row = (
    label: string,
    callers: Record<CallerName, { ratioToRaw: Spread }>,
    value: (name: CallerName) => number,
    target: number,
    pass: boolean,
  ) => {
    rows.push([
      label,
      integer(value('raw fetch')),
      integer(value('openapi-fetch')),
      integer(value('facade')),
      ratio(callers['openapi-fetch'].ratioToRaw.median),
      ratioSpread(callers.facade.ratioToRaw),
      `≥ ${ratio(target)}`,
      verdict(pass),
    ]);
  };
  const { perCall, loopback } = results;
  if (perCall) {
    row(
      'per call, mocked fetch (ops/s)',
      perCall.callers,
      (name) => perCall.callers[name].opsPerSecond.median,
      perCall.target.facadeRatioToRawAtLeast,
      perCall.pass,
    );
  }
  if (loopback) {
    for (const [label, mode] of [
      ['loopback HTTP, sequential (req/s)', loopback.sequential],
      [`loopback HTTP, ${loopback.concurrent.inFlight} in flight (req/s)`, loopback.concurrent],
    ] as const) {
      row(
        label,
        mode.callers,
        (name) => mode.callers[name].requestsPerSecond.median,
        loopback.target.facadeRatioToRawAtLeast,
        mode.pass,
      );
    }
  }
  if (rows.length === 0) return undefined;
  return table(
    [
      'POST /v1/secrets',
      'raw fetch',
      'openapi-fetch',
      'facade',
      'openapi-fetch ÷ raw',
      'facade ÷ raw (min–max)',
      'target',
      '',
    ],
    rows,
  );
}

function perCallDetailTable(results: BenchResults): string | undefined {
  const { perCall } = results;
  if (!perCall) return undefined;
  const names: CallerName[] = [
    'raw fetch',
    'openapi-fetch',
    'facade',
    'facade + middleware',
    'facade + validation',
  ];
  return table(
    [
      'per call, mocked fetch',
      'ops/s median (min–max of rounds)',
      'µs per call above raw',
      'p50 µs',
      'p75 µs',
      'p99 µs',
      '± rme',
      'promises per call',
    ],
    names.map((name) => {
      const caller = perCall.callers[name];
      const ops = caller.opsPerSecond;
      return [
        name,
        `${integer(ops.median)} (${integer(ops.min)}–${integer(ops.max)})`,
        name === 'raw fetch' ? '–' : caller.overheadUsVsRaw.median.toFixed(1),
        caller.p50Us.toFixed(1),
        caller.p75Us.toFixed(1),
        caller.p99Us.toFixed(1),
        `${caller.rmePercent.toFixed(1)}%`,
        caller.promisesPerCall.toFixed(0),
      ];
    }),
  );
}

function otherTable(results: BenchResults): string | undefined {
  const rows: string[][] = [];
  const { size, generate, memory, mockSession } = results;
  if (size) {
    rows.push([
      'browser bundle, minified ESM, gzip -9',
      `${bytes(size.gzipBytes)} (without openapi-fetch: ${bytes(size.facadeOnlyGzipBytes)})`,
      `≤ ${bytes(size.budgetGzipBytes)}`,
      verdict(size.pass),
    ]);
  }
  if (generate) {
    const { wallMs, breakdown } = generate;
    rows.push([
      `\`npm run generate\` wall time, median of ${generate.runs}`,
      `${integer(wallMs.median)} ms (${integer(wallMs.min)}–${integer(wallMs.max)}): ` +
        `node + tsx start-up ${integer(breakdown.nodeWithTsxStartupMs.median)} ms, ` +
        `+ loading its modules ${integer(breakdown.startupPlusImportsMs.median - breakdown.nodeWithTsxStartupMs.median)} ms` +
        (generate.pipelineMs ? `, pipeline ${integer(generate.pipelineMs.median)} ms` : ''),
      `≤ ${integer(generate.targetMs)} ms`,
      verdict(generate.pass),
    ]);
  }
  if (memory) {
    const { facade, rawFetchControl } = memory;
    rows.push([
      'heap growth, 1k → 100k facade calls',
      `${integer(facade.growthBytes)} B (${facade.growthBytesPerCall.toFixed(2)} B/call); ` +
        `10k → 100k ${integer(facade.steadyGrowthBytes)} B (${facade.steadyGrowthBytesPerCall.toFixed(2)} B/call); ` +
        `raw fetch control ${integer(rawFetchControl.growthBytes)} B / ${integer(rawFetchControl.steadyGrowthBytes)} B`,
      `< ${memory.thresholdBytesPerCall} B/call`,
      verdict(memory.pass),
    ]);
  }
  if (mockSession) {
    const { startupMs, target } = mockSession;
    rows.push(
      [
        `\`npm run mock\` start-up (banner printed), median of ${mockSession.starts}`,
        `${integer(startupMs.median)} ms (${integer(startupMs.min)}–${integer(startupMs.max)})`,
        `≤ ${integer(target.startupMsAtMost)} ms`,
        verdict(startupMs.median <= target.startupMsAtMost),
      ],
      [
        `stateful call (keep-alive from session state) over plain Prism, loopback p50 of ${mockSession.calls}`,
        `+${mockSession.addedP50Ms.toFixed(2)} ms (${mockSession.statefulP50Ms.toFixed(2)} vs ${mockSession.prismP50Ms.toFixed(2)} ms)`,
        `≤ +${target.addedP50MsAtMost} ms`,
        verdict(mockSession.addedP50Ms <= target.addedP50MsAtMost),
      ],
    );
  }
  if (rows.length === 0) return undefined;
  return table(['measure', 'value', 'target', ''], rows);
}

function typeCostTable(results: BenchResults): string | undefined {
  const { types } = results;
  if (!types) return undefined;
  const cpu = (value: Spread) => `${integer(value.median)} ms (${integer(value.min)}–${integer(value.max)})`;
  return table(
    [
      'type-check of a consumer (packed package)',
      'instantiations: facade / openapi-fetch',
      'facade ÷ openapi-fetch',
      `check time, CPU median of ${types.runs}: facade / openapi-fetch`,
      'facade ÷ openapi-fetch',
      'target',
      '',
    ],
    types.rows.map((row) => [
      `${row.calls} call${row.calls === 1 ? '' : 's'}, skipLibCheck ${String(row.skipLibCheck)}`,
      `${integer(row.facade.instantiations)} / ${integer(row.openapiFetch.instantiations)}`,
      ratio(row.instantiationsRatio),
      `${cpu(row.facade.checkCpuMs)} / ${cpu(row.openapiFetch.checkCpuMs)}`,
      ratio(row.checkCpuRatio),
      `≤ ${ratio(types.target.instantiationsRatioAtMost)}, ≤ ${ratio(types.target.checkTimeRatioAtMost)}`,
      verdict(row.pass),
    ]),
  );
}

function profileTable(results: BenchResults): string | undefined {
  const profile = results.perCall?.facadeProfile;
  if (!profile) return undefined;
  const share = (value: number) => `${value.toFixed(1)}%`;
  return table(
    [`facade under target: where a call's time goes (CPU profile, ${integer(profile.calls)} calls)`, 'share'],
    profile.partition.map((entry) => [entry.what, share(entry.percent)]),
  );
}

/** `liveavatar-client/validate`'s added p50 (validated − plain facade with a middleware) against its budget. */
function validationCostLine(results: BenchResults): string | undefined {
  const cost = results.validationCost;
  if (!cost) return undefined;
  const { median, min, max } = cost.addedP50Us;
  return (
    `liveavatar-client/validate adds ${median.toFixed(1)} µs per call at p50 (facade + validation − facade + ` +
    `middleware, calls alternating; rounds ${min.toFixed(1)} to ${max.toFixed(1)}), ` +
    `${cost.addedCpuUs.toFixed(1)} µs of CPU; budget ≤ ${VALIDATION_BUDGET_US} µs: ${verdict(median <= VALIDATION_BUDGET_US)}`
  );
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; ` +
      `${machine.date}; load average ${machine.loadAverageAtStart.join(' / ')} at start` +
      (machine.loadAverageAtEnd ? `, ${machine.loadAverageAtEnd.join(' / ')} at end` : ''),
  ];
  for (const part of [
    throughputTable(results),
    perCallDetailTable(results),
    validationCostLine(results),
    otherTable(results),
    typeCostTable(results),
    profileTable(results),
  ]) {
    if (part !== undefined) lines.push('', part);
  }
  return lines.join('\n');
}
