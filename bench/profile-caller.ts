// Runs the focused per-call loop (profile-per-call.ts) under `node --cpu-prof` and summarizes the profile.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { bundleBenchEntry, PROJECT_ROOT } from './bundle.ts';
import { summarizeCpuProfile } from './cpu-profile.ts';
import type { ProfileSummary } from './cpu-profile.ts';

export async function profileCaller(
  scratchDir: string,
  caller: string,
  calls: number,
): Promise<ProfileSummary> {
  const script = await bundleBenchEntry(scratchDir, 'profile-per-call');
  const profileDir = path.join(scratchDir, `cpu-profile-${Date.now()}`);
  await mkdir(profileDir, { recursive: true });
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, script, caller, String(calls)],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 },
  );
  if (run.status !== 0)
    throw new Error(`profiling run failed (${run.error?.message ?? `exit ${String(run.status)}`})`);
  const [profileFile] = await readdir(profileDir);
  if (profileFile === undefined) throw new Error('node wrote no .cpuprofile');
  return summarizeCpuProfile(path.join(profileDir, profileFile), script, PROJECT_ROOT);
}
