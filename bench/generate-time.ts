// Section 4: `npm run generate` wall time on the full spec. It runs on a copy of the project's inputs in a
// scratch root (`--root`), so timing it never rewrites the shared generated/ folder under anyone's feet.
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './bundle.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

export const GENERATE_TARGET_MS = 1500;
const INPUTS = ['openapi.json', 'fixups.overlay.yaml', 'redocly.yaml'];
const GENERATE_SCRIPT = path.join(PROJECT_ROOT, 'scripts/generate.ts');

export interface GenerateSection {
  command: string;
  runs: number;
  /** Process start to exit, as a person running the command waits for it. */
  wallMs: Spread;
  /** The "in N ms" the script prints itself (pipeline only, no node/tsx start-up). */
  pipelineMs: Spread | undefined;
  /** Where the wall time goes: `node --import tsx` with nothing to run, and with generate.ts only imported. */
  breakdown: { nodeWithTsxStartupMs: Spread; startupPlusImportsMs: Spread };
  targetMs: number;
  pass: boolean;
}

async function wallTime(args: string[]): Promise<{ wallMs: number; stdout: string }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: PROJECT_ROOT,
    timeout: 120_000,
  });
  return { wallMs: performance.now() - started, stdout };
}

async function timedRun(root: string): Promise<{ wallMs: number; pipelineMs: number | undefined }> {
  const { wallMs, stdout } = await wallTime(['--import', 'tsx', GENERATE_SCRIPT, '--root', root]);
  const reported = /in (\d+) ms\s*$/.exec(stdout.trim());
  return { wallMs, pipelineMs: reported?.[1] === undefined ? undefined : Number(reported[1]) };
}

/** generate.ts runs only as the main module, so importing it loads its dependencies and stops. */
const importOnly = (script: string) => ['--import', 'tsx', '--input-type=module', '-e', script];

export async function runGenerate(scratchDir: string, runs: number): Promise<GenerateSection> {
  const root = path.join(scratchDir, 'generate-root');
  await mkdir(root, { recursive: true });
  for (const input of INPUTS) {
    const source = path.join(PROJECT_ROOT, input);
    if (existsSync(source)) await copyFile(source, path.join(root, input));
  }
  // The first run writes generated/ into the scratch root; the timed runs then find it up to date, as they
  // would in a checkout.
  await timedRun(root);
  const timings = [];
  const startup: number[] = [];
  const imports: number[] = [];
  for (let index = 0; index < runs; index++) {
    timings.push(await timedRun(root));
    startup.push((await wallTime(importOnly(''))).wallMs);
    imports.push(
      (await wallTime(importOnly(`await import(${JSON.stringify(pathToFileURL(GENERATE_SCRIPT).href)});`)))
        .wallMs,
    );
  }
  const wallMs = spread(timings.map((timing) => timing.wallMs));
  const pipeline = timings.map((timing) => timing.pipelineMs).filter((ms) => ms !== undefined);
  return {
    command:
      'node --import tsx scripts/generate.ts --root <scratch copy of openapi.json + overlay + redocly.yaml>',
    runs,
    wallMs,
    pipelineMs: pipeline.length === runs ? spread(pipeline) : undefined,
    breakdown: { nodeWithTsxStartupMs: spread(startup), startupPlusImportsMs: spread(imports) },
    targetMs: GENERATE_TARGET_MS,
    pass: wallMs.median <= GENERATE_TARGET_MS,
  };
}
