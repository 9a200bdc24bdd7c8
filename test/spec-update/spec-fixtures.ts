import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type JsonObject = Record<string, unknown>;

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The frozen November 2026 project: its upstream document and its own copy of the overlay of that time. */
export const frozenSpecFile = fileURLToPath(
  new URL('../fixtures/liveavatar-2026-11/openapi.json', import.meta.url),
);
export const frozenOverlayFile = fileURLToPath(
  new URL('../fixtures/liveavatar-2026-11/fixups.overlay.yaml', import.meta.url),
);

/**
 * A fresh copy of the full document as vendored in November 2026 (39 operations) each call, safe to mutate. A
 * fixture rather than openapi.json, so these fixed-pair tests survive upstream updates.
 */
export function readFullSpec(): JsonObject {
  return JSON.parse(readFileSync(frozenSpecFile, 'utf8')) as JsonObject;
}

/** The earliest known upstream snapshot: one operation, POST /v1/secrets (see test/fixtures/spec-update/README.md). */
export function readSnapshotSpec(): JsonObject {
  const file = new URL('../fixtures/spec-update/create-secret.snapshot.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

/** Walks to a nested object, failing loudly when the document no longer has it (so a mutation never silently misses). */
export function child(node: unknown, ...keys: string[]): JsonObject {
  let current = node;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) {
      throw new Error(`fixture document has no ${keys.join(' › ')} (stopped at ${key})`);
    }
    current = (current as JsonObject)[key];
  }
  if (typeof current !== 'object' || current === null)
    throw new Error(`${keys.join(' › ')} is not an object`);
  return current as JsonObject;
}

export function schema(document: JsonObject, name: string): JsonObject {
  return child(document, 'components', 'schemas', name);
}
