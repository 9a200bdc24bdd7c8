// Section 1: per-call overhead with a mocked fetch (see per-call-child.ts for the measurement itself).
import { CALLER_NAMES } from './callers.ts';
import type { CallerName } from './callers.ts';
import { runChild } from './child.ts';
import type { Share } from './cpu-profile.ts';
import type { PerCallChildResult } from './per-call-child.ts';
import { median, spread } from './stats.ts';
import type { Spread } from './stats.ts';

export const PER_CALL_TARGET_RATIO = 0.88;

export interface PerCallCaller {
  opsPerSecond: Spread;
  /** ops/s ÷ raw fetch's ops/s in the same round; median and range over rounds. */
  ratioToRaw: Spread;
  /** Time per call above raw fetch's in the same round (1/ops − 1/ops_raw), in microseconds. */
  overheadUsVsRaw: Spread;
  rmePercent: number;
  p50Us: number;
  p75Us: number;
  p99Us: number;
  promisesPerCall: number;
}

export interface PerCallSection {
  operation: string;
  method: string;
  rounds: number;
  batchSize: number;
  taskTimeMs: number;
  callers: Record<CallerName, PerCallCaller>;
  target: { facadeRatioToRawAtLeast: number };
  pass: boolean;
  /** When under target: where a facade call's time goes (see cpu-profile.ts), largest shares first. */
  facadeProfile?: { calls: number; samples: number; partition: Share[]; selfLines: Share[] };
}

export async function runPerCall(script: string, rounds: number): Promise<PerCallSection> {
  const child = await runChild<PerCallChildResult>({
    script,
    args: ['--rounds', String(rounds)],
    timeoutMs: 60_000 + rounds * 30_000,
  });
  const callers: Partial<Record<CallerName, PerCallCaller>> = {};
  for (const name of CALLER_NAMES) {
    const stats = child.rounds.map((round) => round.callers[name]);
    callers[name] = {
      opsPerSecond: spread(stats.map((s) => s.opsPerSecond)),
      ratioToRaw: spread(
        child.rounds.map((r) => r.callers[name].opsPerSecond / r.callers['raw fetch'].opsPerSecond),
      ),
      overheadUsVsRaw: spread(
        child.rounds.map(
          (r) => 1e6 / r.callers[name].opsPerSecond - 1e6 / r.callers['raw fetch'].opsPerSecond,
        ),
      ),
      rmePercent: median(stats.map((s) => s.rmePercent)),
      p50Us: median(stats.map((s) => s.p50Us)),
      p75Us: median(stats.map((s) => s.p75Us)),
      p99Us: median(stats.map((s) => s.p99Us)),
      promisesPerCall: child.promisesPerCall[name],
    };
  }
  const complete = callers as Record<CallerName, PerCallCaller>;
  return {
    operation: 'POST /v1/secrets',
    method:
      'mocked fetch answering Response.json(envelope) on process.nextTick; tinybench, each iteration a batch of ' +
      `${child.batchSize} sequential calls; ${rounds} rounds in rotated task order; ops/s from the median batch time`,
    rounds,
    batchSize: child.batchSize,
    taskTimeMs: child.taskTimeMs,
    callers: complete,
    target: { facadeRatioToRawAtLeast: PER_CALL_TARGET_RATIO },
    pass: complete.facade.ratioToRaw.median >= PER_CALL_TARGET_RATIO,
  };
}
