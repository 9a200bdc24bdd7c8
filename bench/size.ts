// Section 3: the browser bundle's gzipped size. The project's own `scripts/size.ts` is the figure of record when
// it exists; this file also bundles src/index.ts itself (esbuild, browser, minified ESM, gzip -9) as a cross-check.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { PROJECT_ROOT } from './bundle.ts';

export const SIZE_BUDGET_GZIP_BYTES = 5 * 1024;

export interface BundleFigure {
  minifiedBytes: number;
  gzipBytes: number;
}

export interface SizeSection {
  /** Where `gzipBytes` comes from. */
  source: 'npm run size (scripts/size.ts)' | 'bench/size.ts (esbuild)';
  gzipBytes: number;
  minifiedBytes: number;
  /** Facade without openapi-fetch, when known. */
  facadeOnlyGzipBytes: number | undefined;
  /** This file's own esbuild figure, whole client and without openapi-fetch. */
  crossCheck: { whole: BundleFigure; withoutOpenapiFetch: BundleFigure };
  sizeScriptOutput: string | undefined;
  budgetGzipBytes: number;
  pass: boolean;
}

async function esbuildFigure(external: string[]): Promise<BundleFigure> {
  const result = await build({
    entryPoints: [path.join(PROJECT_ROOT, 'src/index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outfile: 'liveavatar-client.js',
    external,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents;
  if (code === undefined) throw new Error('esbuild produced no output');
  return {
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).byteLength,
  };
}

const bytesIn = (line: string | undefined, label: string): number | undefined => {
  const match = line === undefined ? null : new RegExp(`([\\d,]+) B ${label}`).exec(line);
  return match?.[1] === undefined ? undefined : Number(match[1].replaceAll(',', ''));
};

/** Runs scripts/size.ts (it exits 1 when over budget, which is still a figure) and reads its numbers. */
async function sizeScriptFigures(): Promise<
  { output: string; gzipBytes: number; minifiedBytes: number; facadeOnly: number | undefined } | undefined
> {
  const script = path.join(PROJECT_ROOT, 'scripts/size.ts');
  if (!existsSync(script)) return undefined;
  const output = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: PROJECT_ROOT,
    timeout: 120_000,
  }).then(
    (run) => run.stdout,
    (error: unknown) => (error as { stdout?: string }).stdout ?? '',
  );
  const lines = output.split('\n');
  const shipped = lines.find((line) => line.trim().startsWith('shipped bundle'));
  const facade = lines.find((line) => line.trim().startsWith('facade alone'));
  const gzipBytes = bytesIn(shipped, 'gzipped');
  const minifiedBytes = bytesIn(shipped, 'minified');
  if (gzipBytes === undefined || minifiedBytes === undefined) return undefined;
  return { output: output.trim(), gzipBytes, minifiedBytes, facadeOnly: bytesIn(facade, 'gzipped') };
}

export async function runSize(): Promise<SizeSection> {
  const crossCheck = {
    whole: await esbuildFigure([]),
    withoutOpenapiFetch: await esbuildFigure(['openapi-fetch']),
  };
  const fromScript = await sizeScriptFigures();
  const gzipBytes = fromScript?.gzipBytes ?? crossCheck.whole.gzipBytes;
  return {
    source: fromScript ? 'npm run size (scripts/size.ts)' : 'bench/size.ts (esbuild)',
    gzipBytes,
    minifiedBytes: fromScript?.minifiedBytes ?? crossCheck.whole.minifiedBytes,
    facadeOnlyGzipBytes: fromScript ? fromScript.facadeOnly : crossCheck.withoutOpenapiFetch.gzipBytes,
    crossCheck,
    sizeScriptOutput: fromScript?.output,
    budgetGzipBytes: SIZE_BUDGET_GZIP_BYTES,
    pass: gzipBytes <= SIZE_BUDGET_GZIP_BYTES,
  };
}
