import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { GENERATED_HEADER } from './emit.ts';

/**
 * generated/schema.d.ts records a hash of everything its content depends on: the upstream spec, the overlay,
 * the openapi-typescript version and the worker that calls it (its options). When the hash still matches,
 * `npm run generate` reuses the file instead of loading openapi-typescript and TypeScript (most of its time).
 * `npm run check:generated` never reuses: it regenerates and compares, so a hand edit is still caught.
 */
const STAMP_PREFIX = '// types input sha256: ';

export async function typesInputKey(files: string[]): Promise<string> {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const versionFile = require.resolve('openapi-typescript/package.json');
  const worker = new URL('./types-worker.js', import.meta.url);
  // This module too: it defines the stamp format.
  const stamp = new URL(import.meta.url);
  for (const source of [...files, versionFile, worker, stamp]) {
    // A missing optional input (no overlay) hashes as empty, which differs from any real content.
    hash.update(await readFile(source).catch(() => Buffer.alloc(0)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function stampTypes(types: string, key: string): string {
  return `${STAMP_PREFIX}${key}\n${GENERATED_HEADER}\n${types}`;
}

/** The existing file's content when it was generated from exactly these inputs, else undefined. */
export async function reusableTypes(file: string, key: string): Promise<string | undefined> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  return existing?.startsWith(`${STAMP_PREFIX}${key}\n`) ? existing : undefined;
}
