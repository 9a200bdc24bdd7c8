// Measured code runs from an esbuild bundle under plain node, as a consumer of the built package would run
// it: no tsx loader thread in the process and no keepNames `__name(...)` wrappers around every closure (tsx
// adds them; they cost the facade several percent that no user pays).
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A scratch folder under the ignored .tmp/ (inside the project so bundles resolve node_modules). */
export async function createBundleDir(): Promise<string> {
  const dir = path.join(PROJECT_ROOT, '.tmp', `bench-${process.pid}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function removeBundleDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Bundles bench/<entry>.ts with src/ and generated/; npm packages stay imports, as in an app. */
export async function bundleBenchEntry(dir: string, entry: string): Promise<string> {
  const outfile = path.join(dir, `${entry}.mjs`);
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'bench', `${entry}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outfile;
}
