import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrowserBundle } from '../build-browser.ts';
import { gzipSize } from './gzip.ts';

/** 6 KiB: 6 × 1024 bytes of gzip output (issue 13's target). */
export const BUDGET_GZIP_BYTES = 6 * 1024;

/** The shipped browser bundle, built by the real build script into a throw-away directory. */
export async function measureShippedBundle(): Promise<{ code: Buffer; gzipBytes: number }> {
  const directory = await mkdtemp(join(tmpdir(), 'liveavatar-size-'));
  try {
    const { outFile } = await buildBrowserBundle(join(directory, 'liveavatar-client.js'));
    const code = await readFile(outFile);
    return { code, gzipBytes: gzipSize(code) };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
