// Section 5: heap growth over 100k facade calls (mocked fetch), with raw fetch as the control.
import { runChild } from './child.ts';
import type { MemoryChildResult } from './memory-child.ts';

export interface MemoryRun {
  readings: MemoryChildResult['readings'];
  /** Heap after the last checkpoint minus heap after the first. */
  growthBytes: number;
  growthBytesPerCall: number;
  /** The same from the second checkpoint on: the first 10k calls also grow optimized code and inline caches. */
  steadyGrowthBytes: number;
  steadyGrowthBytesPerCall: number;
  idleJitterBytes: number;
}

export interface MemorySection {
  method: string;
  facade: MemoryRun;
  rawFetchControl: MemoryRun;
  /**
   * Retaining even one small object per call is ≥ 16 B/call (1.6 MB over 100k calls); heap readings after gc()
   * move by up to ~±300 kB between checkpoints with no leak (≈ ±3 B/call), so 4 B/call separates the two.
   */
  thresholdBytesPerCall: number;
  pass: boolean;
}

const THRESHOLD_BYTES_PER_CALL = 4;

async function measure(script: string, caller: string): Promise<MemoryRun> {
  const result = await runChild<MemoryChildResult>({
    script,
    args: ['--caller', caller],
    execArgv: ['--expose-gc'],
    timeoutMs: 180_000,
  });
  const [first, second] = result.readings;
  const last = result.readings.at(-1);
  if (first === undefined || second === undefined || last === undefined) {
    throw new Error('memory child sent fewer than two readings');
  }
  const growthBytes = last.heapUsedBytes - first.heapUsedBytes;
  const steadyGrowthBytes = last.heapUsedBytes - second.heapUsedBytes;
  return {
    readings: result.readings,
    growthBytes,
    growthBytesPerCall: growthBytes / (last.calls - first.calls),
    steadyGrowthBytes,
    steadyGrowthBytesPerCall: steadyGrowthBytes / (last.calls - second.calls),
    idleJitterBytes: result.idleJitterBytes,
  };
}

export async function runMemory(script: string): Promise<MemorySection> {
  const facade = await measure(script, 'facade');
  const rawFetchControl = await measure(script, 'raw fetch');
  return {
    method:
      'child process with --expose-gc, mocked fetch; heapUsed after gc() at 1k, 10k, 25k, 50k and 100k calls',
    facade,
    rawFetchControl,
    thresholdBytesPerCall: THRESHOLD_BYTES_PER_CALL,
    pass:
      facade.growthBytesPerCall < THRESHOLD_BYTES_PER_CALL &&
      facade.steadyGrowthBytesPerCall < THRESHOLD_BYTES_PER_CALL,
  };
}
