// bench/results.json: every number of one run, written through a temporary file and a rename so a reader
// never sees half a file, and formatted with the project's prettier settings so `format:check` stays green.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { PROJECT_ROOT } from './bundle.ts';
import type { GenerateSection } from './generate-time.ts';
import type { LoopbackSection } from './loopback.ts';
import type { MachineInfo } from './machine.ts';
import type { MemorySection } from './memory.ts';
import type { MockSessionSection } from './mock-session.ts';
import type { PerCallSection } from './per-call.ts';
import type { SizeSection } from './size.ts';
import type { TypeCostSection } from './type-cost.ts';
import type { ValidationCost } from './validation-cost.ts';

export const RESULTS_PATH = path.join(PROJECT_ROOT, 'bench', 'results.json');

export interface BenchResults {
  machine: MachineInfo;
  command: string;
  perCall?: PerCallSection;
  validationCost?: ValidationCost;
  loopback?: LoopbackSection;
  size?: SizeSection;
  generate?: GenerateSection;
  memory?: MemorySection;
  types?: TypeCostSection;
  mockSession?: MockSessionSection;
}

/** Rounds every float to 4 significant digits: the noise is far larger than that. */
function roundFloats(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(4));
}

export async function writeResults(results: BenchResults, target = RESULTS_PATH): Promise<void> {
  const config = (await resolveConfig(target)) ?? {};
  const text = await format(JSON.stringify(results, roundFloats), { ...config, filepath: target });
  // The .tmp name is in .gitignore.
  const temporary = `${target}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}
